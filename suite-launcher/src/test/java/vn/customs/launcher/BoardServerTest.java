package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.customs.localinfra.ExternalPostgresServer;
import vn.customs.localinfra.KafkaBroker;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * {@code ./suite up} serves the KPI board and the published figures from {@code web/}, with a config.json naming
 * the services of the run, and tells each service to let the board's origin read its API.
 */
class BoardServerTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theBoardAndThePublicPageAreServedWithTheirScriptsAndTheRunsConfig() throws Exception {
        SuiteSettings settings = SuiteSettings.from(ROOT, Map.of("SUITE_DECLARATIONS_PORT", "9181"));
        Map<ServiceSpec, String> urls = new LinkedHashMap<>();
        settings.servicePorts().forEach((service, port) -> urls.put(service, "http://127.0.0.1:" + port));

        BoardServer board = BoardServer.start("127.0.0.1", 0, settings.web(), BoardServer.configJson(urls));
        int port = board.port();
        try (board) {
            String base = "http://127.0.0.1:" + port;

            HttpResponse<String> page = get(base + "/board/");
            assertEquals(200, page.statusCode());
            assertEquals(
                    "text/html; charset=utf-8",
                    page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(page.body().contains("<script type=\"module\""), "the board is a page of JS modules");
            assertEquals(200, get(base + "/public/").statusCode());
            HttpResponse<String> script = get(base + "/board/board.js");
            assertEquals(200, script.statusCode());
            assertEquals(
                    "text/javascript; charset=utf-8",
                    script.headers().firstValue("Content-Type").orElseThrow(),
                    "browsers run modules only when served as JavaScript");

            String config = get(base + "/config.json").body();
            assertTrue(config.contains("\"declarations\": \"http://127.0.0.1:9181\""), config);
            assertTrue(config.contains("\"inspections\": \"http://127.0.0.1:8084\""), config);
            assertTrue(config.contains("\"oidc\": null"), config);
        }
        assertFalse(
                BoardServer.isTaken("127.0.0.1", port),
                "after ./suite down, the next ./suite up finds the board's port free, though a browser was connected");
        BoardServer.start("127.0.0.1", port, settings.web(), "{}").close();
    }

    @Test
    void theRootLeadsToTheBoardAndNothingOutsideWebIsServed(@TempDir Path web) throws Exception {
        Files.createDirectories(web.resolve("board"));
        Files.writeString(web.resolve("board/index.html"), "<!doctype html><title>board</title>");
        Files.writeString(web.getParent().resolve("secret.html"), "not for the browser");

        try (BoardServer board = BoardServer.start("127.0.0.1", 0, web, "{}")) {
            String base = "http://127.0.0.1:" + board.port();

            HttpResponse<String> root = get(base + "/");
            assertEquals(302, root.statusCode());
            assertEquals("/board/", root.headers().firstValue("Location").orElseThrow());
            assertEquals(301, get(base + "/board").statusCode());
            assertEquals(404, get(base + "/../secret.html").statusCode());
            assertEquals(404, get(base + "/%2e%2e/secret.html").statusCode());
            assertEquals(404, get(base + "/board/missing.js").statusCode());
            HttpResponse<String> post = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/board/"))
                            .POST(HttpRequest.BodyPublishers.ofString("x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        } finally {
            Files.deleteIfExists(web.getParent().resolve("secret.html"));
        }
    }

    @Test
    void theServicesAllowTheBoardsOriginOnItsPortAndHost(@TempDir Path keys) {
        SuiteSettings settings =
                SuiteSettings.from(ROOT, Map.of("SUITE_BOARD_PORT", "9180", "SUITE_HTTP_HOST", "10.1.2.3"));

        Map<String, String> env = SuiteRun.environment(
                ServiceSpec.ALL.get(0),
                8081,
                new ExternalPostgresServer("jdbc:postgresql://localhost:15432/postgres", "postgres", "postgres"),
                KafkaBroker.external("127.0.0.1:19092"),
                LocalTokenIssuer.inDirectory(keys),
                settings.httpHost(),
                settings.boardOrigins());

        assertEquals(
                "http://10.1.2.3:9180,http://127.0.0.1:9180,http://localhost:9180", env.get("CUSTOMS_CORS_ORIGINS"));
        assertEquals("http://10.1.2.3:9180/board/", settings.boardUrl());
        assertEquals(
                "http://127.0.0.1:8080,http://localhost:8080",
                SuiteSettings.from(ROOT, Map.of()).boardOrigins(),
                "by default, the origins the services allow without being told");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

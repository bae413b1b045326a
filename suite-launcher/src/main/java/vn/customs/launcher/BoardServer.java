package vn.customs.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves {@code web/} (the KPI board under {@code /board/}, the published figures under {@code /public/}) with the
 * JDK's own HTTP server, and a {@code /config.json} naming the services of this run, so the static pages need no
 * build step and no knowledge of ports.
 */
final class BoardServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    private final HttpServer server;
    private final ExecutorService executor;

    private BoardServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Listens on {@code host:port} (port 0: any free port) and serves {@code webRoot} with the given config. */
    static BoardServer start(String host, int port, Path webRoot, String configJson) {
        Path root = webRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SuiteException("The board's pages are missing: no folder " + root);
        }
        byte[] config = configJson.getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "board-http");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.createContext("/", exchange -> {
                try (exchange) {
                    handle(exchange, root, config);
                }
            });
            server.start();
            return new BoardServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("The board could not listen on " + host + ":" + port, e);
        }
    }

    /**
     * Whether another process listens on the port. Asked as the server binds (address reuse on), so the connections
     * a browser kept open to the previous run's board, closed by its stop and lingering in TIME_WAIT, do not count.
     */
    static boolean isTaken(String host, int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * The board's {@code config.json}: where each service's API is, and no OIDC provider (locally the token comes
     * from {@code ./suite token DASHBOARD}).
     */
    static String configJson(Map<ServiceSpec, String> baseUrls) {
        StringBuilder json = new StringBuilder("{\n  \"services\": {");
        String separator = "\n";
        for (Map.Entry<ServiceSpec, String> entry : baseUrls.entrySet()) {
            json.append(separator)
                    .append("    \"")
                    .append(entry.getKey().database())
                    .append("\": \"")
                    .append(entry.getValue())
                    .append('"');
            separator = ",\n";
        }
        return json.append("\n  },\n  \"oidc\": null,\n  \"tokenHint\": \"./suite token DASHBOARD\"\n}\n")
                .toString();
    }

    private static void handle(HttpExchange exchange, Path root, byte[] config) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path.equals("/")) {
            exchange.getResponseHeaders().set("Location", "/board/");
            send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (path.equals("/config.json")) {
            send(exchange, 200, CONTENT_TYPES.get("json"), config);
            return;
        }
        Path file;
        try {
            file = root.resolve(path.substring(1)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            file = root.getParent();
        }
        if (file == null || !file.startsWith(root)) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        String type = CONTENT_TYPES.get(extension(file));
        if (type == null || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package vn.customs.testkit;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpServer;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * Tokens for tests: each test run gets its own key pair; the service under test trusts its public key, and
 * tests call as any role with any claims: {@code TestTokens.as("DECLARANT", "tax_id", "0101234567").get(...)}.
 * Every token carries the audience the service under test verifies ({@link #audience()}).
 */
public final class TestTokens {

    static final String KEY_DIRECTORY = "customs.test.jwt.key-directory";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    private TestTokens() {}

    private static HttpServer jwksServer;

    /**
     * Creates the run's key pair, publishes it as a JWKS document over HTTP (as an OIDC provider does, so tests
     * go through the production path of fetching keys from a URL), and returns the configuration that makes the
     * service trust it.
     */
    static synchronized Map<String, String> configure() {
        try {
            Path directory = Files.createTempDirectory("customs-test-keys-");
            LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(directory);
            byte[] jwks = issuer.jwks().getBytes(StandardCharsets.UTF_8);
            jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            jwksServer.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            jwksServer.start();
            String url = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json";
            return Map.of("mp.jwt.verify.publickey.location", url, KEY_DIRECTORY, directory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void stop() {
        if (jwksServer != null) {
            jwksServer.stop(0);
            jwksServer = null;
        }
    }

    /** A valid token for one role; claims as name, value pairs (e.g. {@code "tax_id", "0101234567"}). */
    public static String token(String role, String... claims) {
        return tokenFor(audiences(), role, claims);
    }

    /**
     * A token that is valid in every way but may be for another service: signed with the trusted key, for one role,
     * carrying {@code audiences} instead of the service's own.
     */
    public static String tokenFor(List<String> audiences, String role, String... claims) {
        return issuer().token(
                        "test-" + role.toLowerCase(), audiences, List.of(role), claims(claims), Duration.ofMinutes(30));
    }

    /** A valid token for a named person in a role: for rules about who did what (four eyes). */
    public static RequestSpecification asSubject(String subject, String role, String... claims) {
        return given().auth()
                .oauth2(issuer().token(subject, audiences(), List.of(role), claims(claims), Duration.ofMinutes(30)));
    }

    /** The audience the service under test accepts: its {@code mp.jwt.verify.audiences}. */
    public static String audience() {
        return audiences().get(0);
    }

    private static List<String> audiences() {
        return ConfigProvider.getConfig().getValues(AUDIENCES, String.class);
    }

    /** Any claims signed with the key the service trusts: for tokens that must be refused for another reason. */
    public static String signed(org.jose4j.jwt.JwtClaims claims) {
        return issuer().sign(claims);
    }

    /** A request that carries a valid token for the role. */
    public static RequestSpecification as(String role, String... claims) {
        return given().auth().oauth2(token(role, claims));
    }

    private static LocalTokenIssuer issuer() {
        String directory = ConfigProvider.getConfig().getValue(KEY_DIRECTORY, String.class);
        return LocalTokenIssuer.inDirectory(Path.of(directory));
    }

    private static Map<String, Object> claims(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("Claims come in name, value pairs");
        }
        Map<String, Object> claims = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            claims.put(pairs[i], pairs[i + 1]);
        }
        return claims;
    }
}

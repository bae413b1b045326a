package vn.customs.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The suite's identity provider as the stories use it: accounts made through Keycloak's admin REST API (the bootstrap
 * administrator), and tokens from the realm's token endpoint only (password grant on the suite's client, asking with
 * its scope for the one service the token is meant for).
 */
public final class Identities {

    static final String REALM = "customs";
    private static final String CLIENT = "customs-suite";
    private static final String CLIENT_SECRET = "change-me-customs-suite";
    /** A token is asked for again this long before it expires (the realm's tokens live 15 minutes). */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final String url;
    private final String adminPassword;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> roles = new ConcurrentHashMap<>();

    Identities(String url, String adminPassword, HttpClient http) {
        this.url = url;
        this.adminPassword = adminPassword;
        this.http = http;
    }

    /**
     * A new account with the realm roles and attributes ({@code officer_id}, {@code tax_id}) given; its username is
     * unique to the call.
     */
    public User create(String name, List<String> realmRoles, Map<String, String> attributes) {
        String username = (name + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        String password = UUID.randomUUID().toString();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.invalid");
        user.put("firstName", name);
        user.put("lastName", "Story");
        user.put(
                "attributes",
                attributes.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()))));
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = send(admin("/users").POST(body(user)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak refused the user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String id = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");
        List<JsonNode> mapped = new ArrayList<>();
        for (String role : realmRoles) {
            mapped.add(roles.computeIfAbsent(role, this::role));
        }
        HttpResponse<String> granted =
                send(admin("/users/" + id + "/role-mappings/realm").POST(body(mapped)));
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the roles " + realmRoles + ": " + granted.body());
        }
        return new User(username, password, List.copyOf(realmRoles), Map.copyOf(attributes));
    }

    /** A bearer token of {@code user} for {@code service} alone (its audience), renewed before it expires. */
    public String token(User user, Service service) {
        String key = user.username() + " " + service;
        Token token = tokens.get(key);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = passwordGrant(user, service.audience());
            tokens.put(key, token);
        }
        return token.value();
    }

    private Token passwordGrant(User user, String scope) {
        Map<String, String> form = Map.of(
                "grant_type",
                "password",
                "client_id",
                CLIENT,
                "client_secret",
                CLIENT_SECRET,
                "username",
                user.username(),
                "password",
                user.password(),
                "scope",
                scope);
        JsonNode answer = expectJson(
                send(HttpRequest.newBuilder(URI.create(url + "/realms/" + REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form)))),
                "token of " + user.username());
        return new Token(
                answer.get("access_token").asText(),
                Instant.now().plusSeconds(answer.get("expires_in").asLong()).minus(RENEW_BEFORE));
    }

    private JsonNode role(String name) {
        return expectJson(send(admin("/roles/" + name).GET()), "role " + name);
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json");
    }

    /** The bootstrap administrator's token, asked for each time: admin tokens live one minute. */
    private String adminToken() {
        Map<String, String> form = Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword);
        return expectJson(
                        send(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form(form)))),
                        "admin token")
                .get("access_token")
                .asText();
    }

    private HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode expectJson(HttpResponse<String> answer, String what) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "Keycloak refused the " + what + ": " + answer.statusCode() + " " + answer.body());
        }
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered no JSON for the " + what, e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private record Token(String value, Instant renewAt) {}
}

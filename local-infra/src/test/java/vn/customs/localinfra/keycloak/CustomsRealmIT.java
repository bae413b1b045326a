package vn.customs.localinfra.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * The realm of {@code deploy/keycloak/customs-realm.json} on the real Keycloak distribution: nobody but an
 * administrator sets the {@code tax_id} and {@code officer_id} that decide what a declarant may read and where an
 * officer may act, and a token asked for one service is not one for another.
 *
 * <p>Runs with {@code ./mvnw verify -Pkeycloak -pl local-infra} (the profile unpacks the distribution from Maven
 * Central; no Docker), in a CI step of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomsRealmIT {

    private static final String REALM = "customs";
    private static final String CLIENT = "customs-suite";
    private static final String CLIENT_SECRET = "change-me-customs-suite";
    private static final String READ_ONLY = "error-user-attribute-read-only";
    private static final String DECLARATIONS = LocalTokenIssuer.SERVICE_AUDIENCES.get("declarations");
    private static final String STAFFING = LocalTokenIssuer.SERVICE_AUDIENCES.get("staffing");

    private final HttpClient http = HttpClient.newHttpClient();
    private KeycloakServer keycloak;

    @BeforeAll
    void startKeycloak() throws IOException {
        Path log = Path.of(setting("customs.keycloak.log"));
        Files.createDirectories(log.getParent());
        keycloak = KeycloakServer.start(
                Path.of(setting("customs.keycloak.home")), Path.of(setting("customs.keycloak.realm-file")), REALM, log);
    }

    @AfterAll
    void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aDeclarantCannotChangeHisTaxIdThroughTheAccountApi() throws Exception {
        String token = login("declarant-demo", DECLARATIONS);
        Map<String, Object> account = json(send(get("/realms/customs/account/", token)), 200);
        assertEquals(List.of("0101234567"), attributes(account).get("tax_id"));
        assertTrue(isReadOnly(account, "tax_id"), "the account API offers tax_id for editing");

        HttpResponse<String> refused =
                send(post("/realms/customs/account/", token, withAttribute(account, "tax_id", "0309876543")));

        assertEquals(400, refused.statusCode(), refused::body);
        assertEquals(List.of(READ_ONLY), errorsOf(refused, "tax_id"), refused::body);
        assertEquals(List.of("0101234567"), adminView("declarant-demo").get("tax_id"));
        assertEquals(
                "0101234567", claimsOf(login("declarant-demo", DECLARATIONS)).getClaimValue("tax_id"));
    }

    @Test
    void aUserCannotGiveHimselfATaxIdOrAnOfficerId() throws Exception {
        String token = login("auditor-demo", DECLARATIONS);
        Map<String, Object> account = json(send(get("/realms/customs/account/", token)), 200);
        Map<String, Object> claimed = withAttribute(
                withAttribute(account, "tax_id", "0101234567"), "officer_id", "0b3f2c9e-7a41-4d5e-9c2b-6f8e1d0a4b57");

        HttpResponse<String> refused = send(post("/realms/customs/account/", token, claimed));

        assertEquals(400, refused.statusCode(), refused::body);
        assertEquals(List.of(READ_ONLY), errorsOf(refused, "tax_id"), refused::body);
        assertEquals(List.of(READ_ONLY), errorsOf(refused, "officer_id"), refused::body);
        Map<String, Object> stored = adminView("auditor-demo");
        assertNull(stored.get("tax_id"));
        assertNull(stored.get("officer_id"));
        JwtClaims fresh = claimsOf(login("auditor-demo", DECLARATIONS));
        assertFalse(fresh.hasClaim("tax_id"));
        assertFalse(fresh.hasClaim("officer_id"));
    }

    @Test
    void attributesTheUserProfileDoesNotDeclareAreNotKept() throws Exception {
        String token = login("declarant-demo", DECLARATIONS);
        Map<String, Object> account = json(send(get("/realms/customs/account/", token)), 200);

        // Under unmanagedAttributePolicy ENABLED this would be stored, and an attribute mapper could put it in tokens.
        HttpResponse<String> answer =
                send(post("/realms/customs/account/", token, withAttribute(account, "gate", "HUU_NGHI")));

        assertEquals(204, answer.statusCode(), answer::body);
        assertNull(adminView("declarant-demo").get("gate"));
    }

    @Test
    void anAdministratorSetsTaxIdsAndTheNextTokenCarriesThem() throws Exception {
        String username = "declarant-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.invalid");
        user.put("firstName", "Test");
        user.put("lastName", "Declarant");
        user.put("attributes", Map.of("tax_id", List.of("0101234567")));
        user.put("credentials", List.of(Map.of("type", "password", "value", "test", "temporary", false)));
        HttpResponse<String> created = send(post("/admin/realms/customs/users", adminToken(), user));
        assertEquals(201, created.statusCode(), created::body);
        String id = created.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");

        Map<String, Object> changed = new LinkedHashMap<>(user);
        changed.remove("credentials");
        changed.put("attributes", Map.of("tax_id", List.of("0309876543-001")));
        HttpResponse<String> update = send(put("/admin/realms/customs/users/" + id, adminToken(), changed));
        assertEquals(204, update.statusCode(), update::body);
        changed.put("attributes", Map.of("tax_id", List.of("not a tax id")));
        HttpResponse<String> invalid = send(put("/admin/realms/customs/users/" + id, adminToken(), changed));

        assertEquals(400, invalid.statusCode(), invalid::body);
        assertEquals(List.of("0309876543-001"), adminView(username).get("tax_id"));
        assertEquals(
                "0309876543-001",
                claimsOf(login(username, "test", DECLARATIONS)).getClaimValue("tax_id"));
    }

    @Test
    void aTokenForDeclarationsIsNotATokenForStaffing() throws Exception {
        String token = login("declarant-demo", DECLARATIONS);

        List<String> audiences = claimsOf(token).getAudience();
        assertTrue(audiences.contains(DECLARATIONS), audiences::toString);
        assertFalse(audiences.contains(STAFFING), audiences::toString);
        // Verified as the services verify it (signature from the JWKS, issuer, expiry, their own audience).
        assertEquals(
                "declarant-demo", verifier(DECLARATIONS).processToClaims(token).getClaimValue("preferred_username"));
        InvalidJwtException refused =
                assertThrows(InvalidJwtException.class, () -> verifier(STAFFING).processToClaims(token));
        assertTrue(refused.getMessage().contains("Audience"), refused::getMessage);
    }

    @Test
    void eachServiceGetsTokensOfItsOwnAndNoTokenIsForAServiceUnlessAskedFor() throws Exception {
        for (String audience : LocalTokenIssuer.SERVICE_AUDIENCES.values()) {
            assertEquals(List.of(audience), serviceAudiences(clientToken(audience)), audience);
        }
        assertEquals(List.of(), serviceAudiences(clientToken("")));
        assertEquals(List.of(DECLARATIONS, STAFFING), serviceAudiences(clientToken(DECLARATIONS + " " + STAFFING)));
    }

    @Test
    void theDefaultRolesGiveNobodyTheAccountApi() throws Exception {
        HttpResponse<String> composites =
                send(get("/admin/realms/customs/roles/default-roles-customs/composites", adminToken()));
        assertEquals(200, composites.statusCode(), composites::body);
        assertEquals(
                List.of(),
                JsonUtil.parseJson("{\"roles\":" + composites.body() + "}").get("roles"));

        // The client's service account has the default roles only.
        HttpResponse<String> serviceAccount = send(get("/realms/customs/account/", clientToken(DECLARATIONS)));
        assertTrue(List.of(401, 403).contains(serviceAccount.statusCode()), () -> "" + serviceAccount.statusCode());
    }

    // ---- Keycloak's APIs

    private String login(String username, String scope) throws Exception {
        return login(username, "demo", scope);
    }

    /** Direct access grant of a user (the demo users' password is {@code demo}). */
    private String login(String username, String password, String scope) throws Exception {
        return token(Map.of(
                "grant_type", "password",
                "client_id", CLIENT,
                "client_secret", CLIENT_SECRET,
                "username", username,
                "password", password,
                "scope", scope));
    }

    /** Client credentials grant of the suite's client, asking for {@code scope} (none when blank). */
    private String clientToken(String scope) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(
                Map.of("grant_type", "client_credentials", "client_id", CLIENT, "client_secret", CLIENT_SECRET));
        if (!scope.isBlank()) {
            form.put("scope", scope);
        }
        return token(form);
    }

    private String token(Map<String, String> form) throws Exception {
        HttpResponse<String> answer = send(
                HttpRequest.newBuilder(URI.create(keycloak.url() + "/realms/customs/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                        .build());
        return (String) json(answer, 200).get("access_token");
    }

    private String adminToken() throws Exception {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", keycloak.adminPassword()))))
                        .build());
        return (String) json(answer, 200).get("access_token");
    }

    /** A user's attributes as an administrator reads them. */
    private Map<String, Object> adminView(String username) throws Exception {
        HttpResponse<String> answer = send(get(
                "/admin/realms/customs/users?exact=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8),
                adminToken()));
        assertEquals(200, answer.statusCode(), answer::body);
        List<Object> users =
                list(JsonUtil.parseJson("{\"users\":" + answer.body() + "}").get("users"));
        assertEquals(1, users.size(), answer::body);
        return attributes(map(users.get(0)));
    }

    private JwtConsumer verifier(String audience) throws Exception {
        Map<String, Object> discovery = json(send(get("/realms/customs/.well-known/openid-configuration", null)), 200);
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setExpectedIssuer((String) discovery.get("issuer"))
                .setExpectedAudience(audience)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(
                        new HttpsJwks(keycloak.url() + "/realms/customs/protocol/openid-connect/certs")))
                .build();
    }

    // ---- small helpers

    private static JwtClaims claimsOf(String token) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setSkipSignatureVerification()
                .setSkipDefaultAudienceValidation()
                .build()
                .processToClaims(token);
    }

    /** The suite's service audiences a token carries, in the suite's order. */
    private static List<String> serviceAudiences(String token) throws Exception {
        List<String> audiences = claimsOf(token).getAudience();
        return LocalTokenIssuer.SERVICE_AUDIENCES.values().stream()
                .filter(audiences::contains)
                .toList();
    }

    private static boolean isReadOnly(Map<String, Object> account, String attribute) {
        return list(map(account.get("userProfileMetadata")).get("attributes")).stream()
                .map(CustomsRealmIT::map)
                .filter(declared -> attribute.equals(declared.get("name")))
                .anyMatch(declared -> Boolean.TRUE.equals(declared.get("readOnly")));
    }

    /** The account representation to send back, with one attribute set to {@code value}. */
    private static Map<String, Object> withAttribute(Map<String, Object> account, String name, String value) {
        Map<String, Object> changed = new LinkedHashMap<>(account);
        changed.remove("userProfileMetadata");
        Map<String, Object> attributes = new LinkedHashMap<>(attributes(account));
        attributes.put(name, List.of(value));
        changed.put("attributes", attributes);
        return changed;
    }

    private static Map<String, Object> attributes(Map<String, Object> user) {
        Object attributes = user.get("attributes");
        return attributes == null ? Map.of() : map(attributes);
    }

    /** The error messages the account API gave for one field. */
    private static List<Object> errorsOf(HttpResponse<String> answer, String field) throws Exception {
        Map<String, Object> body = JsonUtil.parseJson(answer.body());
        List<Object> errors = body.containsKey("errors") ? list(body.get("errors")) : List.of(body);
        List<Object> messages = new ArrayList<>();
        for (Object error : errors) {
            if (field.equals(map(error).get("field"))) {
                messages.add(map(error).get("errorMessage"));
            }
        }
        return messages;
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(keycloak.url() + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.GET().build();
    }

    private HttpRequest post(String path, String token, Map<String, Object> body) {
        return HttpRequest.newBuilder(URI.create(keycloak.url() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonUtil.toJson(body)))
                .build();
    }

    private HttpRequest put(String path, String token, Map<String, Object> body) {
        return HttpRequest.newBuilder(URI.create(keycloak.url() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JsonUtil.toJson(body)))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> answer, int status) throws Exception {
        assertEquals(status, answer.statusCode(), answer::body);
        return JsonUtil.parseJson(answer.body());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    name + " is not set: run this test with ./mvnw verify -Pkeycloak -pl local-infra");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}

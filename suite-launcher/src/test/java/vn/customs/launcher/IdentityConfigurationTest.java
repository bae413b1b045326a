package vn.customs.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Keycloak realm, the services' configuration and {@code ./suite token} agree on each service's audience, and
 * the realm lets only administrators set the claims that decide what a caller may do. The realm's behaviour on a
 * real Keycloak is checked by {@code CustomsRealmIT} in local-infra ({@code ./mvnw verify -Pkeycloak -pl
 * local-infra}).
 */
class IdentityConfigurationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path REALM = ROOT.resolve("deploy/keycloak/customs-realm.json");

    static Iterable<ServiceSpec> services() {
        return ServiceSpec.ALL;
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceVerifiesItsOwnAudience(ServiceSpec service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service.name()).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertEquals(
                service.audience(),
                properties.getProperty("mp.jwt.verify.audiences"),
                () -> service.name() + "'s application.properties must set mp.jwt.verify.audiences="
                        + service.audience());
    }

    @ParameterizedTest
    @MethodSource("services")
    void theRealmMintsTokensForEachServiceThroughAScopeOfItsName(ServiceSpec service) throws Exception {
        Map<String, Object> scope = list(realm().get("clientScopes")).stream()
                .map(IdentityConfigurationTest::map)
                .filter(candidate -> service.audience().equals(candidate.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the realm has no client scope " + service.audience()));
        assertTrue(
                list(scope.get("protocolMappers")).stream()
                        .map(IdentityConfigurationTest::map)
                        .anyMatch(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper"))
                                && service.audience()
                                        .equals(map(mapper.get("config")).get("included.custom.audience"))),
                () -> "the client scope " + service.audience() + " does not add the audience " + service.audience());
        assertTrue(
                list(suiteClient().get("optionalClientScopes")).contains(service.audience()),
                () -> "the customs-suite client cannot ask for the scope " + service.audience());
    }

    @Test
    void noTokenOfTheRealmIsForEveryServiceByDefault() throws Exception {
        List<Object> defaults = list(suiteClient().get("defaultClientScopes"));
        for (ServiceSpec service : ServiceSpec.ALL) {
            assertFalse(defaults.contains(service.audience()), () -> service.audience() + " is a default scope");
        }
        assertFalse(
                list(suiteClient().getOrDefault("protocolMappers", List.of())).stream()
                        .map(IdentityConfigurationTest::map)
                        .anyMatch(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper"))),
                "the customs-suite client adds an audience to every token it gets");
    }

    @Test
    void onlyAdministratorsEditTaxIdAndOfficerIdAndNoUserKeepsAttributesTheProfileDoesNotDeclare() throws Exception {
        Map<String, Object> profile = userProfile();
        assertFalse(
                profile.containsKey("unmanagedAttributePolicy"),
                "unmanagedAttributePolicy lets users edit attributes the profile does not declare");
        for (String attribute : List.of("tax_id", "officer_id")) {
            Map<String, Object> declared = list(profile.get("attributes")).stream()
                    .map(IdentityConfigurationTest::map)
                    .filter(candidate -> attribute.equals(candidate.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the user profile does not declare " + attribute));
            assertEquals(
                    List.of("admin"),
                    map(declared.get("permissions")).get("edit"),
                    () -> attribute + " must be editable by administrators only");
        }
    }

    private static Map<String, Object> realm() throws IOException, JoseException {
        return JsonUtil.parseJson(Files.readString(REALM, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> suiteClient() throws IOException, JoseException {
        return list(realm().get("clients")).stream()
                .map(IdentityConfigurationTest::map)
                .filter(client -> "customs-suite".equals(client.get("clientId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the realm has no customs-suite client"));
    }

    /** The declarative user profile, which the realm file holds as a JSON string. */
    private static Map<String, Object> userProfile() throws IOException, JoseException {
        Map<String, Object> provider =
                map(list(map(realm().get("components")).get("org.keycloak.userprofile.UserProfileProvider"))
                        .get(0));
        return JsonUtil.parseJson((String)
                list(map(provider.get("config")).get("kc.user.profile.config")).get(0));
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

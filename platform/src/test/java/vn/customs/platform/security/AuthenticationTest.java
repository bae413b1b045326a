package vn.customs.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.localinfra.LocalTokenIssuer;
import vn.customs.testkit.TestTokens;

/** Only valid tokens get in; roles and enterprises are checked; every refusal is problem+json. */
@QuarkusTest
class AuthenticationTest {

    private static final String REPORT = "/api/v1/test-secured/audit-report";

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of(
                        "signed by another key",
                        LocalTokenIssuer.sign(
                                claims(), LocalTokenIssuer.newKeyPair().getPrivate())),
                Arguments.of("expired", signedByTrustedKey(expired(claims()))),
                Arguments.of("wrong issuer", signedByTrustedKey(withIssuer(claims(), "https://evil.example"))),
                Arguments.of("wrong audience", signedByTrustedKey(withAudience(claims(), "another-system"))),
                Arguments.of(
                        "another service's audience",
                        signedByTrustedKey(withAudience(claims(), LocalTokenIssuer.SERVICE_AUDIENCES.get("staffing")))),
                Arguments.of("no audience", signedByTrustedKey(withoutAudience(claims()))),
                Arguments.of("alg none", unsigned(claims())),
                Arguments.of("not a JWT", "hello"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void anInvalidTokenGets401(String why, String token) {
        given().auth()
                .oauth2(token)
                .get(REPORT)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://customs.example/problems/unauthorized"));
    }

    @Test
    void noTokenGets401() {
        given().get(REPORT).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aValidTokenOfTheRightRoleGetsIn() {
        TestTokens.as("AUDITOR").get(REPORT).then().statusCode(200).body("subject", equalTo("test-auditor"));
    }

    @Test
    void aTokenForSeveralServicesGetsIntoEachOfThem() {
        // ./suite token's default: one token for the four services, as a local convenience.
        given().auth()
                .oauth2(TestTokens.tokenFor(
                        List.of(LocalTokenIssuer.SERVICE_AUDIENCES.get("declarations"), TestTokens.audience()),
                        "AUDITOR"))
                .get(REPORT)
                .then()
                .statusCode(200);
    }

    @Test
    void aValidTokenOfAnotherRoleGets403() {
        TestTokens.as("DECLARANT", "tax_id", "0101234567")
                .get(REPORT)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/forbidden"));
    }

    @Test
    void anEndpointWithoutARoleAnnotationIsClosed() {
        TestTokens.as("AUDITOR").get("/api/v1/test-secured/forgotten").then().statusCode(403);
    }

    @Test
    void anEnterpriseSeesItsOwnObjectsAndOthersLookMissing() {
        TestTokens.as("DECLARANT", "tax_id", "0101234567")
                .get("/api/v1/test-secured/enterprises/0101234567/declarations")
                .then()
                .statusCode(200);
        TestTokens.as("DECLARANT", "tax_id", "0101234567")
                .get("/api/v1/test-secured/enterprises/0309876543/declarations")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        TestTokens.as("AUDITOR")
                .get("/api/v1/test-secured/enterprises/0309876543/declarations")
                .then()
                .statusCode(200);
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(LocalTokenIssuer.ISSUER);
        claims.setAudience(TestTokens.audience());
        claims.setSubject("mallory");
        claims.setStringListClaim("groups", List.of("AUDITOR"));
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTime(
                NumericDate.fromSeconds(Instant.now().plusSeconds(600).getEpochSecond()));
        return claims;
    }

    private static JwtClaims expired(JwtClaims claims) {
        claims.setIssuedAt(
                NumericDate.fromSeconds(Instant.now().minusSeconds(7200).getEpochSecond()));
        claims.setExpirationTime(
                NumericDate.fromSeconds(Instant.now().minusSeconds(3600).getEpochSecond()));
        return claims;
    }

    private static JwtClaims withIssuer(JwtClaims claims, String issuer) {
        claims.setIssuer(issuer);
        return claims;
    }

    private static JwtClaims withAudience(JwtClaims claims, String audience) {
        claims.setAudience(audience);
        return claims;
    }

    private static JwtClaims withoutAudience(JwtClaims claims) {
        claims.unsetClaim("aud");
        return claims;
    }

    /** Signed with the key the service trusts, through the test kit's issuer of this run. */
    private static String signedByTrustedKey(JwtClaims claims) {
        return TestTokens.signed(claims);
    }

    private static String unsigned(JwtClaims claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}

package vn.customs.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** Each caller has a budget; over it, 429 problem+json with Retry-After; every answer says what is left. */
@QuarkusTest
class RateLimitTest {

    private static final String LIMITED = "/api/v1/test-limited/";

    @Test
    void aCallerOverItsBudgetGets429WithRetryAfterAndAnotherCallerIsNotHeldBack() {
        String caller = "limit-" + UUID.randomUUID();
        for (int remaining = 2; remaining >= 0; remaining--) {
            TestTokens.asSubject(caller, "AUDITOR")
                    .get(LIMITED + "x")
                    .then()
                    .statusCode(200)
                    .header(RateLimitEdge.LIMIT, "3")
                    .header(RateLimitEdge.REMAINING, Integer.toString(remaining))
                    .header(RateLimitEdge.RESET, notNullValue());
        }
        var refused = TestTokens.asSubject(caller, "AUDITOR")
                .get(LIMITED + "x")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "rate-limited"))
                .header(RateLimitEdge.REMAINING, "0")
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After within the hour's window: " + retryAfter);

        TestTokens.asSubject("limit-" + UUID.randomUUID(), "AUDITOR")
                .get(LIMITED + "x")
                .then()
                .statusCode(200)
                .header(RateLimitEdge.REMAINING, "2");
    }

    @Test
    void callersWithoutATokenShareTheirAddressesBudget() {
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            int status = given().get(LIMITED + "anonymous").statusCode();
            allowed += status == 200 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(5, allowed + refused);
        assertTrue(refused >= 2, "at most three of five from one address: refused " + refused);
    }

    @Test
    void errorAnswersCarryTheHeadersToo() {
        given().get("/api/v1/events")
                .then()
                .statusCode(401)
                .header(RateLimitEdge.LIMIT, notNullValue())
                .header(RateLimitEdge.REMAINING, notNullValue());
    }

    @Test
    void theSubjectIsReadFromABearerTokenAndAnythingElseCountsAsAnonymous() {
        String claims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"sub\":\"officer-7\",\"groups\":[\"OFFICER\"]}".getBytes(StandardCharsets.UTF_8));
        assertEquals("officer-7", RateLimitEdge.subject("Bearer e30." + claims + ".sig"));
        assertNull(RateLimitEdge.subject("Basic dXNlcjpwYXNz"));
        assertNull(RateLimitEdge.subject("Bearer not-a-jwt"));
        assertNull(RateLimitEdge.subject("Bearer a.%%%.c"));
        assertNull(RateLimitEdge.subject(null));
    }

    @Test
    void aWindowStartsAfreshAfterItsPeriod() {
        RateLimiter limiter = new RateLimiter();
        long second = 1_000_000_000L;
        assertTrue(limiter.take("k", 2, 60 * second, 0).allowed());
        assertTrue(limiter.take("k", 2, 60 * second, 10 * second).allowed());
        RateLimiter.Decision third = limiter.take("k", 2, 60 * second, 20 * second);
        assertEquals(false, third.allowed());
        assertEquals(40, third.resetSeconds());
        assertTrue(limiter.take("k", 2, 60 * second, 60 * second).allowed(), "a new window");
        assertEquals(0, limiter.take("k", 2, 60 * second, 61 * second).remaining(), "its second request");
    }
}

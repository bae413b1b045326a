package vn.customs.platform.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** A retried creating request gets the first response and makes no second change. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String ORDERS = "/api/v1/test-orders";

    @Inject
    DataSource dataSource;

    @Test
    void theSameKeyAndBodyGetTheFirstResponseAndCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String goods = "tea " + key;
        Response first = post("DECLARANT", key, Map.of("goods", goods));
        Response retry = post("DECLARANT", key, Map.of("goods", goods));

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(1, ordersWith(goods));
    }

    @Test
    void theSameKeyWithAnotherBodyGets422() throws Exception {
        String key = UUID.randomUUID().toString();
        post("DECLARANT", key, Map.of("goods", "tea " + key)).then().statusCode(201);
        post("DECLARANT", key, Map.of("goods", "coffee " + key))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "idempotency-key-reused"));
        assertEquals(0, ordersWith("coffee " + key));
    }

    @Test
    void withoutAKeyEachRequestCreates() throws Exception {
        String goods = "rice " + UUID.randomUUID();
        String a = post("DECLARANT", null, Map.of("goods", goods)).jsonPath().getString("id");
        String b = post("DECLARANT", null, Map.of("goods", goods)).jsonPath().getString("id");
        assertNotEquals(a, b);
        assertEquals(2, ordersWith(goods));
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        String goods = "silk " + key;
        String mine = TestTokens.as("DECLARANT", "tax_id", "0101234567")
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Map.of("goods", goods))
                .post(ORDERS)
                .jsonPath()
                .getString("id");
        String theirs = io.restassured.RestAssured.given()
                .auth()
                .oauth2(tokenFor("another-enterprise"))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Map.of("goods", goods))
                .post(ORDERS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertNotEquals(mine, theirs);
        assertEquals(2, ordersWith(goods));
    }

    @Test
    void aConcurrentDuplicateGets409AndTheFirstStillCompletes() throws Exception {
        String key = UUID.randomUUID().toString();
        String goods = "jade " + key;
        OrderResource.entered = new CountDownLatch(1);
        OrderResource.release = new CountDownLatch(1);
        CompletableFuture<Response> first =
                CompletableFuture.supplyAsync(() -> post("DECLARANT", key, Map.of("goods", goods, "hold", true)));
        try {
            assertTrue(OrderResource.entered.await(30, TimeUnit.SECONDS), "the first request is in progress");
            post("DECLARANT", key, Map.of("goods", goods, "hold", true))
                    .then()
                    .statusCode(409)
                    .body("type", equalTo(Problem.TYPE_BASE + "idempotency-key-in-use"));
        } finally {
            OrderResource.release.countDown();
        }
        first.get(30, TimeUnit.SECONDS).then().statusCode(201);
        assertEquals(1, ordersWith(goods));
    }

    @Test
    void aChangeWhoseKeyCannotBeStoredIsRolledBack() throws Exception {
        String key = UUID.randomUUID().toString();
        String goods = "silk " + key;
        post("DECLARANT", key, Map.of("goods", goods, "unstorable", true))
                .then()
                .statusCode(500)
                .contentType("application/problem+json");
        assertEquals(0, ordersWith(goods), "no change without its stored key");
    }

    @Test
    void anUnusableKeyGets400() {
        post("DECLARANT", "x".repeat(300), Map.of("goods", "tea"))
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("Idempotency-Key"));
    }

    private static Response post(String role, String key, Map<String, Object> body) {
        var request = TestTokens.as(role, "tax_id", "0101234567")
                .contentType("application/json")
                .body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(ORDERS);
    }

    private static String tokenFor(String subject) {
        org.jose4j.jwt.JwtClaims claims = new org.jose4j.jwt.JwtClaims();
        claims.setIssuer(vn.customs.localinfra.LocalTokenIssuer.ISSUER);
        claims.setAudience(vn.customs.localinfra.LocalTokenIssuer.AUDIENCE);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", "DECLARANT");
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setIssuedAtToNow();
        return TestTokens.signed(claims);
    }

    private int ordersWith(String goods) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) FROM test_order WHERE goods = ?")) {
            statement.setString(1, goods);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}

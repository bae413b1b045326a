package vn.customs.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A race is a 409 problem (retried once where the outcome is then well defined), an outage a 503: never a 500. */
@QuarkusTest
class RacesTest {

    @Inject
    DataSource dataSource;

    @Test
    void aUniqueViolationIsA409ProblemAndNothingOfTheRequestIsKept() throws Exception {
        long before = orders();
        given().post("/api/v1/test-races/duplicates")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "already-exists"))
                .body("detail", not(containsString("test_order")));
        assertEquals(before, orders(), "the transaction rolled back whole");
    }

    @Test
    void aRaceLostOnceIsRunAgainInANewTransactionAndSucceeds() throws Exception {
        String run = UUID.randomUUID().toString();
        long before = orders();
        given().queryParam("losses", 1)
                .post("/api/v1/test-races/runs/" + run)
                .then()
                .statusCode(201)
                .body("attempts", equalTo(2));
        assertEquals(before + 1, orders(), "only the second run's row is kept");
    }

    @Test
    void aRaceLostTwiceIsA409Problem() {
        given().queryParam("losses", 2)
                .post("/api/v1/test-races/runs/" + UUID.randomUUID())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "concurrent-change"));
    }

    @Test
    void aDatabaseOutageIsA503ProblemWithRetryAfter() {
        given().post("/api/v1/test-races/outages")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(Problem.TYPE_BASE + "database-unavailable"));
    }

    private long orders() throws Exception {
        try (var connection = dataSource.getConnection();
                var count = connection.createStatement().executeQuery("SELECT count(*) FROM test_order")) {
            count.next();
            return count.getLong(1);
        }
    }
}

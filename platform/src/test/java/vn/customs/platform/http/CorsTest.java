package vn.customs.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/**
 * The KPI board (served on its own origin) may read the APIs from a browser: its origin is allowed GET with an
 * Authorization header; any other origin is refused, so a browser gives that page nothing.
 */
@QuarkusTest
class CorsTest {

    private static final String REPORT = "/api/v1/test-secured/audit-report";
    private static final String BOARD = "http://127.0.0.1:8080";

    @Test
    void theBoardsPreflightForAnAuthorizedGetIsAllowed() {
        for (String board : new String[] {BOARD, "http://localhost:8080"}) {
            preflight(board, "GET")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(board))
                    .header("Access-Control-Allow-Methods", containsStringIgnoringCase("GET"))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                    .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                    // a browser asks before each URL: the question is not counted against the rate limits
                    .header("RateLimit-Limit", nullValue());
        }
    }

    @Test
    void theBoardsGetCarriesTheAllowOriginHeader() {
        TestTokens.as("AUDITOR")
                .header("Origin", BOARD)
                .get(REPORT)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(BOARD));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        preflight("https://evil.example", "GET")
                .then()
                .statusCode(403)
                .header("RateLimit-Limit", nullValue())
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aGetFromAnotherOriginGetsNoAllowOriginHeader() {
        TestTokens.as("AUDITOR")
                .header("Origin", "https://evil.example")
                .get(REPORT)
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theBoardMayOnlyRead() {
        preflight(BOARD, "POST").then().header("Access-Control-Allow-Methods", not(containsStringIgnoringCase("POST")));
    }

    @Test
    void aRequestFromTheServicesOwnOriginIsNotRefused() {
        // Swagger UI is served by the service itself: its requests carry the service's own origin.
        String own = "http://localhost:" + RestAssured.port;
        TestTokens.as("AUDITOR").header("Origin", own).get(REPORT).then().statusCode(200);
    }

    private static io.restassured.response.Response preflight(String origin, String method) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization")
                .options(REPORT);
    }
}

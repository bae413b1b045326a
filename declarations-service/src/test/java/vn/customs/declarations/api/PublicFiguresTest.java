package vn.customs.declarations.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.platform.publication.PublicFigures;
import vn.customs.platform.time.Quarter;

/**
 * The published figures: public, per gate and quarter, small numbers suppressed, cached, rate limited. Each request
 * comes from a loopback address of its own, so that the small test budget of the endpoint counts only what a test
 * means to count.
 */
@QuarkusTest
class PublicFiguresTest {

    private static final String FIGURES = "/api/v1/public-figures";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource db;

    @Inject
    PublicFigures publicFigures;

    @Test
    void eachGateShowsWhatWasLodgedThereAndCountsBelowFiveAreSuppressed() {
        String busy = Trade.gate("PUB");
        String quiet = Trade.gate("PUB");
        String idle = Trade.gate("PUB");
        String officer = Trade.officerAt(bootstrap, db, busy);
        String quietOfficer = Trade.officerAt(bootstrap, db, quiet);
        String taxId = Trade.taxId();
        for (String channel : List.of("ELECTRONIC", "ELECTRONIC", "ELECTRONIC", "ELECTRONIC", "PAPER")) {
            Trade.clear(officer, lodge(taxId, busy, channel));
        }
        lodge(taxId, busy, "ELECTRONIC"); // lodged, not cleared
        for (int i = 0; i < 4; i++) {
            Trade.clear(quietOfficer, lodge(taxId, quiet, "ELECTRONIC"));
        }
        publicFigures.forget();

        JsonPath figures = read(Quarter.of(Trade.today()).toString());
        Map<String, Object> gate = gate(figures, busy);
        assertEquals(
                Set.of("gateCode", "gateName", "lodged", "electronicShare", "clearedWithinCharterShare"),
                gate.keySet(),
                "aggregates only: no ids, no officer, no enterprise");
        assertEquals("Đội " + busy, gate.get("gateName"));
        assertEquals(Map.of("count", 6, "display", "6"), gate.get("lodged"));
        assertEquals(Map.of("share", 0.833f, "display", "83.3%"), gate.get("electronicShare"));
        assertEquals(Map.of("share", 1.0f, "display", "100.0%"), gate.get("clearedWithinCharterShare"));

        Map<String, Object> suppressed = Map.of("display", "< 5");
        assertEquals(suppressed, gate(figures, quiet).get("lodged"), "four lodged");
        assertEquals(suppressed, gate(figures, quiet).get("electronicShare"));
        assertEquals(suppressed, gate(figures, quiet).get("clearedWithinCharterShare"), "four cleared");
        assertEquals(suppressed, gate(figures, idle).get("lodged"), "a gate without declarations is listed too");

        JsonPath previous = read(Quarter.of(Trade.today()).previous().toString());
        assertEquals(suppressed, gate(previous, busy).get("lodged"), "nothing lodged there the quarter before");
    }

    @Test
    void noTokenIsNeededAndTheAnswerIsCachedWithAnETag() {
        String quarter = Quarter.of(Trade.today()).toString();
        publicFigures.forget();
        var first = anyone().queryParam("quarter", quarter).get(FIGURES);
        first.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "public, max-age=300")
                .header("ETag", notNullValue())
                .body("quarter", equalTo(quarter));
        String etag = first.header("ETag");
        anyone().queryParam("quarter", quarter)
                .header("If-None-Match", etag)
                .get(FIGURES)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, max-age=300");

        // a new gate opens: the figures stay as they were computed, for five minutes, unless forgotten
        String later = Trade.gate("PUB");
        var cached = anyone().queryParam("quarter", quarter).get(FIGURES);
        assertEquals(etag, cached.header("ETag"));
        cached.then().body("gates.gateCode", not(org.hamcrest.Matchers.hasItem(later)));
        publicFigures.forget();
        var fresh = anyone().queryParam("quarter", quarter).get(FIGURES);
        assertNotEquals(etag, fresh.header("ETag"));
        fresh.then().body("gates.gateCode", org.hamcrest.Matchers.hasItem(later));
    }

    @Test
    void withoutAQuarterTheLastFullOneIsShown() {
        Quarter last = Quarter.lastFullBefore(Trade.today());
        anyone().get(FIGURES)
                .then()
                .statusCode(200)
                .body("quarter", equalTo(last.toString()))
                .body("from", equalTo(last.first().toString()))
                .body("to", equalTo(last.last().toString()))
                .body("gates", notNullValue());
    }

    @Test
    void aMalformedOrFutureQuarterIsABadRequest() {
        String future = Quarter.of(Trade.today()).next().toString();
        for (String quarter : List.of("2026-Q5", "2026-3", "Q3-2026", "1999-Q4", future)) {
            anyone().queryParam("quarter", quarter)
                    .get(FIGURES)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("quarter"));
        }
    }

    @Test
    void anAnonymousCallerOverTheBudgetGets429WithRetryAfter() {
        InetAddress address = freshAddress();
        for (int i = 0; i < 3; i++) {
            from(address).get(FIGURES).then().statusCode(200);
        }
        var refused = from(address).get(FIGURES);
        refused.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After within the test budget's hour: " + retryAfter);
        anyone().get(FIGURES).then().statusCode(200);
    }

    private static JsonPath read(String quarter) {
        return anyone().queryParam("quarter", quarter)
                .get(FIGURES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> gate(JsonPath figures, String code) {
        return figures.getMap("gates.find { it.gateCode == '" + code + "' }");
    }

    /** Without a token, from a loopback address no other request used. */
    static RequestSpecification anyone() {
        return from(freshAddress());
    }

    static RequestSpecification from(InetAddress address) {
        return given().baseUri("http://127.0.0.1")
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().setParam("http.route.local-address", address)));
    }

    static InetAddress freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return InetAddress.getByAddress(new byte[] {
                127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256), (byte) random.nextInt(1, 255)
            });
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonPath lodge(String taxId, String gate, String channel) {
        return Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate, channel, "1000.00"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}

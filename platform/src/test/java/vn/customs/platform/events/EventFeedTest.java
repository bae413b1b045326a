package vn.customs.platform.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;

/** Integrators without Kafka read the same events, in publish order, by following next links. */
@QuarkusTest
class EventFeedTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void theFeedServesPublishedEventsInOrderAndSaysWhereToPollNext() {
        String shipment = "feed-" + TestRun.id() + "-" + UUID.randomUUID();
        for (int step = 0; step < 3; step++) {
            given().contentType("application/json")
                    .body(Map.of("shipmentId", shipment, "step", step))
                    .post("/api/v1/test-shipments")
                    .then()
                    .statusCode(201);
        }

        List<Integer> steps = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            steps.clear();
            String next = "/api/v1/events?limit=2";
            String previous = null;
            while (!next.equals(previous)) {
                JsonPath page = TestTokens.as("INTEGRATION")
                        .get(next)
                        .then()
                        .statusCode(200)
                        .body("next", notNullValue())
                        .extract()
                        .jsonPath();
                for (Map<String, Object> event : page.<Map<String, Object>>getList("items")) {
                    if (shipment.equals(event.get("subject"))) {
                        steps.add((Integer) ((Map<?, ?>) event.get("data")).get("step"));
                    }
                }
                previous = next;
                next = page.getString("next");
                if (page.getList("items").isEmpty()) {
                    break;
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(List.of(0, 1, 2), steps);
        });
    }

    @Test
    void anEmptyPageKeepsTheCursorSoPollingResumesWhereItStopped() {
        String last = TestTokens.as("AUDITOR")
                .get("/api/v1/events?limit=200")
                .then()
                .extract()
                .path("next");
        String tail = last;
        // Walk to the end of the feed.
        while (true) {
            JsonPath page = TestTokens.as("AUDITOR")
                    .get(tail)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (page.getList("items").isEmpty()) {
                org.junit.jupiter.api.Assertions.assertEquals(
                        tail.replaceFirst("^.*\\?", ""), page.getString("next").replaceFirst("^.*\\?", ""));
                break;
            }
            tail = page.getString("next");
        }
        TestTokens.as("AUDITOR").get(tail).then().body("items", empty());
    }

    @Test
    void aCursorThatRetentionHasOvertakenGets410InsteadOfSkippingEvents() throws Exception {
        String tail = TestTokens.as("INTEGRATION")
                .get("/api/v1/events?limit=200")
                .then()
                .extract()
                .path("next");
        while (true) {
            JsonPath page = TestTokens.as("INTEGRATION")
                    .get(tail)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (page.getList("items").isEmpty()) {
                break;
            }
            tail = page.getString("next");
        }
        // An event published after the cursor, and already past its retention: the client never saw it.
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "WITH event AS (INSERT INTO platform_outbox (event_id, topic,"
                                + " record_key, event_type, source, occurred_at, payload) VALUES (?, 'customs.feed-test.v1',"
                                + " 'k', 't', '/s', now(), '{}') RETURNING position)"
                                + " INSERT INTO platform_outbox_feed (feed_position, position, sent_at)"
                                + " SELECT nextval('platform_outbox_feed_position'), position, now() - interval '31 days' FROM event")) {
            insert.setObject(1, java.util.UUID.randomUUID());
            insert.executeUpdate();
        }
        String cursor = tail;
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> TestTokens.as("INTEGRATION")
                        .get(cursor)
                        .then()
                        .statusCode(410)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://customs.example/problems/cursor-expired")));
    }

    @Test
    void onlyIntegrationsAndAuditorsReadTheFeed() {
        TestTokens.as("DECLARANT", "tax_id", "0101234567")
                .get("/api/v1/events")
                .then()
                .statusCode(403);
        given().get("/api/v1/events").then().statusCode(401);
        TestTokens.as("INTEGRATION")
                .get("/api/v1/events?limit=0")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
    }
}

package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/**
 * A declarant amends his declaration before customs decided on it: the registration checks and channel rules run
 * again, the channel may rise and never fall, DeclarationAmended is published once per Idempotency-Key.
 */
@QuarkusTest
class AmendmentApiTest {

    private static final String AMENDED = "customs.declarations.DeclarationAmended.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    javax.sql.DataSource db;

    @Test
    void aRiskierAmendmentRaisesTheChannelIsPublishedAndAReplayedKeyAmendsOnce() {
        String taxId = Trade.taxId();
        String gate = Trade.gate("AMR");
        String lrn = Trade.lrn();
        var lodged = Trade.lodge(taxId, Trade.body(taxId, lrn, gate))
                .then()
                .statusCode(201)
                .extract();
        String id = lodged.path("id");
        String before = lodged.path("channel");
        // tobacco: the HS chapter rule makes it RED
        String tobacco = Trade.body(taxId, lrn, gate).replace("08109094", "24022090");
        String key = "amend-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            TestTokens.as("DECLARANT", "tax_id", taxId)
                    .header("If-Match", lodged.header("ETag"))
                    .header("Idempotency-Key", key)
                    .contentType("application/json")
                    .body(tobacco)
                    .post("/api/v1/declarations/" + id + "/amendments")
                    .then()
                    .statusCode(200)
                    .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"))
                    .body("amendments", equalTo(1))
                    .body("channel", equalTo("RED"))
                    .body("riskReasons", hasItem("HS_CHAPTER_RED:24"))
                    .body("items[0].hsCode", equalTo("24022090"));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(1, amendedEvents(id).size()));
        JsonPath event = new JsonPath(amendedEvents(id).get(0).value());
        assertEquals(before, event.getString("previousChannel"));
        assertEquals("RED", event.getString("channel"));
        assertEquals(2, event.getInt("version"));
        assertEquals(taxId, event.getString("declarantTaxId"));

        // back to fruit: the channel stays RED
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body(Trade.body(taxId, lrn, gate))
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(200)
                .body("amendments", equalTo(2))
                .body("channel", equalTo("RED"));
    }

    @Test
    void anAmendmentFailingTheRegistrationChecksIsRefusedAndOneAfterClearanceToo() {
        String gate = Trade.gate("AMC");
        String officer = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        String lrn = Trade.lrn();
        var lodged = Trade.lodge(taxId, Trade.body(taxId, lrn, gate))
                .then()
                .statusCode(201)
                .extract();
        String id = lodged.path("id");
        String future = Trade.body(taxId, lrn, gate)
                .replace(
                        "\"date\":\"" + Trade.today().minusDays(2) + "\"",
                        "\"date\":\"" + Trade.today().plusDays(5) + "\"");
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("If-Match", lodged.header("ETag"))
                .contentType("application/json")
                .body(future)
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/registration-problems"));

        List<String> path = "YELLOW".equals(lodged.path("channel"))
                ? List.of("START_DOC_CHECK", "CLEAR")
                : List.of("REQUIRE_GOODS", "GOODS_PRESENTED", "CLEAR");
        for (String step : path) {
            Trade.asOfficer(officer)
                    .header("If-Match", etag(id))
                    .contentType("application/json")
                    .body("{\"step\":\"" + step + "\"}")
                    .post("/api/v1/declarations/" + id + "/steps")
                    .then()
                    .statusCode(200);
        }
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body(Trade.body(taxId, lrn, gate))
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(409);
    }

    private List<ConsumerRecord<String, String>> amendedEvents(String id) {
        return TopicReader.readAll(bootstrap, "customs.declarations.v1").stream()
                .filter(record -> id.equals(record.key()))
                .filter(record -> AMENDED.equals(new String(
                        record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8)))
                .toList();
    }

    private static String etag(String id) {
        return TestTokens.as("AUDITOR").get("/api/v1/declarations/" + id).header("ETag");
    }
}

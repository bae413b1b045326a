package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.declarations.application.CharterWatch;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;

/**
 * The charter clock through the API: one inspection extension approved by a second officer, the declarant's goods
 * presentation ends the pause, only a declaration waiting on its declarant lapses, a late clearance announces its
 * breach once.
 */
@QuarkusTest
class CharterRulesApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    javax.sql.DataSource db;

    @Inject
    TestClock clock;

    @Inject
    CharterWatch watch;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A tobacco import: always RED, so the goods are always inspected. */
    private static String redBody(String taxId, String gate) {
        return Trade.body(taxId, Trade.lrn(), gate).replace("08109094", "24022090");
    }

    @Test
    void theDeclarantsGoodsPresentationEndsThePauseAndASecondOfficerApprovesOneExtension() {
        String gate = Trade.gate("EXT");
        String first = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, redBody(taxId, gate))
                .then()
                .statusCode(201)
                .body("channel", equalTo("RED"))
                .extract()
                .path("id");
        String second = Trade.officerAt(bootstrap, db, gate);
        step(first, id, "REQUIRE_GOODS").then().statusCode(200).body("clock.paused", equalTo(true));

        declarant(taxId)
                .header("If-Match", etag(id))
                .post("/api/v1/declarations/" + id + "/goods-presentation")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_INSPECTION"))
                .body("clock.paused", equalTo(false));
        declarant(taxId)
                .header("If-Match", etag(id))
                .post("/api/v1/declarations/" + id + "/goods-presentation")
                .then()
                .statusCode(409);

        extension(first, id, "{\"workingDays\":3,\"reason\":\"Samples sent to the laboratory\"}")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/extension-too-long"));
        extension(first, id, "{\"workingDays\":2}")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/reason-required"));
        extension(first, id, "{\"workingDays\":2,\"reason\":\"Samples sent to the laboratory\"}")
                .then()
                .statusCode(200)
                .body("clock.committedMinutes", equalTo(480))
                .body("inspectionExtension.workingDays", equalTo(2));
        approval(first, id).then().statusCode(422).body("type", equalTo("https://customs.example/problems/four-eyes"));
        approval(second, id)
                .then()
                .statusCode(200)
                .body("clock.committedMinutes", equalTo(480 + 2 * 480))
                .body("inspectionExtension.approvedBy", equalTo(second));
        extension(first, id, "{\"workingDays\":1,\"reason\":\"Once more\"}")
                .then()
                .statusCode(409);
        TestTokens.as("AUDITOR")
                .get("/api/v1/declarations/" + id + "/history")
                .then()
                .body(
                        "entries.action",
                        equalTo(List.of(
                                "SUBMIT",
                                "REGISTER",
                                "REQUIRE_GOODS",
                                "GOODS_PRESENTED",
                                "REQUEST_EXTENSION",
                                "APPROVE_EXTENSION")))
                .body("entries[3].actor", not(equalTo(first))); // presented by the declarant, not the officer
    }

    @Test
    void onlyADeclarationWaitingOnItsDeclarantLapsesAfterFifteenDays() {
        String gate = Trade.gate("LPS");
        String officer = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        String waitingOnCustoms = Trade.lodge(taxId, redBody(taxId, gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String waitingOnGoods = Trade.lodge(taxId, redBody(taxId, gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        step(officer, waitingOnGoods, "REQUIRE_GOODS").then().statusCode(200);

        clock.advance(Duration.ofDays(16));
        watch.round();
        status(waitingOnGoods).body("status", equalTo("EXPIRED"));
        status(waitingOnCustoms).body("status", equalTo("REGISTERED"));
    }

    @Test
    void aClearanceAfterTheDeadlineBeforeTheWatchRanAnnouncesTheBreachOnce() {
        String gate = Trade.gate("LTC");
        String officer = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.advance(Duration.ofDays(12)); // more than two working hours, whatever the day and the holidays
        step(officer, id, "START_DOC_CHECK").then().statusCode(200);
        step(officer, id, "CLEAR").then().statusCode(200).body("clock.state", equalTo("BREACHED"));
        watch.round();
        watch.round();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(
                        List.of(
                                "customs.declarations.DeclarationSubmitted.v1",
                                "customs.declarations.DeclarationRegistered.v1",
                                "customs.declarations.CharterBreached.v1",
                                "customs.declarations.DeclarationCleared.v1"),
                        typesOf(id)));
    }

    private io.restassured.response.Response step(String officer, String id, String step) {
        return Trade.asOfficer(officer)
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body("{\"step\":\"" + step + "\"}")
                .post("/api/v1/declarations/" + id + "/steps");
    }

    private io.restassured.response.Response extension(String officer, String id, String body) {
        return Trade.asOfficer(officer)
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/declarations/" + id + "/inspection-extension");
    }

    private io.restassured.response.Response approval(String officer, String id) {
        return Trade.asOfficer(officer)
                .header("If-Match", etag(id))
                .post("/api/v1/declarations/" + id + "/inspection-extension/approval");
    }

    private static RequestSpecification declarant(String taxId) {
        return TestTokens.as("DECLARANT", "tax_id", taxId);
    }

    private static io.restassured.response.ValidatableResponse status(String id) {
        return TestTokens.as("AUDITOR").get("/api/v1/declarations/" + id).then().statusCode(200);
    }

    private static String etag(String id) {
        return TestTokens.as("AUDITOR").get("/api/v1/declarations/" + id).header("ETag");
    }

    private List<String> typesOf(String id) {
        return TopicReader.readAll(bootstrap, "customs.declarations.v1").stream()
                .filter(record -> id.equals(record.key()))
                .map(record -> new String(
                        record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .toList();
    }
}

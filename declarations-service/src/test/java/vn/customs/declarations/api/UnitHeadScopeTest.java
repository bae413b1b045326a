package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/**
 * A unit head reads the statistics and the work queue of the gates he heads only: another gate is 403
 * not-your-gate, and without a gate he gets his own gates' figures, not every gate's.
 */
@QuarkusTest
class UnitHeadScopeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aUnitHeadReadsTheFiguresAndQueueOfHisGateOnly() {
        String gate = Trade.gate("SCP");
        String other = Trade.gate("SCO");
        String head = UUID.randomUUID().toString();
        Trade.send(
                bootstrap,
                gate,
                "UnitHeadChanged",
                "{\"unitCode\":\"" + gate + "\",\"headOfficerId\":\"" + head
                        + "\",\"from\":\"2024-01-01\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        String taxId = Trade.taxId();
        String own = lodge(taxId, gate);
        lodge(taxId, gate);
        String foreign = lodge(taxId, other);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> asHead(head)
                                .queryParam("gate", gate)
                                .get("/api/v1/statistics")
                                .statusCode()
                        == 200);
        asHead(head)
                .queryParam("gate", gate)
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("declarations", equalTo(2));
        asHead(head)
                .queryParam("gate", other)
                .get("/api/v1/statistics")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/not-your-gate"));
        // without a gate: his gates together, not the department's
        asHead(head).get("/api/v1/statistics").then().statusCode(200).body("declarations", equalTo(2));
        // a dashboard still reads any gate
        TestTokens.as("DASHBOARD")
                .queryParam("gate", other)
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .body("declarations", equalTo(1));

        asHead(head)
                .get("/api/v1/work-queue")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(own))
                .body("items.id", not(hasItem(foreign)));
        asHead(head)
                .queryParam("gate", other)
                .get("/api/v1/work-queue")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/not-your-gate"));
    }

    @Test
    void aUnitHeadWhoHeadsNothingSeesNoFiguresAndAnOfficerOnlyHisGatesQueue() {
        String nobody = UUID.randomUUID().toString();
        asHead(nobody).get("/api/v1/statistics").then().statusCode(200).body("declarations", equalTo(0));
        asHead(nobody).get("/api/v1/work-queue").then().statusCode(200).body("items.size()", equalTo(0));
        String gate = Trade.gate("SCQ");
        String other = Trade.gate("SCR");
        String officer = Trade.officerAt(bootstrap, null, gate);
        Trade.asOfficer(officer)
                .queryParam("gate", other)
                .get("/api/v1/work-queue")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/not-your-gate"));
    }

    private static String lodge(String taxId, String gate) {
        return Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.specification.RequestSpecification asHead(String head) {
        return TestTokens.as("UNIT_HEAD", "officer_id", head);
    }
}

package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TopicWriter;

/**
 * An enterprise's compliance record raises its channel: its own rejected declarations and inspections' findings
 * about its declarations (not reminders) count as prior violations; at the threshold (2 by default) it goes RED
 * with the count in its reasons.
 */
@QuarkusTest
class ComplianceRecordTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void twoRejectedDeclarationsSendTheEnterprisesNextDeclarationToRed() {
        String gate = Trade.gate("CMP");
        String taxId = Trade.taxId();
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("riskReasons", not(hasItem(org.hamcrest.Matchers.startsWith("PRIOR_VIOLATIONS"))));
        rejected(taxId, gate);
        rejected(taxId, gate);
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("channel", equalTo("RED"))
                .body("riskReasons", hasItem("PRIOR_VIOLATIONS:2"));
        // another enterprise's record is its own
        String other = Trade.taxId();
        Trade.lodge(other, Trade.body(other, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("riskReasons", not(hasItem(org.hamcrest.Matchers.startsWith("PRIOR_VIOLATIONS"))));
    }

    @Test
    void anInspectionFindingAboutItsDeclarationCountsAndAReminderDoesNot() {
        String gate = Trade.gate("FND");
        String taxId = Trade.taxId();
        String declaration = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        rejected(taxId, gate);
        finding(declaration, "REMINDER");
        finding(declaration, "CORRECTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> reasons = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("riskReasons");
            return reasons.contains("PRIOR_VIOLATIONS:2");
        });
        // the reminder never counted: one rejection and one administrative finding
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("channel", equalTo("RED"))
                .body("riskReasons", hasItem("PRIOR_VIOLATIONS:2"));
    }

    private static void rejected(String taxId, String gate) {
        String body = Trade.body(taxId, Trade.lrn(), gate)
                .replace(
                        "\"date\":\"" + Trade.today().minusDays(2) + "\"",
                        "\"date\":\"" + Trade.today().plusDays(5) + "\"");
        Trade.lodge(taxId, body).then().statusCode(201).body("status", equalTo("REJECTED"));
    }

    private void finding(String declarationId, String severity) {
        String inspection = UUID.randomUUID().toString();
        TopicWriter.send(
                bootstrap,
                "customs.inspections.v1",
                inspection,
                "customs.inspections.FindingRecorded.v1",
                "{\"inspectionId\":\"" + inspection + "\",\"findingId\":\"" + UUID.randomUUID()
                        + "\",\"unitCode\":\"HUU_NGHI\",\"officerId\":null,\"category\":\"UNDERVALUATION\","
                        + "\"severity\":\"" + severity + "\",\"violationDate\":\"2026-11-01\","
                        + "\"accountableHeadOfficerId\":null,\"declarationId\":\"" + declarationId
                        + "\",\"occurredAt\":\"2026-11-02T00:00:00Z\"}");
    }
}

package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/**
 * A declaration assigned to one officer is his: another officer at the gate is refused until the head of the gate
 * reassigns it (recorded, audited); the head himself may act on it.
 */
@QuarkusTest
class ReassignmentApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    javax.sql.DataSource db;

    @Test
    void anotherOfficerActsOnlyAfterTheHeadOfTheGateReassignsTheDeclaration() throws Exception {
        String gate = Trade.gate("RAS");
        String assigned = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("assignedOfficerId", equalTo(assigned))
                .extract()
                .path("id");
        String colleague = Trade.officerAt(bootstrap, db, gate);
        String head = headOf(gate);
        String otherHead = headOf(Trade.gate("RAO"));
        String firstStep = "YELLOW".equals(channel(id)) ? "START_DOC_CHECK" : "REQUIRE_GOODS";

        step(colleague, id, firstStep)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/assigned-to-another-officer"));

        reassign(otherHead, id, colleague)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/outside-his-units"));
        TestTokens.as("UNIT_HEAD", "officer_id", head)
                .contentType("application/json")
                .body("{\"officerId\":\"" + colleague + "\",\"reason\":\"on leave\"}")
                .post("/api/v1/declarations/" + id + "/reassignment")
                .then()
                .statusCode(428);
        reassign(head, id, Trade.officerAt(bootstrap, db, Trade.gate("RAF")))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/not-posted-at-gate"));
        reassign(head, id, colleague).then().statusCode(200).body("assignedOfficerId", equalTo(colleague));

        step(assigned, id, firstStep)
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/assigned-to-another-officer"));
        step(colleague, id, firstStep).then().statusCode(200);
        TestTokens.as("AUDITOR")
                .get("/api/v1/declarations/" + id + "/history")
                .then()
                .body("entries.action", hasItem("REASSIGN"));
        assertEquals(1, audited(id));
    }

    @Test
    void theHeadOfTheGateActsOnADeclarationAssignedToAnotherOfficer() {
        String gate = Trade.gate("RAH");
        String assigned = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("assignedOfficerId", equalTo(assigned))
                .extract()
                .path("id");
        String head = Trade.officerAt(bootstrap, db, gate); // posted at the gate he heads
        headsGate(head, gate);
        String firstStep = "YELLOW".equals(channel(id)) ? "START_DOC_CHECK" : "REQUIRE_GOODS";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> step(head, id, firstStep).then().statusCode(200));
    }

    private String headOf(String gate) {
        String head = java.util.UUID.randomUUID().toString();
        headsGate(head, gate);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestTokens.as("UNIT_HEAD", "officer_id", head)
                                .queryParam("gate", gate)
                                .get("/api/v1/declarations")
                                .statusCode()
                        == 200);
        return head;
    }

    private void headsGate(String head, String gate) {
        Trade.send(
                bootstrap,
                gate,
                "UnitHeadChanged",
                "{\"unitCode\":\"" + gate + "\",\"headOfficerId\":\"" + head
                        + "\",\"from\":\"2024-01-01\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    private static io.restassured.response.Response reassign(String head, String id, String officer) {
        return TestTokens.as("UNIT_HEAD", "officer_id", head)
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body("{\"officerId\":\"" + officer + "\",\"reason\":\"The assigned officer is on leave\"}")
                .post("/api/v1/declarations/" + id + "/reassignment");
    }

    private static io.restassured.response.Response step(String officer, String id, String step) {
        return Trade.asOfficer(officer)
                .header("If-Match", etag(id))
                .contentType("application/json")
                .body("{\"step\":\"" + step + "\"}")
                .post("/api/v1/declarations/" + id + "/steps");
    }

    private static String channel(String id) {
        return TestTokens.as("AUDITOR").get("/api/v1/declarations/" + id).path("channel");
    }

    private static String etag(String id) {
        return TestTokens.as("AUDITOR").get("/api/v1/declarations/" + id).header("ETag");
    }

    private int audited(String id) throws Exception {
        try (var connection = db.getConnection();
                var statement = connection.prepareStatement("SELECT count(*) FROM platform_audit_entry"
                        + " WHERE action = 'reassign-declaration' AND object_id = ?")) {
            statement.setString(1, id);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}

package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** An officer posted to a team or post under a gate acts at that gate: assigned its declarations, and processes them. */
@QuarkusTest
class PostedUnderAGateTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @jakarta.inject.Inject
    javax.sql.DataSource db;

    @Test
    void anOfficerOfATeamUnderTheGateIsAssignedSeesAndProcessesItsDeclarations() {
        String gate = Trade.gate("TMG");
        String team = Trade.unitCode("TEAM");
        Trade.openUnit(team, "TEAM", gate);
        String post = Trade.unitCode("POST");
        Trade.openUnit(post, "TEAM", team);
        // a unit known only after the posting would leave the officer at the team: wait for the directory first
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dryRunType(post).equals("https://customs.example/problems/not-a-gate"));
        String officer = Trade.officerAt(bootstrap, db, post);

        String taxId = Trade.taxId();
        var lodged = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("assignedOfficerId", equalTo(officer))
                .extract()
                .jsonPath();
        String id = lodged.getString("id");
        Trade.asOfficer(officer)
                .get("/api/v1/work-queue")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        String firstStep = switch (lodged.getString("channel")) {
            case "GREEN" -> "CLEAR";
            case "YELLOW" -> "START_DOC_CHECK";
            default -> "REQUIRE_GOODS";
        };
        Trade.asOfficer(officer)
                .header(
                        "If-Match",
                        TestTokens.as("AUDITOR")
                                .get("/api/v1/declarations/" + id)
                                .header("ETag"))
                .contentType("application/json")
                .body("{\"step\":\"" + firstStep + "\"}")
                .post("/api/v1/declarations/" + id + "/steps")
                .then()
                .statusCode(200);
    }

    @Test
    void anOfficerOfATeamUnderAnotherGateIsRefused() {
        String gate = Trade.gate("TMA");
        String other = Trade.gate("TMB");
        String team = Trade.unitCode("TEAM");
        Trade.openUnit(team, "TEAM", other);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dryRunType(team).equals("https://customs.example/problems/not-a-gate"));
        String officer = Trade.officerAt(bootstrap, db, team);
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Trade.asOfficer(officer)
                .header(
                        "If-Match",
                        TestTokens.as("AUDITOR")
                                .get("/api/v1/declarations/" + id)
                                .header("ETag"))
                .contentType("application/json")
                .body("{\"step\":\"CLEAR\"}")
                .post("/api/v1/declarations/" + id + "/steps")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/not-posted-at-gate"));
    }

    private static String dryRunType(String unit) {
        String taxId = Trade.taxId();
        String type = TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .body(Trade.body(taxId, Trade.lrn(), unit))
                .post("/api/v1/declarations/dry-run")
                .path("type");
        return type == null ? "" : type;
    }
}

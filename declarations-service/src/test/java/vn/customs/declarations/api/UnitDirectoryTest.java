package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/**
 * A declaration names a gate staffing opened and has not closed: an unknown unit, a closed gate or a unit that is
 * not a gate is refused with 422 and a pointer to /gateCode, by lodging and by the dry-run alike.
 */
@QuarkusTest
class UnitDirectoryTest {

    @Test
    void aGateStaffingNeverOpenedIsRefusedWithAPointerToGateCode() {
        refused(Trade.unitCode("NOWHERE"), "unknown-gate");
    }

    @Test
    void aClosedGateIsRefusedFromTheDayItClosed() {
        String gate = Trade.gate("SHUT");
        String taxId = Trade.taxId();
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate)).then().statusCode(201);
        Trade.closeUnit(gate, Trade.today());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dryRun(Trade.taxId(), gate).statusCode() == 422);
        refused(gate, "gate-closed");
    }

    @Test
    void aTeamIsNotAGate() {
        String gate = Trade.gate("PARENT");
        String team = Trade.unitCode("TEAM");
        Trade.openUnit(team, "TEAM", gate);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> dryRun(Trade.taxId(), team).statusCode() == 422
                        && "https://customs.example/problems/not-a-gate"
                                .equals(dryRun(Trade.taxId(), team).path("type")));
        refused(team, "not-a-gate");
    }

    private static void refused(String gate, String code) {
        String taxId = Trade.taxId();
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/" + code))
                .body("errors.pointer", hasItem("/gateCode"));
        dryRun(taxId, gate)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/gateCode"));
    }

    private static io.restassured.response.Response dryRun(String taxId, String gate) {
        return TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .body(Trade.body(taxId, Trade.lrn(), gate))
                .post("/api/v1/declarations/dry-run");
    }
}

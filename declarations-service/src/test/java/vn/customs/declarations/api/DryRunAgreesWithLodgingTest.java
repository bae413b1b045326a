package vn.customs.declarations.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/**
 * The dry-run answers every error at once, in one errors array, and never disagrees with lodging: the same bad
 * bodies get the same status from both, and every pointer lodging names is among the dry-run's.
 */
@QuarkusTest
class DryRunAgreesWithLodgingTest {

    @Test
    void theSameBodiesGetTheSameVerdictFromTheDryRunAndFromLodging() {
        String gate = Trade.gate("AGR");
        String taxId = Trade.taxId();
        String takenLrn = Trade.lrn();
        Trade.lodge(taxId, Trade.body(taxId, takenLrn, gate)).then().statusCode(201);
        String valid = Trade.body(taxId, Trade.lrn(), gate);
        String otherEnterprise = Trade.taxId();

        record Case(String what, String caller, String body, int status, String pointer) {}
        List<Case> cases = List.of(
                new Case("missing LRN", taxId, valid.replaceFirst("\"lrn\":\"[^\"]*\",", ""), 400, "/lrn"),
                new Case(
                        "unknown currency",
                        taxId,
                        valid.replace("\"currency\":\"USD\"", "\"currency\":\"XYZ\""),
                        400,
                        "/invoice/currency"),
                new Case(
                        "HS chapter 77",
                        taxId,
                        valid.replace("\"hsCode\":\"08109094\"", "\"hsCode\":\"77109094\""),
                        400,
                        "/items/0/hsCode"),
                new Case("another enterprise's declaration", otherEnterprise, valid, 403, "/declarant/taxId"),
                new Case(
                        "LRN taken by other content",
                        taxId,
                        Trade.body(taxId, takenLrn, gate, "ELECTRONIC", "2000.00"),
                        409,
                        "/lrn"),
                new Case(
                        "unknown gate",
                        taxId,
                        Trade.body(taxId, Trade.lrn(), Trade.unitCode("NOPE")),
                        422,
                        "/gateCode"));
        for (Case bad : cases) {
            Response dryRun = dryRun(bad.caller(), bad.body());
            Response lodging = Trade.lodge(bad.caller(), bad.body());
            assertEquals(bad.status(), dryRun.statusCode(), bad.what() + ": dry-run " + dryRun.asString());
            assertEquals(bad.status(), lodging.statusCode(), bad.what() + ": lodging " + lodging.asString());
            assertEquals((String) dryRun.path("type"), (String) lodging.path("type"), bad.what());
            List<String> dryRunPointers = dryRun.path("errors.pointer");
            List<String> lodgingPointers = lodging.path("errors.pointer");
            assertTrue(dryRunPointers.contains(bad.pointer()), bad.what() + ": " + dryRunPointers);
            assertTrue(dryRunPointers.containsAll(lodgingPointers), bad.what() + ": " + lodgingPointers);
        }

        // registration would reject an invoice dated after today: lodging stores it REJECTED, the dry-run says why
        String futureInvoice = Trade.body(taxId, Trade.lrn(), gate)
                .replace(
                        "\"date\":\"" + Trade.today().minusDays(2) + "\"",
                        "\"date\":\"" + Trade.today().plusDays(3) + "\"");
        dryRun(taxId, futureInvoice).then().statusCode(422).body("errors.pointer", hasItems("/invoice/date"));
        Trade.lodge(taxId, futureInvoice).then().statusCode(201).body("status", equalTo("REJECTED"));

        // and a valid body is valid to both
        dryRun(taxId, valid).then().statusCode(200).body("valid", equalTo(true));
        Trade.lodge(taxId, valid).then().statusCode(201).body("status", equalTo("REGISTERED"));
    }

    @Test
    void theDryRunReportsEveryErrorAtOnce() {
        String taxId = Trade.taxId();
        String body = Trade.body(taxId, Trade.lrn(), Trade.unitCode("NOWHERE"))
                .replace("\"quantity\":2000", "\"quantity\":-1")
                .replace("\"currency\":\"USD\"", "\"currency\":\"XYZ\"");
        dryRun(taxId, body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItems("/items/0/quantity", "/invoice/currency", "/gateCode"));
        // another enterprise's body: its tax id too, in the same array
        dryRun(Trade.taxId(), body)
                .then()
                .statusCode(400)
                .body(
                        "errors.pointer",
                        hasItems("/items/0/quantity", "/invoice/currency", "/gateCode", "/declarant/taxId"));
    }

    private static Response dryRun(String callerTaxId, String body) {
        return TestTokens.as("DECLARANT", "tax_id", callerTaxId)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/declarations/dry-run");
    }
}

package vn.customs.declarations.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** A rejected declaration frees its LRN: the declarant corrects it and lodges it again under the same LRN. */
@QuarkusTest
class ResubmissionTest {

    @Test
    void aCorrectedDeclarationIsLodgedAgainUnderTheLrnOfTheRejectedOne() {
        String gate = Trade.gate("RES");
        String taxId = Trade.taxId();
        String lrn = Trade.lrn();
        String corrected = Trade.body(taxId, lrn, gate);
        String wrong = corrected.replace(
                "\"date\":\"" + Trade.today().minusDays(2) + "\"",
                "\"date\":\"" + Trade.today().plusDays(3) + "\"");
        String rejected = Trade.lodge(taxId, wrong)
                .then()
                .statusCode(201)
                .body("status", equalTo("REJECTED"))
                .extract()
                .path("id");
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + rejected + "/history")
                .then()
                .statusCode(200)
                .body("entries.note", hasItem(containsString("lodge it again under the same LRN")));

        String registered = Trade.lodge(taxId, corrected)
                .then()
                .statusCode(201)
                .body("status", equalTo("REGISTERED"))
                .body("lrn", equalTo(lrn))
                .body("id", not(equalTo(rejected)))
                .extract()
                .path("id");
        // now the LRN is held again: the same content is a replay, other content a conflict
        Trade.lodge(taxId, corrected).then().statusCode(200).body("id", equalTo(registered));
        Trade.lodge(taxId, Trade.body(taxId, lrn, gate, "ELECTRONIC", "2000.00"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://customs.example/problems/lrn-taken"));
        // and the rejected declaration stays readable
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + rejected)
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }
}

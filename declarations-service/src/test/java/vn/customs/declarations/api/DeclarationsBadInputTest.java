package vn.customs.declarations.api;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.platform.http.Bounds;
import vn.customs.testkit.TestTokens;

/** Bad declarations get a 400 problem+json pointing at each bad field, on lodging and on the dry run alike. */
@QuarkusTest
class DeclarationsBadInputTest {

    private static final String TAX_ID = "0109998887";

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing LRN|\"lrn\":\"LRN-1\",|/lrn",
                "missing items|\"items\":[|/items",
                "HS code of letters|\"hsCode\":\"08109094\"|/items/0/hsCode",
                "HS chapter 77|\"hsCode\":\"08109094\"|/items/0/hsCode",
                "tax id of 9 digits|\"taxId\":\"0109998887\"|/declarant/taxId",
                "unknown currency|\"currency\":\"USD\"|/invoice/currency",
                "negative amount|\"amount\":1000.00|/invoice/amount",
                "negative customs value|\"customsValue\":1000.00|/items/0/customsValue",
                "wrong type|\"quantity\":2000|/items/0/quantity",
                "unknown flow|\"flow\":\"IMPORT\"|/flow",
                "unknown country|\"country\":\"CN\"|/counterparty/country",
            })
    void aBadFieldIsNamedByItsPointer(String what, String replaced, String pointer) {
        String body = Trade.body(TAX_ID, "LRN-1", "HUU_NGHI");
        String bad;
        switch (what) {
            case "missing LRN":
                bad = body.replace(replaced, "");
                break;
            case "missing items":
                bad = body.replaceAll(",\"items\":\\[.*\\]\\}$", "}");
                break;
            case "HS code of letters":
                bad = body.replace(replaced, "\"hsCode\":\"08a09094\"");
                break;
            case "HS chapter 77":
                bad = body.replace(replaced, "\"hsCode\":\"77109094\"");
                break;
            case "tax id of 9 digits":
                bad = body.replace(replaced, "\"taxId\":\"010999888\"");
                break;
            case "unknown currency":
                bad = body.replace(replaced, "\"currency\":\"XYZ\"");
                break;
            case "negative amount":
                bad = body.replace(replaced, "\"amount\":-5");
                break;
            case "negative customs value":
                bad = body.replace(replaced, "\"customsValue\":-1");
                break;
            case "wrong type":
                bad = body.replace(replaced, "\"quantity\":\"many\"");
                break;
            case "unknown flow":
                bad = body.replace(replaced, "\"flow\":\"TRANSIT\"");
                break;
            default:
                bad = body.replace(replaced, "\"country\":\"XX\"");
        }
        for (String path : new String[] {"/api/v1/declarations", "/api/v1/declarations/dry-run"}) {
            TestTokens.as("DECLARANT", "tax_id", TAX_ID)
                    .contentType("application/json")
                    .body(bad)
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.pointer", hasItem(pointer));
        }
    }

    @Test
    void tenThousandItemsAreRefusedWithAProblemNotA500() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"hsCode\":\"08109094\",\"description\":\"Thanh long\","
                            + "\"originCountry\":\"CN\",\"quantity\":1,\"unit\":\"KGM\",\"customsValue\":1}");
        }
        String body = Trade.body(TAX_ID, Trade.lrn(), "HUU_NGHI")
                .replaceAll("\"items\":\\[.*\\]\\}$", "\"items\":[" + items + "]}");
        TestTokens.as("DECLARANT", "tax_id", TAX_ID)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/declarations")
                .then()
                .statusCode(anyOf(equalTo(400), equalTo(413)))
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void badQueryParametersAndStepsAreProblemsToo() {
        TestTokens.as("AUDITOR")
                .queryParam("status", "LOST")
                .get("/api/v1/declarations")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("status"));
        TestTokens.as("AUDITOR")
                .queryParam("from", "yesterday")
                .get("/api/v1/declarations")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("from"));
        TestTokens.as("DASHBOARD")
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-11-01")
                .get("/api/v1/statistics")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("from"));
        // the bounds the OpenAPI document states for filters, enforced
        TestTokens.as("AUDITOR")
                .queryParam("gate", "huu nghi")
                .get("/api/v1/declarations")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("gate"));
        TestTokens.as("AUDITOR")
                .queryParam("declarant", "010999888")
                .get("/api/v1/declarations")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("declarant"));
        TestTokens.as("DASHBOARD")
                .queryParam("gate", "HUU-NGHI")
                .get("/api/v1/statistics")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("gate"));
        TestTokens.as("DASHBOARD")
                .queryParam("department", "dept 1")
                .get("/api/v1/statistics")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("department"));
        TestTokens.as("DASHBOARD")
                .queryParam("department", "D".repeat(33))
                .get("/api/v1/statistics")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("department"));
        // a gate and a department at once: which one was meant?
        TestTokens.as("DASHBOARD")
                .queryParam("gate", "HUU_NGHI")
                .queryParam("department", "DEPT")
                .get("/api/v1/statistics")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("department"));
        TestTokens.as("DASHBOARD")
                .queryParam("department", "NO_SUCH_UNIT_AT_ALL")
                .get("/api/v1/statistics")
                .then()
                .statusCode(404);
        TestTokens.as("AUDITOR")
                .queryParam("cursor", "A".repeat(Bounds.CURSOR_MAX_LENGTH + 1))
                .get("/api/v1/declarations")
                .then()
                .statusCode(400)
                .body("errors.parameter", hasItem("cursor"));
        TestTokens.as("OFFICER", "officer_id", UUID.randomUUID().toString())
                .contentType("application/json")
                .body("{\"step\":\"TELEPORT\"}")
                .post("/api/v1/declarations/" + UUID.randomUUID() + "/steps")
                .then()
                .statusCode(400)
                .body("errors.pointer", hasItem("/step"));
    }
}

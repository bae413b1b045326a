package vn.customs.declarations.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** A trader's software lodges, replays and follows its declarations, and never sees another enterprise's. */
@QuarkusTest
class LodgingTest {

    @Test
    void aLodgedDeclarationIsRegisteredWithANumberAChannelItsReasonsAndARunningClock() {
        String taxId = Trade.taxId();
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), Trade.gate("LDG")))
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/declarations/[0-9a-f-]{36}"))
                .header("ETag", notNullValue())
                .body("status", equalTo("REGISTERED"))
                .body("number", matchesPattern("10\\d{10}"))
                .body("channel", notNullValue())
                .body("riskReasons", hasItem("FIRST_TIME_DECLARANT"))
                .body("riskRulesVersion", notNullValue()) // the version of the risk rules that chose the channel
                .body("clock.committedMinutes", equalTo(120))
                .body("clock.state", equalTo("ON_TRACK"))
                .body("items[0].importDutyVnd", equalTo(5000000))
                .body("items[0].vatVnd", equalTo(3000000));
    }

    @Test
    void theSameLrnWithTheSameContentReturnsTheFirstDeclarationAndWithOtherContentIsRefused() {
        String taxId = Trade.taxId();
        String gate = Trade.gate("LRN");
        String lrn = Trade.lrn();
        String first = Trade.lodge(taxId, Trade.body(taxId, lrn, gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Trade.lodge(taxId, Trade.body(taxId, lrn, gate)).then().statusCode(200).body("id", equalTo(first));
        Trade.lodge(taxId, Trade.body(taxId, lrn, gate, "ELECTRONIC", "2000.00"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/lrn-taken"));
        // another enterprise may use the same LRN
        String other = Trade.taxId();
        Trade.lodge(other, Trade.body(other, lrn, gate)).then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void fiftyConcurrentLodgementsOfOneLrnMakeOneDeclarationAndNoServerError() throws Exception {
        for (boolean sameContent : new boolean[] {true, false}) {
            String taxId = Trade.taxId();
            String gate = Trade.gate("RACE");
            String lrn = Trade.lrn();
            List<Integer> statuses = concurrently(
                    50,
                    i -> Trade.lodge(
                                    taxId,
                                    Trade.body(
                                            taxId,
                                            lrn,
                                            gate,
                                            "ELECTRONIC",
                                            sameContent ? "48500.00" : (1000 + i) + ".00"))
                            .statusCode());
            assertEquals(0, statuses.stream().filter(status -> status >= 500).count(), "statuses: " + statuses);
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), "statuses: " + statuses);
            // the same content is answered with the first declaration, other content with 409 lrn-taken
            assertEquals(
                    49,
                    statuses.stream()
                            .filter(status -> status == (sameContent ? 200 : 409))
                            .count(),
                    "statuses: " + statuses);
            TestTokens.as("DECLARANT", "tax_id", taxId)
                    .get("/api/v1/declarations")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1));
        }
    }

    private static List<Integer> concurrently(int requests, java.util.function.IntFunction<Integer> request)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void addingADocumentNeedsIfMatchAndAddsItOnceUnderOneIdempotencyKey() {
        String taxId = Trade.taxId();
        var lodged = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), Trade.gate("DOC")))
                .then()
                .statusCode(201)
                .extract();
        String id = lodged.path("id");
        String etag = lodged.header("ETag");
        String document = "{\"type\":\"CO\",\"reference\":\"E-2026-CN-0091\"}";
        String path = "/api/v1/declarations/" + id + "/documents";

        TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .body(document)
                .post(path)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .header("If-Match", "\"999\"")
                .body(document)
                .post(path)
                .then()
                .statusCode(412);
        String key = "doc-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            TestTokens.as("DECLARANT", "tax_id", taxId)
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .header("Idempotency-Key", key)
                    .body(document)
                    .post(path)
                    .then()
                    .statusCode(200)
                    .header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"))
                    .body("documents.size()", equalTo(1));
        }
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + id)
                .then()
                .body("documents.reference", equalTo(List.of("E-2026-CN-0091")));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponse() {
        String taxId = Trade.taxId();
        String key = UUID.randomUUID().toString();
        String body = Trade.body(taxId, Trade.lrn(), Trade.gate("IDK"));
        String first = TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/declarations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/declarations")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void anEnterpriseNeverSeesAnotherEnterprisesDeclaration() {
        String owner = Trade.taxId();
        String id = Trade.lodge(owner, Trade.body(owner, Trade.lrn(), Trade.gate("TEN")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String stranger = Trade.taxId();
        for (String path : List.of("", "/history", "/clock")) {
            TestTokens.as("DECLARANT", "tax_id", stranger)
                    .get("/api/v1/declarations/" + id + path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            TestTokens.as("DECLARANT", "tax_id", owner)
                    .get("/api/v1/declarations/" + id + path)
                    .then()
                    .statusCode(200);
        }
        TestTokens.as("DECLARANT", "tax_id", stranger)
                .header("If-Match", "\"0\"") // If-Match is read at the edge: without it, 428 for any id
                .contentType("application/json")
                .body("{\"type\":\"CO\",\"reference\":\"X\"}")
                .post("/api/v1/declarations/" + id + "/documents")
                .then()
                .statusCode(404);
        assertEquals(
                List.of(),
                TestTokens.as("DECLARANT", "tax_id", stranger)
                        .queryParam("declarant", owner)
                        .get("/api/v1/declarations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items"));
        assertEquals(
                List.of(id),
                TestTokens.as("DECLARANT", "tax_id", owner)
                        .get("/api/v1/declarations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id"));
        // lodging in another enterprise's name is refused
        Trade.lodge(stranger, Trade.body(owner, Trade.lrn(), Trade.gate("TEN")))
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/not-your-enterprise"))
                .body("errors[0].pointer", equalTo("/declarant/taxId"));
    }

    @Test
    void anAmendmentMakesANewVersionAndKeepsTheOldOneReadable() {
        String taxId = Trade.taxId();
        String gate = Trade.gate("AMD");
        String lrn = Trade.lrn();
        var lodged = Trade.lodge(taxId, Trade.body(taxId, lrn, gate))
                .then()
                .statusCode(201)
                .extract();
        String id = lodged.path("id");
        String amended = Trade.body(taxId, lrn, gate, "ELECTRONIC", "2000.00");

        TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .body(amended)
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(428);
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("If-Match", lodged.header("ETag"))
                .contentType("application/json")
                .body(amended)
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(200)
                .body("amendments", equalTo(1))
                .body("invoice.amount", equalTo(2000.0f))
                .body("items[0].importDutyVnd", equalTo(10000000))
                .body("number", equalTo(lodged.path("number")));
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + id + "/versions/1")
                .then()
                .statusCode(200)
                .body("invoice.amount", equalTo(1000.0f))
                .body("lrn", equalTo(lrn));
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + id + "/versions/2")
                .then()
                .statusCode(404);
        TestTokens.as("DECLARANT", "tax_id", Trade.taxId())
                .get("/api/v1/declarations/" + id + "/versions/1")
                .then()
                .statusCode(404);
        // the stale ETag of the first version no longer matches
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("If-Match", lodged.header("ETag"))
                .contentType("application/json")
                .body(amended)
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(412);
        // an amendment cannot move the declaration to another gate
        String etag = TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + id)
                .header("ETag");
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .header("If-Match", etag)
                .contentType("application/json")
                .body(Trade.body(taxId, lrn, Trade.gate("OTHER")))
                .post("/api/v1/declarations/" + id + "/amendments")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/amendment-changes-identity"));
    }

    @Test
    void aDryRunComputesDutiesAndStoresNothing() {
        String taxId = Trade.taxId();
        TestTokens.as("DECLARANT", "tax_id", taxId)
                .contentType("application/json")
                .body(Trade.body(taxId, "DRY-1", Trade.gate("DRY")))
                .post("/api/v1/declarations/dry-run")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("importDutyVnd", equalTo(5000000))
                .body("vatVnd", equalTo(3000000));
        assertEquals(
                List.of(),
                TestTokens.as("DECLARANT", "tax_id", taxId)
                        .get("/api/v1/declarations")
                        .then()
                        .extract()
                        .path("items"));
    }
}

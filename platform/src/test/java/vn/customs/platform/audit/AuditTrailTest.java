package vn.customs.platform.audit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;

/** Auditors read who did what; a changed or deleted entry is found by verification. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    @Test
    void anActionLeavesAnEntryWithWhoWhatWhichAndTheCorrelationId() {
        String officer = "officer-" + UUID.randomUUID();
        act(officer, "audit-" + officer);

        Map<String, Object> entry = findEntry(officer);
        assertEquals("test-personnel", entry.get("subject"));
        assertEquals("PERSONNEL", entry.get("roles"));
        assertEquals("move-officer", entry.get("action"));
        assertEquals("officer", entry.get("objectType"));
        assertEquals("audit-" + officer, entry.get("correlationId"));
        assertEquals("{\"decision\":\"QD-17/2026\",\"to\":\"HUU_NGHI\"}", entry.get("details"));
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        TestTokens.as("PERSONNEL").get("/api/v1/audit-entries").then().statusCode(403);
        TestTokens.as("PERSONNEL")
                .get("/api/v1/audit-entries/verification")
                .then()
                .statusCode(403);
    }

    @Test
    void anEditedOrDeletedEntryIsDetectedAndNamed() throws Exception {
        String officer = "officer-" + UUID.randomUUID();
        act(officer, "tamper-" + officer);
        act("bystander-" + UUID.randomUUID(), "tamper-bystander");
        await().atMost(Duration.ofSeconds(30)).until(() -> verification().getInt("unsealedEntries") == 0);
        assertTrue(verification().getBoolean("valid"));
        long position = ((Number) findEntry(officer).get("chainPosition")).longValue();

        String entry = "FROM platform_audit_entry WHERE object_id = '" + officer + "'";
        assertDetected(
                "UPDATE platform_audit_entry SET subject = 'someone-else' WHERE object_id = '" + officer + "'",
                "UPDATE platform_audit_entry SET subject = 'test-personnel' WHERE object_id = '" + officer + "'",
                position,
                "entry was changed after it was sealed");
        assertDetected(
                "CREATE TEMP TABLE kept AS SELECT * " + entry + "; DELETE " + entry,
                "INSERT INTO platform_audit_entry SELECT * FROM kept; DROP TABLE kept",
                position,
                "entry at position " + position + " is missing");
        // seals are rows of their own: removing one leaves a gap in the chain
        String seal = "FROM platform_audit_seal WHERE chain_position = " + position;
        assertDetected(
                "CREATE TEMP TABLE kept AS SELECT * " + seal + "; DELETE " + seal,
                "INSERT INTO platform_audit_seal SELECT * FROM kept; DROP TABLE kept",
                position,
                "entry at position " + position + " is missing");
    }

    /** Tampers with the trail, expects verification to name the position and the problem, then undoes it. */
    private void assertDetected(String tamper, String undo, long position, String problem) throws Exception {
        // one connection for both statements: the temporary table that keeps a removed row belongs to it
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(tamper);
            try {
                JsonPath result = verification();
                assertFalse(result.getBoolean("valid"));
                assertEquals(position, result.getLong("firstBrokenPosition"));
                assertEquals(problem, result.getString("problem"));
            } finally {
                statement.execute(undo);
            }
        }
        assertTrue(verification().getBoolean("valid"), "undone, the chain holds again");
    }

    private static void act(String officer, String correlationId) {
        TestTokens.as("PERSONNEL")
                .header("X-Correlation-ID", correlationId)
                .post("/api/v1/test-audited/" + officer + "/moves")
                .then()
                .statusCode(204);
    }

    private static Map<String, Object> findEntry(String officer) {
        String next = "/api/v1/audit-entries?limit=200";
        while (next != null) {
            JsonPath page = TestTokens.as("AUDITOR")
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Map<String, Object> entry : page.<Map<String, Object>>getList("items")) {
                if (officer.equals(entry.get("objectId"))) {
                    return entry;
                }
            }
            next = page.getString("next");
        }
        throw new AssertionError("no audit entry for " + officer);
    }

    private static JsonPath verification() {
        return TestTokens.as("AUDITOR")
                .get("/api/v1/audit-entries/verification")
                .then()
                .statusCode(200)
                .body("sealedEntries", org.hamcrest.Matchers.notNullValue())
                .extract()
                .jsonPath();
    }
}

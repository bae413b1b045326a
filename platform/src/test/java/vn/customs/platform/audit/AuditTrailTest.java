package vn.customs.platform.audit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Inject
    AuditCheckpoints checkpoints;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

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
    void theListPagesThroughSealedEntriesByChainPositionWithoutGaps() {
        for (int i = 0; i < 3; i++) {
            act("paged-" + UUID.randomUUID(), "paged-" + i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> verification().getInt("unsealedEntries") == 0);
        long expected = 1;
        for (Map<String, Object> entry : sealedEntries(2)) {
            assertEquals(
                    expected++, ((Number) entry.get("chainPosition")).longValue(), "chain order, no gap, no repeat");
        }
        assertEquals(verification().getLong("sealedEntries") + 1, expected);
    }

    @Test
    void sealsRecomputedWithoutTheKeyAfterAnEditAreDetected() throws Exception {
        String officer = "officer-" + UUID.randomUUID();
        act(officer, "forge-" + officer);
        act("bystander-" + UUID.randomUUID(), "forge-bystander");
        long position = sealedPosition(officer);
        // The database owner edits the entry and recomputes its seal and every later one, as SHA-256 can be
        // recomputed by anyone: without the HMAC key the seals cannot match.
        String forge = "UPDATE platform_audit_entry SET subject = 'someone-else' WHERE object_id = '" + officer + "';"
                + " CREATE TEMP TABLE kept_seals AS SELECT * FROM platform_audit_seal WHERE chain_position >= "
                + position + "; UPDATE platform_audit_seal SET hash = encode(sha256(convert_to(previous_hash || id,"
                + " 'UTF8')), 'hex') WHERE chain_position >= " + position;
        String undo = "UPDATE platform_audit_entry SET subject = 'test-personnel' WHERE object_id = '" + officer + "';"
                + " UPDATE platform_audit_seal s SET hash = k.hash FROM kept_seals k WHERE s.id = k.id;"
                + " DROP TABLE kept_seals";
        whileTampered(forge, undo, result -> {
            assertEquals(position, result.getLong("firstBrokenPosition"));
            assertEquals("entry was changed after it was sealed", result.getString("problem"));
            // and the forged head is never copied out to Kafka as a checkpoint
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
                            IllegalStateException.class, () -> checkpoints.publish())
                    .getMessage()
                    .contains("does not verify under its key"));
        });
    }

    @Test
    void aReorderedPairIsDetectedAtTheFirstOfThem() throws Exception {
        String first = "officer-" + UUID.randomUUID();
        act(first, "reorder-1");
        String second = "officer-" + UUID.randomUUID();
        act(second, "reorder-2");
        long a = sealedPosition(first);
        long b = sealedPosition(second);
        String swap = "UPDATE platform_audit_seal SET chain_position = -1 WHERE chain_position = " + a + ";"
                + " UPDATE platform_audit_seal SET chain_position = " + a + " WHERE chain_position = " + b + ";"
                + " UPDATE platform_audit_seal SET chain_position = " + b + " WHERE chain_position = -1";
        assertDetected(swap, swap, Math.min(a, b), null);
    }

    @Test
    void aTailRemovedAfterACheckpointIsDetected() throws Exception {
        act("officer-" + UUID.randomUUID(), "tail-1");
        String last = "officer-" + UUID.randomUUID();
        act(last, "tail-2");
        long position = sealedPosition(last);
        long head = checkpoints.publish().chainPosition();
        assertTrue(head >= position);
        String tail = " WHERE id IN (SELECT id FROM platform_audit_seal WHERE chain_position > " + (position - 1) + ")";
        String truncate = "CREATE TEMP TABLE kept_entries AS SELECT * FROM platform_audit_entry" + tail + ";"
                + " CREATE TEMP TABLE kept_seals AS SELECT * FROM platform_audit_seal" + tail + ";"
                + " DELETE FROM platform_audit_seal" + tail + "; DELETE FROM platform_audit_entry WHERE id IN"
                + " (SELECT id FROM kept_entries)";
        String undo = "INSERT INTO platform_audit_entry SELECT * FROM kept_entries;"
                + " INSERT INTO platform_audit_seal SELECT * FROM kept_seals; DROP TABLE kept_entries, kept_seals";
        whileTampered(truncate, undo, result -> {
            assertEquals(head, result.getLong("checkpointPosition"));
            assertEquals(position, result.getLong("firstBrokenPosition"));
            assertTrue(result.getString("problem").contains("entries were removed from its end"));
            // the next checkpoint does not make the shortened chain good: it is refused, the evidence stays
            IllegalStateException refused = assertThrows(IllegalStateException.class, checkpoints::publish);
            assertTrue(refused.getMessage().contains("below the last checkpoint"), refused.getMessage());
            assertEquals(head, checkpoints.latest().orElseThrow().chainPosition());
        });
    }

    @Inject
    AuditTrail audit;

    @Test
    void aWithheldEntryLeavesNoTraceUntilItsHoldIsReleasedAndIsThenSealedWithItsOriginalTime() {
        String sealedObject = "sealed-" + UUID.randomUUID();
        String hold = "inspection:" + sealedObject;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> audit.recordWithheld(hold, "decide-inspection", "inspection", sealedObject, Map.of()));
        act("after-" + sealedObject, "after-" + sealedObject); // an ordinary entry, recorded later
        findEntry("after-" + sealedObject); // sealed: so the sealer ran after the withheld entry was written
        long sealedBefore = verification().getLong("sealedEntries");

        assertEquals(null, findSealedEntry(sealedObject), "no listing shows it");
        JsonPath held = verification();
        assertTrue(held.getBoolean("valid"), "a withheld entry is not an entry kept from the sealer");
        assertEquals(0, held.getInt("unsealedEntries"), "nor does it count as waiting for the sealer");

        int released = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> audit.release(hold));
        assertEquals(1, released);
        Map<String, Object> entry = findEntry(sealedObject);
        assertEquals("decide-inspection", entry.get("action"));
        assertTrue(((Number) entry.get("chainPosition")).longValue() > sealedBefore, "sealed at the end of the chain");
        assertTrue(verification().getBoolean("valid"));
        assertEquals(
                0, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> audit.release(hold)));
    }

    @Test
    void anEntryKeptFromTheSealerIsDetected() throws Exception {
        UUID entry = UUID.randomUUID();
        // As if its id had been deleted from the sealer's queue ten minutes ago, to be edited at leisure.
        String hide = "INSERT INTO platform_audit_entry (entry_id, recorded_at, subject, roles, action, object_type,"
                + " details) VALUES ('" + entry + "', now() - interval '10 minutes', 'x', 'PERSONNEL', 'move-officer',"
                + " 'officer', '{}')";
        whileTampered(hide, "DELETE FROM platform_audit_entry WHERE entry_id = '" + entry + "'", result -> {
            assertEquals(entry.toString(), result.getString("brokenEntryId"));
            assertTrue(result.getString("problem").contains("is still unsealed after PT5M"));
        });
    }

    @Test
    void theChainHeadIsPublishedToKafkaPeriodically() {
        String officer = "officer-" + UUID.randomUUID();
        act(officer, "checkpoint-" + officer);
        long position = sealedPosition(officer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var published =
                    vn.customs.testkit.TopicReader.readAll(bootstrapServers, "customs.platform.audit-checkpoints.v1");
            assertTrue(
                    published.stream()
                            .map(record -> new JsonPath(record.value()))
                            .anyMatch(checkpoint -> checkpoint.getLong("chainPosition") >= position
                                    && "platform".equals(checkpoint.getString("service"))
                                    && checkpoint.getString("hash").length() == 64),
                    "a checkpoint at or past position " + position);
        });
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

    private long sealedPosition(String officer) {
        await().atMost(Duration.ofSeconds(30)).until(() -> verification().getInt("unsealedEntries") == 0);
        return ((Number) findEntry(officer).get("chainPosition")).longValue();
    }

    /** Tampers with the trail, expects verification to name the position and the problem, then undoes it. */
    private void assertDetected(String tamper, String undo, long position, String problem) throws Exception {
        whileTampered(tamper, undo, result -> {
            assertEquals(position, result.getLong("firstBrokenPosition"));
            if (problem != null) {
                assertEquals(problem, result.getString("problem"));
            }
        });
    }

    /**
     * Tampers with the trail through plain SQL as the database owner, expects verification to fail as described,
     * then undoes the tampering and expects the trail to hold again.
     */
    private void whileTampered(String tamper, String undo, java.util.function.Consumer<JsonPath> expectations)
            throws Exception {
        // one connection for both statements: the temporary table that keeps a removed row belongs to it
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(tamper);
            try {
                JsonPath result = verification();
                assertFalse(result.getBoolean("valid"));
                expectations.accept(result);
            } finally {
                statement.execute(undo);
            }
        }
        assertTrue(verification().getBoolean("valid"), "undone, the trail holds again");
    }

    private static void act(String officer, String correlationId) {
        TestTokens.as("PERSONNEL")
                .header("X-Correlation-ID", correlationId)
                .post("/api/v1/test-audited/" + officer + "/moves")
                .then()
                .statusCode(204);
    }

    /** The entry once it is sealed (the list shows sealed entries only). */
    private static Map<String, Object> findEntry(String officer) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> findSealedEntry(officer), java.util.Objects::nonNull);
    }

    private static Map<String, Object> findSealedEntry(String officer) {
        return sealedEntries(200).stream()
                .filter(entry -> officer.equals(entry.get("objectId")))
                .findFirst()
                .orElse(null);
    }

    /** Every sealed entry, following next from the first page. */
    private static List<Map<String, Object>> sealedEntries(int pageSize) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String next = "/api/v1/audit-entries?limit=" + pageSize;
        while (next != null) {
            JsonPath page = TestTokens.as("AUDITOR")
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            entries.addAll(page.<Map<String, Object>>getList("items"));
            next = page.getString("next");
        }
        return entries;
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

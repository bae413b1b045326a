package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.declarations.application.CharterWatch;
import vn.customs.testkit.TopicReader;

/**
 * Officers act only at the gate where staffing's events post them, never suspended or on an enterprise they declared
 * an interest in; a channel is lowered only with a second officer; a late clock is announced on the topic.
 */
@QuarkusTest
class OfficersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @jakarta.inject.Inject
    javax.sql.DataSource db;

    @Inject
    TestClock clock;

    @Inject
    CharterWatch watch;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anOfficerPostedAtAnotherGateIsRefusedAndTheOneAtTheGateProcessesTheDeclarationToClearance() {
        String gate = Trade.gate("OFF");
        String officer = Trade.officerAt(bootstrap, db, gate);
        String elsewhere = Trade.officerAt(bootstrap, db, Trade.gate("ELS"));
        String taxId = Trade.taxId();
        JsonPath lodged = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = lodged.getString("id");
        assertEquals(officer, lodged.getString("assignedOfficerId"), "the only officer on duty at the gate");

        Trade.asOfficer(elsewhere)
                .header("If-Match", etag(officer, id))
                .contentType("application/json")
                .body("{\"step\":\"" + firstStep(lodged.getString("channel")) + "\"}")
                .post("/api/v1/declarations/" + id + "/steps")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://customs.example/problems/not-posted-at-gate"));
        Trade.asOfficer(elsewhere).get("/api/v1/declarations/" + id).then().statusCode(404);
        Trade.asOfficer(officer)
                .get("/api/v1/work-queue")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        for (String step : pathToClearance(lodged.getString("channel"))) {
            Trade.asOfficer(officer)
                    .header("If-Match", etag(officer, id))
                    .contentType("application/json")
                    .body("{\"step\":\"" + step + "\"}")
                    .post("/api/v1/declarations/" + id + "/steps")
                    .then()
                    .statusCode(200);
        }
        Trade.asOfficer(officer)
                .get("/api/v1/declarations/" + id)
                .then()
                .body("status", equalTo("CLEARED"))
                .body("clock.state", equalTo("MET"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(
                        List.of(
                                "customs.declarations.DeclarationSubmitted.v1",
                                "customs.declarations.DeclarationRegistered.v1",
                                "customs.declarations.DeclarationCleared.v1"),
                        typesOf(id)));
    }

    @Test
    void aSuspendedOfficerAndAnOfficerWithAnInterestInTheEnterpriseAreRefused() {
        String gate = Trade.gate("SUS");
        String taxId = Trade.taxId();
        String conflicted = Trade.officerAt(bootstrap, db, gate, taxId);
        String suspended = Trade.officerAt(bootstrap, db, gate);
        JsonPath lodged = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = lodged.getString("id");
        assertEquals(suspended, lodged.getString("assignedOfficerId"), "never the officer with an interest");
        String step = "{\"step\":\"" + firstStep(lodged.getString("channel")) + "\"}";

        Trade.asOfficer(conflicted)
                .header("If-Match", etag(suspended, id))
                .contentType("application/json")
                .body(step)
                .post("/api/v1/declarations/" + id + "/steps")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://customs.example/problems/conflict-of-interest"));
        Trade.suspend(bootstrap, suspended);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Trade.asOfficer(suspended)
                        .header("If-Match", etag(conflicted, id))
                        .contentType("application/json")
                        .body(step)
                        .post("/api/v1/declarations/" + id + "/steps")
                        .then()
                        .statusCode(403)
                        .body("type", equalTo("https://customs.example/problems/officer-suspended")));
    }

    @Test
    void aLowerChannelNeedsASecondOfficersApprovalAndIsAnnounced() {
        String gate = Trade.gate("OVR");
        String one = Trade.officerAt(bootstrap, db, gate);
        String other = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        JsonPath lodged = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = lodged.getString("id");
        // the officer holding the declaration proposes; the other approves
        String first = lodged.getString("assignedOfficerId");
        String second = first.equals(one) ? other : one;
        // the first declaration of an enterprise is at least YELLOW (first-time declarant)
        Trade.asOfficer(first)
                .header("If-Match", etag(first, id))
                .contentType("application/json")
                .body("{\"channel\":\"GREEN\",\"reasonCode\":\"TRUSTED_TRADER\"}")
                .post("/api/v1/declarations/" + id + "/channel-override")
                .then()
                .statusCode(200)
                .body("proposedChannel", equalTo("GREEN"));
        Trade.asOfficer(first)
                .header("If-Match", etag(first, id))
                .post("/api/v1/declarations/" + id + "/channel-override/approval")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/four-eyes"));
        Trade.asOfficer(second)
                .header("If-Match", etag(second, id))
                .post("/api/v1/declarations/" + id + "/channel-override/approval")
                .then()
                .statusCode(200)
                .body("channel", equalTo("GREEN"))
                .body("overrideApprovedBy", equalTo(second));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> typesOf(id).contains("customs.declarations.ChannelOverridden.v1"));
        // Inspections weigh overrides concentrated on one enterprise: the event names it.
        String overridden = TopicReader.readAll(bootstrap, "customs.declarations.v1").stream()
                .filter(record -> id.equals(record.key()))
                .filter(record -> type(record).equals("customs.declarations.ChannelOverridden.v1"))
                .map(ConsumerRecord::value)
                .findFirst()
                .orElseThrow();
        assertEquals(taxId, new JsonPath(overridden).getString("declarantTaxId"));
        assertEquals(gate, new JsonPath(overridden).getString("gateCode"));
    }

    @Test
    void declarationsGoToTheLeastLoadedOfficerOnDutyAtTheGate() {
        String gate = Trade.gate("LLD");
        String first = Trade.officerAt(bootstrap, db, gate);
        String second = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        List<JsonPath> lodged = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lodged.add(Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath());
        }
        java.util.Map<String, Long> load = lodged.stream()
                .collect(Collectors.groupingBy(d -> d.getString("assignedOfficerId"), Collectors.counting()));
        assertEquals(java.util.Map.of(first, 2L, second, 2L), load);

        // the officer who finishes one of his is the least loaded and gets the next
        JsonPath finished = lodged.stream()
                .filter(d -> d.getString("assignedOfficerId").equals(second))
                .findFirst()
                .orElseThrow();
        for (String step : pathToClearance(finished.getString("channel"))) {
            Trade.asOfficer(second)
                    .header("If-Match", etag(second, finished.getString("id")))
                    .contentType("application/json")
                    .body("{\"step\":\"" + step + "\"}")
                    .post("/api/v1/declarations/" + finished.getString("id") + "/steps")
                    .then()
                    .statusCode(200);
        }
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .body("assignedOfficerId", equalTo(second));
    }

    @Test
    void aSubmitPassesOverAnOfficerAnotherSubmitIsAssigningAndWaitsOnlyWhenAllAreTaken() throws Exception {
        String gate = Trade.gate("BSY");
        String one = Trade.officerAt(bootstrap, db, gate);
        String other = Trade.officerAt(bootstrap, db, gate);
        String taxId = Trade.taxId();
        // the posting row assignment locks: held here as a concurrent submit's transaction would hold it
        String busy = one.compareTo(other) < 0 ? one : other;
        String free = busy.equals(one) ? other : one;
        try (java.sql.Connection assigning = db.getConnection()) {
            assigning.setAutoCommit(false);
            lockPostings(assigning, busy);
            assertEquals(free, lodgeAtOnce(taxId, gate).get(30, TimeUnit.SECONDS), "not queued behind the other");

            lockPostings(assigning, free);
            CompletableFuture<String> waiting = lodgeAtOnce(taxId, gate);
            await().atMost(Duration.ofSeconds(30)).until(this::waitsForARowLock);
            assigning.rollback();
            assertEquals(busy, waiting.get(30, TimeUnit.SECONDS), "the least loaded, once free");
        }
    }

    /** Lodges on another thread, so a submit that waits on a lock this test holds cannot hang the test. */
    private static CompletableFuture<String> lodgeAtOnce(String taxId, String gate) {
        return CompletableFuture.supplyAsync(() -> Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("assignedOfficerId"));
    }

    private static void lockPostings(java.sql.Connection connection, String officer) throws java.sql.SQLException {
        try (var lock =
                connection.prepareStatement("SELECT 1 FROM officer_postings WHERE officer_id = ?::uuid FOR UPDATE")) {
            lock.setString(1, officer);
            lock.executeQuery().close();
        }
    }

    private boolean waitsForARowLock() throws java.sql.SQLException {
        try (java.sql.Connection connection = db.getConnection();
                var waiting = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND query LIKE '%officer_postings%'");
                var rows = waiting.executeQuery()) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    @Test
    void aUnitHeadReadsTheDeclarationsOfTheGateHeHeadsAndNoOther() {
        String gate = Trade.gate("HED");
        String other = Trade.gate("HEO");
        String head = UUID.randomUUID().toString();
        Trade.send(
                bootstrap,
                gate,
                "UnitHeadChanged",
                "{\"unitCode\":\"" + gate + "\",\"headOfficerId\":\"" + head
                        + "\",\"from\":\"2024-01-01\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        String taxId = Trade.taxId();
        String own = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), gate))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String foreign = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), other))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> vn.customs.testkit.TestTokens.as("UNIT_HEAD", "officer_id", head)
                        .get("/api/v1/declarations/" + own)
                        .then()
                        .statusCode(200));
        vn.customs.testkit.TestTokens.as("UNIT_HEAD", "officer_id", head)
                .get("/api/v1/declarations/" + foreign)
                .then()
                .statusCode(404);
        vn.customs.testkit.TestTokens.as("UNIT_HEAD", "officer_id", head)
                .queryParam("declarant", taxId)
                .get("/api/v1/declarations")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(own)));
        vn.customs.testkit.TestTokens.as("AUDITOR")
                .queryParam("declarant", taxId)
                .get("/api/v1/declarations")
                .then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void aClockThatRunsOutIsAnnouncedOnTheTopicOnce() {
        String taxId = Trade.taxId();
        String id = Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), Trade.gate("BRC")))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.advance(Duration.ofDays(12)); // more than two working hours, whatever the day and the holidays
        watch.round();
        watch.round();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(
                        1,
                        typesOf(id).stream()
                                .filter(type -> type.endsWith("CharterBreached.v1"))
                                .count()));
        vn.customs.testkit.TestTokens.as("DECLARANT", "tax_id", taxId)
                .get("/api/v1/declarations/" + id + "/clock")
                .then()
                .body("state", equalTo("BREACHED"));
    }

    @Test
    void anEndOfAPostingNeverStartedHereIsDeadLetteredWithItsReasonAndAppliesOnReplayOnceItsStartIsHere()
            throws Exception {
        String gate = Trade.gate("END");
        String officer = UUID.randomUUID().toString();
        String posting = UUID.randomUUID().toString();
        Trade.send(
                bootstrap,
                officer,
                "PostingEnded",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + posting + "\",\"unitCode\":\"" + gate
                        + "\",\"postId\":\"" + UUID.randomUUID() + "\",\"to\":\"2026-06-30\","
                        + "\"decisionNumber\":\"9/QĐ\",\"occurredAt\":\"2026-06-30T00:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(1, deadLetters(officer).size()));
        String reason = new String(
                deadLetters(officer)
                        .get(0)
                        .headers()
                        .lastHeader("dead-letter-reason")
                        .value(),
                StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(
                reason.contains("posting " + posting + " ended, but its start (OfficerPosted) was never applied"),
                reason);

        // The start arrives (late, or after a fix upstream); a replay of the dead letters then applies the end once.
        Trade.send(
                bootstrap,
                officer,
                "OfficerPosted",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + posting + "\",\"unitCode\":\"" + gate
                        + "\",\"postId\":\"" + UUID.randomUUID() + "\",\"postFunction\":\"CLEARANCE\","
                        + "\"sensitivePost\":true,\"from\":\"2024-01-01\",\"kind\":\"INITIAL\","
                        + "\"decisionNumber\":\"1/QĐ\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> postingEnd(posting) != null);
        assertEquals("open", postingEnd(posting));

        for (int replay = 0; replay < 2; replay++) {
            vn.customs.testkit.TestTokens.as("INTEGRATION")
                    .post("/api/v1/consumers/declarations.officers/dead-letter-replays")
                    .then()
                    .statusCode(200)
                    .body("deadLetterTopic", equalTo("customs.staffing.v1.dlq.declarations"))
                    .body("applied", replay == 0 ? greaterThanOrEqualTo(1) : equalTo(0));
            assertEquals("2026-06-30", postingEnd(posting), "the officer left the gate on the day staffing said");
        }
    }

    private List<ConsumerRecord<String, String>> deadLetters(String key) {
        return TopicReader.readAll(bootstrap, "customs.staffing.v1.dlq.declarations").stream()
                .filter(record -> key.equals(record.key()))
                .collect(Collectors.toList());
    }

    /** The end of a posting in this service's read model: null when unknown, "open" while it lasts. */
    private String postingEnd(String posting) throws Exception {
        try (var connection = db.getConnection();
                var statement =
                        connection.prepareStatement("SELECT valid_to FROM officer_postings WHERE posting_id = ?")) {
            statement.setString(1, posting);
            try (var row = statement.executeQuery()) {
                return !row.next() ? null : row.getString(1) == null ? "open" : row.getString(1);
            }
        }
    }

    private List<String> typesOf(String id) {
        return TopicReader.readAll(bootstrap, "customs.declarations.v1").stream()
                .filter(record -> id.equals(record.key()))
                .map(OfficersTest::type)
                .collect(Collectors.toList());
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8);
    }

    /** The declaration's current ETag (read by an auditor, who sees every gate). */
    private static String etag(String officer, String id) {
        return vn.customs.testkit.TestTokens.as("AUDITOR")
                .get("/api/v1/declarations/" + id)
                .header("ETag");
    }

    private static String firstStep(String channel) {
        return pathToClearance(channel).get(0);
    }

    private static List<String> pathToClearance(String channel) {
        switch (channel) {
            case "GREEN":
                return List.of("CLEAR");
            case "YELLOW":
                return List.of("START_DOC_CHECK", "CLEAR");
            default:
                return List.of("REQUIRE_GOODS", "GOODS_PRESENTED", "CLEAR");
        }
    }
}

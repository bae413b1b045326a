package vn.customs.platform.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.contracts.Topics;
import vn.customs.testkit.KafkaOutage;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;

/**
 * Nothing accepted is lost and nothing is published twice: state changes made while Kafka is away reach the
 * topic once it returns, each exactly once and in order per aggregate, also with two relays on one database.
 */
@QuarkusTest
class OutboxTest {

    private static final String TOPIC = Topics.of("platformtest");

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxSignal signal;

    @Inject
    OutboxBacklog backlog;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void changesAcceptedWhileKafkaIsAwayArriveOnceEachAndInOrderWhenItReturns() {
        List<String> shipments = shipments(10);
        KafkaOutage.begin();
        try {
            recordSteps(shipments, 100); // 1,000 state changes, all accepted without Kafka
            // Operators see the backlog while Kafka is away.
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().get("/q/metrics")
                            .then()
                            .body(org.hamcrest.Matchers.containsString("customs_outbox_pending_events 1000.0")));
        } finally {
            KafkaOutage.end();
        }

        awaitEverythingSent();
        assertExactlyOnceInOrder(shipments, 100);
    }

    @Test
    void twoRelaysOnOneDatabasePublishEveryEventExactlyOnce() {
        OutboxRelay second = new OutboxRelay(dataSource, config, signal, backlog, bootstrapServers);
        second.start();
        try {
            List<String> shipments = shipments(5);
            recordSteps(shipments, 100);
            awaitEverythingSent();
            assertExactlyOnceInOrder(shipments, 100);
        } finally {
            second.stop();
        }
    }

    @Test
    void eachRecordIsACloudEventKeyedByItsAggregate() {
        String shipment = shipments(1).get(0);
        given().contentType("application/json")
                .header("X-Correlation-ID", "corr-" + shipment)
                .body(Map.of("shipmentId", shipment, "step", 7))
                .post("/api/v1/test-shipments")
                .then()
                .statusCode(201);
        awaitEverythingSent();

        ConsumerRecord<String, String> record = ours(List.of(shipment)).get(0);
        assertEquals(shipment, record.key());
        assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
        assertEquals("customs.platformtest.ShipmentStepRecorded.v1", header(record, CloudEventHeaders.TYPE));
        assertEquals("/customs/platformtest", header(record, CloudEventHeaders.SOURCE));
        assertEquals(shipment, header(record, CloudEventHeaders.SUBJECT));
        assertEquals("corr-" + shipment, header(record, CloudEventHeaders.CORRELATION_ID));
        assertEquals("application/json", header(record, CloudEventHeaders.CONTENT_TYPE));
        UUID.fromString(header(record, CloudEventHeaders.ID));
        java.time.Instant.parse(header(record, CloudEventHeaders.TIME));
        org.hamcrest.MatcherAssert.assertThat(
                record.value(), org.hamcrest.Matchers.matchesRegex("(?s).*\"step\":\\s*7\\b.*"));
    }

    @Test
    void sentEventsPastTheirRetentionAreDeletedAndPendingOnesNeverAre() throws Exception {
        UUID old = UUID.randomUUID();
        UUID pendingButOld = UUID.randomUUID();
        String oldEvent = "WITH event AS (INSERT INTO platform_outbox (event_id, topic, record_key, event_type, source,"
                + " occurred_at, payload, created_at) VALUES (?, 'customs.retention-test.v1', 'k', 't', '/s', now(),"
                + " '{}', now() - interval '40 days') RETURNING position) ";
        try (var connection = dataSource.getConnection();
                var sent = connection.prepareStatement(
                        oldEvent
                                + "INSERT INTO platform_outbox_feed (feed_position, position, sent_at)"
                                + " SELECT nextval('platform_outbox_feed_position'), position, now() - interval '31 days' FROM event");
                var pending = connection.prepareStatement(
                        oldEvent + "INSERT INTO platform_outbox_pending (position) SELECT position FROM event")) {
            sent.setObject(1, old);
            sent.executeUpdate();
            pending.setObject(1, pendingButOld);
            pending.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !exists(old));
        // The pending one is published (and so kept) rather than deleted.
        awaitEverythingSent();
        assertEquals(true, exists(pendingButOld));
    }

    @Test
    void anEventKafkaRefusesForGoodIsParkedWithItsErrorAndTheRestOfTheOutboxGoesOn() throws Exception {
        UUID huge = UUID.randomUUID();
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "WITH event AS (INSERT INTO platform_outbox (event_id,"
                                + " topic, record_key, event_type, source, occurred_at, payload) VALUES (?, ?, 'huge',"
                                + " 'customs.platformtest.ShipmentStepRecorded.v1', '/platformtest', now(), ?::jsonb)"
                                + " RETURNING position) INSERT INTO platform_outbox_pending (position) SELECT position FROM event")) {
            insert.setObject(1, huge);
            insert.setString(2, TOPIC);
            // over the producer's 1 MB request limit: Kafka will never take it
            insert.setString(3, "{\"shipmentId\":\"huge\",\"note\":\"" + "x".repeat(1_500_000) + "\"}");
            insert.executeUpdate();
        }
        List<String> after = shipments(1);
        recordSteps(after, 2);

        awaitEverythingSent();
        assertExactlyOnceInOrder(after, 2);
        String position = awaitParked(huge);
        // Readiness says so (the tests give a parked event no grace: customs.outbox.parked-down-after=PT0S).
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .statusCode(503)
                        .body(
                                "checks.find { it.name == 'Outbox relay' }.data.parkedEvents",
                                org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString("customs_outbox_parkings_total"));

        // Re-queued without a fix, it is refused and parked again; then given up, and readiness recovers.
        vn.customs.testkit.TestTokens.as("INTEGRATION")
                .post("/api/v1/outbox/parked-events/" + position + "/requeue")
                .then()
                .statusCode(204);
        awaitParked(huge);
        vn.customs.testkit.TestTokens.as("AUDITOR")
                .delete("/api/v1/outbox/parked-events/" + position)
                .then()
                .statusCode(403);
        vn.customs.testkit.TestTokens.as("INTEGRATION")
                .delete("/api/v1/outbox/parked-events/" + position)
                .then()
                .statusCode(204);
        vn.customs.testkit.TestTokens.as("INTEGRATION")
                .delete("/api/v1/outbox/parked-events/" + position)
                .then()
                .statusCode(404);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready")
                        .then()
                        .body(
                                "checks.find { it.name == 'Outbox relay' }.data.parkedEvents",
                                org.hamcrest.Matchers.equalTo(0)));
        assertEquals(
                0,
                TopicReader.readAll(bootstrapServers, TOPIC).stream()
                        .filter(record -> "huge".equals(record.key()))
                        .count());
    }

    /** Waits until the event is in the parked list, with Kafka's reason; returns its position. */
    private String awaitParked(UUID eventId) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            var page = vn.customs.testkit.TestTokens.as("AUDITOR")
                                    .get("/api/v1/outbox/parked-events?limit=200")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath();
                            String prefix = "items.find { it.eventId == '" + eventId + "' }.";
                            String error = page.getString(prefix + "error");
                            return error != null && error.contains("RecordTooLargeException")
                                    ? page.getString(prefix + "position")
                                    : null;
                        },
                        java.util.Objects::nonNull);
    }

    private boolean exists(UUID eventId) throws Exception {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("SELECT 1 FROM platform_outbox WHERE event_id = ?")) {
            select.setObject(1, eventId);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static List<String> shipments(int count) {
        List<String> shipments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shipments.add(
                    "shp-" + TestRun.id() + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return shipments;
    }

    /** Steps 0..steps-1 of every shipment, interleaved across shipments, one request each. */
    private static void recordSteps(List<String> shipments, int steps) {
        for (int step = 0; step < steps; step++) {
            for (String shipment : shipments) {
                given().contentType("application/json")
                        .body(Map.of("shipmentId", shipment, "step", step))
                        .post("/api/v1/test-shipments")
                        .then()
                        .statusCode(201);
            }
        }
    }

    private void awaitEverythingSent() {
        await().atMost(Duration.ofSeconds(90)).until(() -> pendingInDatabase() == 0);
    }

    private long pendingInDatabase() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT count(*) FROM platform_outbox_pending")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void assertExactlyOnceInOrder(List<String> shipments, int steps) {
        List<ConsumerRecord<String, String>> records = ours(shipments);
        assertEquals(shipments.size() * steps, records.size(), "every event arrives, none twice");
        Set<String> ids = records.stream()
                .map(record -> header(record, CloudEventHeaders.ID))
                .collect(Collectors.toSet());
        assertEquals(records.size(), ids.size(), "no event id twice");

        Map<String, List<Integer>> stepsByShipment = new HashMap<>();
        records.stream()
                .sorted(java.util.Comparator.comparingInt(ConsumerRecord<String, String>::partition)
                        .thenComparingLong(ConsumerRecord::offset))
                .forEach(record -> stepsByShipment
                        .computeIfAbsent(record.key(), key -> new ArrayList<>())
                        .add(stepOf(record.value())));
        List<Integer> expected = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            expected.add(step);
        }
        for (String shipment : shipments) {
            assertEquals(expected, stepsByShipment.get(shipment), "steps of " + shipment + " in order");
        }
    }

    private List<ConsumerRecord<String, String>> ours(List<String> shipments) {
        Set<String> keys = new HashSet<>(shipments);
        return TopicReader.readAll(bootstrapServers, TOPIC).stream()
                .filter(record -> keys.contains(record.key()))
                .collect(Collectors.toList());
    }

    private static int stepOf(String json) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("\"step\":\\s*(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no step in " + json);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

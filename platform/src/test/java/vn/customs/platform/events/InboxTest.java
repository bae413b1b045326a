package vn.customs.platform.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * Each event is applied once; a transient database failure is waited out however long it lasts (nothing on the
 * dead-letter topic); a deterministically bad event goes to the dead-letter topic at once and the next one applies;
 * a replay of the dead-letter topic after a fix applies each event once.
 */
@QuarkusTest
class InboxTest {

    static final String TOPIC = "customs.inboxtest.v1";
    static final String DEAD_LETTERS = "customs.inboxtest.v1.dlq.platformtest";

    @Inject
    DataSource dataSource;

    @Inject
    Inbox inbox;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRedeliveredEventChangesTheProjectionOnce() throws Exception {
        String shipment = newShipment();
        String first = UUID.randomUUID().toString();
        send(shipment, first, 1);
        send(shipment, first, 1); // redelivered: a retry, or a consumer group reset
        send(shipment, UUID.randomUUID().toString(), 2);

        // The third event is applied after the duplicate (same key, same partition, in order).
        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 2);
        assertEquals(2, applied(shipment), "the duplicate changed nothing");
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicWithTheErrorAndTheNextEventIsApplied() throws Exception {
        String shipment = newShipment();
        send(shipment, UUID.randomUUID().toString(), 1);
        String poison = UUID.randomUUID().toString();
        send(shipment, poison, -1);
        send(shipment, UUID.randomUUID().toString(), 5);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 5);
        assertEquals(2, applied(shipment));

        ConsumerRecord<String, String> dead = theOnlyDeadLetter(shipment);
        assertEquals(poison, header(dead, CloudEventHeaders.ID), "the original record, headers and all");
        assertEquals(ShipmentProjection.TYPE, header(dead, CloudEventHeaders.TYPE));
        assertTrue(header(dead, "dead-letter-reason").contains("negative step -1"), header(dead, "dead-letter-reason"));
        assertEquals(TOPIC, header(dead, "dead-letter-topic"));
    }

    @Test
    void eventsSentTogetherAreAppliedEachOnceInFewerTransactionsThanEvents() throws Exception {
        String shipment = newShipment();
        List<String[]> events = steps(shipment, 1, 40);
        TopicWriter.sendAll(bootstrapServers, TOPIC, shipment, events);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 40);
        assertEquals(40, applied(shipment));
        // processed_at is the start of the transaction that applied the event: a poll shares one
        int transactions = transactionsThatApplied(events);
        assertTrue(transactions < 20, "40 events sent together were applied in " + transactions + " transactions");
    }

    @Test
    void aPoisonEventAmongEventsSentTogetherIsTheOnlyOneDeadLetteredAndTheOthersApplyOnce() throws Exception {
        String shipment = newShipment();
        List<String[]> events = new ArrayList<>(steps(shipment, 1, 10));
        String poison = UUID.randomUUID().toString();
        events.add(new String[] {poison, ShipmentProjection.TYPE, step(shipment, -1)});
        events.addAll(steps(shipment, 11, 20));
        TopicWriter.sendAll(bootstrapServers, TOPIC, shipment, events);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 20);
        assertEquals(20, applied(shipment), "each event before and after the poison once");
        assertEquals(poison, header(theOnlyDeadLetter(shipment), CloudEventHeaders.ID));
    }

    @Test
    void aPayloadThatDoesNotParseIsDeadLetteredAtOnceAndTheNextEventIsApplied() throws Exception {
        String shipment = newShipment();
        send(shipment, UUID.randomUUID().toString(), 1);
        TopicWriter.send(bootstrapServers, TOPIC, shipment, ShipmentProjection.TYPE, "{\"shipmentId\": \"" + shipment);
        send(shipment, UUID.randomUUID().toString(), 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 2);
        String reason = header(theOnlyDeadLetter(shipment), "dead-letter-reason");
        assertTrue(reason.contains("is not a valid ShipmentStepRecorded"), reason);
    }

    @Test
    void anUnknownSchemaVersionOfAnEventItReadsIsDeadLetteredNotSkipped() throws Exception {
        String shipment = newShipment();
        TopicWriter.send(
                bootstrapServers,
                TOPIC,
                shipment,
                "customs.platformtest.ShipmentStepRecorded.v2",
                "{\"shipmentId\":\"" + shipment + "\",\"stepNumber\":1}");
        TopicWriter.send(bootstrapServers, TOPIC, shipment, "customs.platformtest.SomethingElse.v1", "{}");
        send(shipment, UUID.randomUUID().toString(), 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 1);
        String reason = header(theOnlyDeadLetter(shipment), "dead-letter-reason");
        assertTrue(reason.contains("schema version of customs.platformtest.ShipmentStepRecorded.v2"), reason);
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsUnavailableIsAppliedAfterwardsAndNotDeadLettered() throws Exception {
        String shipment = newShipment();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            // The projection's table cannot be written: every attempt fails on its lock timeout (SQLSTATE 55P03).
            lock.createStatement().execute("LOCK TABLE test_shipment_projection IN ACCESS EXCLUSIVE MODE");
            send(shipment, UUID.randomUUID().toString(), 1);

            // Readiness turns DOWN once the consumer has waited 5 s (customs.inbox.stalled-down-after in the
            // tests), naming the consumer, the event and the failure.
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().get("/q/health/ready")
                            .then()
                            .statusCode(503)
                            .body("checks.find { it.name == 'Event consumers' }.status", equalTo("DOWN"))
                            .body(
                                    "checks.find { it.name == 'Event consumers' }.data.'platformtest.shipments'",
                                    containsString("lock timeout")));
            lock.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 1);
        assertEquals(1, applied(shipment));
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'Event consumers' }.status", equalTo("UP"));
        assertEquals(0, deadLetters(shipment).size(), "a transient failure never dead-letters");
    }

    @Test
    void aReplayOfTheDeadLetterTopicAfterAFixAppliesTheEventOnce() throws Exception {
        String shipment = newShipment();
        String early = UUID.randomUUID().toString();
        send(shipment, early, 2); // its shipment is not open yet: refused, dead-lettered
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(shipment).size() == 1);
        assertTrue(header(deadLetters(shipment).get(0), "dead-letter-reason")
                .contains("shipment " + shipment + " is unknown here"));

        send(shipment, UUID.randomUUID().toString(), 1); // the fix: the shipment now exists
        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 1);

        JsonPath first = replay();
        assertEquals(2, lastStep(shipment), "the dead letter applied");
        assertEquals(2, applied(shipment));
        assertEquals(DEAD_LETTERS, first.getString("deadLetterTopic"));
        assertTrue(first.getInt("applied") >= 1, first.prettify());

        JsonPath second = replay();
        assertEquals(2, applied(shipment), "a second replay applies nothing twice");
        assertEquals(0, second.getInt("applied"), second.prettify());
        assertTrue(second.getInt("alreadyApplied") >= 1, second.prettify());
        // The other tests' dead letters (a negative step, a payload that does not parse) still fail, and say why.
        assertEquals(second.getInt("failed"), second.getList("failures").size());
    }

    @Test
    void aProjectionRebuiltFromTheStartOfTheTopicCountsEveryEventOnce() throws Exception {
        String shipment = newShipment();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        send(shipment, first, 1);
        send(shipment, second, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 2);

        // Rebuild: empty the projection and forget what was applied, in one transaction ...
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("DELETE FROM test_shipment_projection WHERE shipment_id = ?1")
                    .setParameter(1, shipment)
                    .executeUpdate();
            inbox.forget(ShipmentProjection.CONSUMER);
        });
        // ... then the same events come again from the start of the topic (a consumer group reset), one twice.
        send(shipment, first, 1);
        send(shipment, second, 2);
        send(shipment, second, 2);
        send(shipment, UUID.randomUUID().toString(), 3);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 3);
        assertEquals(3, applied(shipment), "each event applied once in the rebuilt projection");
    }

    private JsonPath replay() {
        return TestTokens.as("INTEGRATION")
                .post("/api/v1/consumers/" + ShipmentProjection.CONSUMER + "/dead-letter-replays")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String newShipment() {
        return "shp-" + TestRun.id() + "-" + UUID.randomUUID();
    }

    private void send(String shipment, String eventId, int step) {
        TopicWriter.send(bootstrapServers, TOPIC, shipment, eventId, ShipmentProjection.TYPE, step(shipment, step));
    }

    private static String step(String shipment, int step) {
        return "{\"shipmentId\":\"" + shipment + "\",\"step\":" + step
                + ",\"occurredAt\":\"2026-11-27T01:00:00Z\",\"fieldFromANewerProducer\":true}";
    }

    private static List<String[]> steps(String shipment, int first, int last) {
        return IntStream.rangeClosed(first, last)
                .mapToObj(step ->
                        new String[] {UUID.randomUUID().toString(), ShipmentProjection.TYPE, step(shipment, step)})
                .toList();
    }

    private int transactionsThatApplied(List<String[]> events) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT COUNT(DISTINCT processed_at) FROM platform_inbox"
                        + " WHERE consumer = ? AND event_id = ANY (?)")) {
            statement.setString(1, ShipmentProjection.CONSUMER);
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "text", events.stream().map(e -> e[0]).toArray()));
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private ConsumerRecord<String, String> theOnlyDeadLetter(String shipment) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !deadLetters(shipment).isEmpty());
        List<ConsumerRecord<String, String>> dead = deadLetters(shipment);
        assertEquals(1, dead.size());
        return dead.get(0);
    }

    private List<ConsumerRecord<String, String>> deadLetters(String shipment) {
        return TopicReader.readAll(bootstrapServers, DEAD_LETTERS).stream()
                .filter(record -> shipment.equals(record.key()))
                .collect(Collectors.toList());
    }

    private int applied(String shipment) throws Exception {
        return column(shipment, "applied");
    }

    private int lastStep(String shipment) throws Exception {
        return column(shipment, "last_step");
    }

    private int column(String shipment, String column) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT " + column + " FROM test_shipment_projection WHERE shipment_id = ?")) {
            statement.setString(1, shipment);
            try (var row = statement.executeQuery()) {
                return row.next() ? row.getInt(1) : -1;
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}

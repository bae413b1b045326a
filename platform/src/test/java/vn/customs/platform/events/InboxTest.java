package vn.customs.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;

/** A duplicated event changes the projection once; a poison event goes to the dead-letter topic, the next applies. */
@QuarkusTest
class InboxTest {

    private static final String TOPIC = "customs.inboxtest.v1";
    private static final String DEAD_LETTERS = "customs.inboxtest.v1.dlq.platformtest";

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
        String shipment = "shp-" + TestRun.id() + "-" + UUID.randomUUID();
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
        String shipment = "shp-" + TestRun.id() + "-" + UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        send(shipment, poison, -1);
        send(shipment, UUID.randomUUID().toString(), 5);

        await().atMost(Duration.ofSeconds(30)).until(() -> lastStep(shipment) == 5);
        assertEquals(1, applied(shipment));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = TopicReader.readAll(bootstrapServers, DEAD_LETTERS).stream()
                    .filter(record -> shipment.equals(record.key()))
                    .collect(Collectors.toList());
            assertEquals(1, dead.size());
            assertEquals(poison, header(dead.get(0), CloudEventHeaders.ID), "the original record, headers and all");
            assertTrue(
                    header(dead.get(0), "dead-letter-reason").contains("negative step -1"),
                    header(dead.get(0), "dead-letter-reason"));
        });
    }

    @Test
    void aProjectionRebuiltFromTheStartOfTheTopicCountsEveryEventOnce() throws Exception {
        String shipment = "shp-" + TestRun.id() + "-" + UUID.randomUUID();
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

    private void send(String shipment, String eventId, int step) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    TOPIC,
                    shipment,
                    "{\"shipmentId\":\"" + shipment + "\",\"step\":" + step
                            + ",\"occurredAt\":\"2026-11-27T01:00:00Z\",\"fieldFromANewerProducer\":true}");
            record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add(
                            CloudEventHeaders.TYPE,
                            "customs.platformtest.ShipmentStepRecorded.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

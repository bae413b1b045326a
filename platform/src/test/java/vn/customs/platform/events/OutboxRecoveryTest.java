package vn.customs.platform.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.CloudEventHeaders;
import vn.customs.contracts.Topics;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;

/**
 * A batch whose transaction was lost after Kafka had taken part of it (the database restarted between Kafka's
 * acknowledgement and the commit) is not put on the topic twice: the relay that sends it again first looks at what
 * Kafka holds. The application's own relay is off here, so the test decides what Kafka took before the relay runs.
 */
@QuarkusTest
@TestProfile(OutboxRecoveryTest.RelayOff.class)
class OutboxRecoveryTest {

    /** No relay of the application's own: the test runs one by hand. */
    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("customs.outbox.relay-enabled", "false");
        }
    }

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
    void eventsKafkaTookBeforeTheBatchWasLostAreNotSentAgain() throws Exception {
        String shipment =
                "shp-" + TestRun.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (int step = 0; step < 3; step++) {
            given().contentType("application/json")
                    .body(Map.of("shipmentId", shipment, "step", step))
                    .post("/api/v1/test-shipments")
                    .then()
                    .statusCode(201);
        }
        List<PendingEvent> pending = pending(shipment);
        assertEquals(3, pending.size());
        // Kafka took the first two records of a batch whose transaction was then lost: they are still pending.
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(pending.get(0).toRecord()).get();
            producer.send(pending.get(1).toRecord()).get();
        }

        OutboxRelay relay = new OutboxRelay(dataSource, config, signal, backlog, bootstrapServers);
        try {
            while (relay.publishBatch() > 0) {
                // a relay that starts again sends what is left, and marks all three sent
            }
        } finally {
            relay.stop();
        }

        assertEquals(List.of(), pending(shipment), "nothing left pending");
        List<String> onTopic = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(bootstrapServers, TOPIC)) {
            if (shipment.equals(record.key())) {
                onTopic.add(new String(
                        record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(
                pending.stream().map(event -> event.eventId().toString()).toList(),
                onTopic,
                "each event once, in order");
    }

    private List<PendingEvent> pending(String shipment) throws Exception {
        List<PendingEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + PendingEvent.COLUMNS
                        + " FROM platform_outbox_pending JOIN platform_outbox USING (position)"
                        + " WHERE record_key = ? ORDER BY position")) {
            select.setString(1, shipment);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(PendingEvent.read(rows));
                }
            }
        }
        return events;
    }
}

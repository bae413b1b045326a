package vn.customs.platform.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * While the service stops, its database and beans close under a consumer that is still applying a poll: whatever
 * fails then says nothing about the event. Such an event must not be dead-lettered (a projection would miss it until
 * someone replays the dead letters); it is left uncommitted, to be delivered again after the restart.
 */
@QuarkusTest
@TestProfile(InboxStoppingTest.OwnApplication.class)
class InboxStoppingTest {

    /** An application of its own: this test tells its inbox that the service stops. */
    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.incoming.inbox-test-in.group.id", "platform-inbox-stopping-${customs.test.run-id}");
        }
    }

    @Inject
    Inbox inbox;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventThatFailsWhileTheServiceStopsIsNeitherDeadLetteredNorCommitted() throws Exception {
        String shipment = "shp-" + TestRun.id() + "-" + UUID.randomUUID();
        inbox.stopping(new ShutdownEvent());
        // a negative step fails in the projection: a poison event, were the service not stopping
        TopicWriter.send(
                bootstrapServers,
                InboxTest.TOPIC,
                shipment,
                UUID.randomUUID().toString(),
                ShipmentProjection.TYPE,
                "{\"shipmentId\":\"" + shipment + "\",\"step\":-1,\"occurredAt\":\"2026-11-27T01:00:00Z\"}");

        // The channel stops without committing the record (the "fail" strategy): liveness names it.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/live").statusCode() == 503);
        assertTrue(
                given().get("/q/health/live").asString().contains("inbox-test-in"),
                "liveness names the stopped channel");
        assertEquals(
                0,
                TopicReader.readAll(bootstrapServers, InboxTest.DEAD_LETTERS).stream()
                        .filter(record -> shipment.equals(record.key()))
                        .count(),
                "nothing dead-lettered");
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM test_shipment_projection WHERE shipment_id = ?")) {
            statement.setString(1, shipment);
            try (var row = statement.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1), "nothing applied");
            }
        }
    }
}

package vn.customs.declarations.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.testkit.TestTokens;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * The unit directory and the compliance record refuse, to their own dead-letter topics with the reason, an event that
 * would change nothing: a unit closed that was never opened here, a finding about a declaration this service does not
 * have. A replay after the opening applies the closing.
 */
@QuarkusTest
class ProjectionDeadLettersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aClosingOfAUnitNeverOpenedIsDeadLetteredAndAppliesOnReplayOnceItOpened() {
        String unit = Trade.unitCode("GHOST");
        Trade.closeUnit(unit, Trade.today());
        String reason = reason("customs.staffing.v1.dlq.declarations-units", unit);
        assertTrue(reason.contains("unit " + unit + " closed, but its opening (UnitOpened) was never applied"), reason);

        Trade.openUnit(unit, "SUB_DEPARTMENT", "DEPT");
        String taxId = Trade.taxId();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), unit)).statusCode() == 201);
        TestTokens.as("INTEGRATION")
                .post("/api/v1/consumers/declarations.units/dead-letter-replays")
                .then()
                .statusCode(200)
                .body("deadLetterTopic", equalTo("customs.staffing.v1.dlq.declarations-units"))
                .body("applied", greaterThanOrEqualTo(1));
        Trade.lodge(taxId, Trade.body(taxId, Trade.lrn(), unit))
                .then()
                .statusCode(422)
                .body("type", equalTo("https://customs.example/problems/gate-closed"));
    }

    @Test
    void aFindingAboutADeclarationThisServiceDoesNotHaveIsDeadLettered() {
        String inspection = UUID.randomUUID().toString();
        String declaration = UUID.randomUUID().toString();
        TopicWriter.send(
                bootstrap,
                "customs.inspections.v1",
                inspection,
                "customs.inspections.FindingRecorded.v1",
                "{\"inspectionId\":\"" + inspection + "\",\"findingId\":\"" + UUID.randomUUID()
                        + "\",\"unitCode\":\"HUU_NGHI\",\"officerId\":null,\"category\":\"UNDERVALUATION\","
                        + "\"severity\":\"CORRECTIVE\",\"violationDate\":\"2026-11-01\","
                        + "\"accountableHeadOfficerId\":null,\"declarationId\":\"" + declaration
                        + "\",\"occurredAt\":\"2026-11-02T00:00:00Z\"}");
        String reason = reason("customs.inspections.v1.dlq.declarations", inspection);
        assertTrue(reason.contains("names declaration " + declaration + ", which this service does not have"), reason);
    }

    private String reason(String topic, String key) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !deadLetters(topic, key).isEmpty());
        return new String(
                deadLetters(topic, key)
                        .get(0)
                        .headers()
                        .lastHeader("dead-letter-reason")
                        .value(),
                StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, String>> deadLetters(String topic, String key) {
        return TopicReader.readAll(bootstrap, topic).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }
}

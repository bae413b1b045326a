package vn.customs.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.customs.systemtests.Service.DECLARATIONS;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The gate's declarations in story 1: a declarant (DECLARANT with his enterprise's {@code tax_id} in Keycloak) lodges
 * at the gate, and declarations hands each declaration to the least-loaded officer on duty there who may act.
 */
final class DeclarationDesk {

    private static final String STAFFING_TOPIC = "customs.staffing.v1";
    private static final String DECLARATIONS_GROUP = "declarations-service";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SystemUnderTest suite;
    private final Gate gate;
    private final String taxId = "01" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    private final Caller declarant;

    DeclarationDesk(SystemUnderTest suite, Gate gate) {
        this.suite = suite;
        this.gate = gate;
        this.declarant = suite.as(suite.user("declarant", List.of("DECLARANT"), Map.of("tax_id", taxId)));
    }

    /** While he is the only officer at the gate, a declaration is lodged and handed to him; returns its id. */
    UUID lodgeAssignedTo(UUID officer) {
        awaitOnDuty(gate.accusedUser);
        // The gate takes declarations once staffing's UnitOpened has reached declarations: until then 422.
        Answer lodged = await().atMost(ReportToSuspension.WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(this::lodge, answer -> answer.status() != 422);
        lodged.expect(201);
        assertThat(lodged.text("/assignedOfficerId"), equalTo(officer.toString()));
        return UUID.fromString(lodged.text("/id"));
    }

    /**
     * The colleague and the head join the gate and get one declaration each: now the three officers hold one each, so
     * that of the next three declarations the reported officer would get one, were he not suspended.
     */
    void staffTheGate() {
        gate.staff();
        awaitOnDuty(gate.colleagueUser);
        awaitOnDuty(gate.headUser);
        List<String> assignees = List.of(assignee(lodge()), assignee(lodge()));
        assertThat(assignees, containsInAnyOrder("colleague", "head"));
    }

    /**
     * Waits until declarations has applied staffing's event that suspends the officer: its consumer group has
     * committed past it. (No read of declarations shows a suspension, and a step taken too early would be taken.)
     */
    void awaitSuspensionKnown() {
        String officer = gate.accused.toString();
        ConsumerRecord<String, String> suspension;
        try {
            suspension = await().atMost(ReportToSuspension.WAIT)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> suspensionOnTheTopic(officer), record -> record != null);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "No DisciplineCaseOpened suspending " + officer + " on " + STAFFING_TOPIC
                            + "; the records keyed by him: "
                            + Topics.readAll(suite.kafkaBootstrapServers(), STAFFING_TOPIC).stream()
                                    .filter(record -> officer.equals(record.key()))
                                    .map(record -> Topics.header(record, "ce_type") + " " + record.value())
                                    .toList(),
                    e);
        }
        await().atMost(ReportToSuspension.WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Topics.consumedBy(suite.kafkaBootstrapServers(), DECLARATIONS_GROUP, suspension));
    }

    private ConsumerRecord<String, String> suspensionOnTheTopic(String officer) {
        return Topics.records(suite.kafkaBootstrapServers(), STAFFING_TOPIC, officer, "DisciplineCaseOpened.v1")
                .stream()
                .filter(DeclarationDesk::suspends)
                .max(Comparator.comparingLong(ConsumerRecord::offset))
                .orElse(null);
    }

    private static boolean suspends(ConsumerRecord<String, String> opened) {
        try {
            return JSON.readTree(opened.value()).path("suspended").asBoolean();
        } catch (IOException e) {
            return false;
        }
    }

    /** The suspended officer tries his next step on the declaration he holds: the problem type of the refusal. */
    String stepRefusedFor(UUID declaration) {
        Answer current = declarant
                .get(DECLARATIONS, "/api/v1/declarations/" + declaration)
                .expect(200);
        String step = firstStep(current.text("/channel"));
        Answer refused = suite.as(gate.accusedUser)
                .with("If-Match", current.etag())
                .post(DECLARATIONS, "/api/v1/declarations/" + declaration + "/steps", Map.of("step", step))
                .expect(403);
        assertThat(refused.problem(), equalTo("officer-suspended"));
        return refused.problem();
    }

    /** Who gets the next three declarations of the gate (colleague, head; the suspended officer none). */
    List<String> nextThreeAssignees() {
        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assignees.add(assignee(lodge()));
        }
        assertThat(assignees.contains("accused"), equalTo(false));
        return assignees.stream().sorted().toList();
    }

    private void awaitOnDuty(User officer) {
        await().atMost(ReportToSuspension.WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> suite.as(officer)
                                .get(DECLARATIONS, "/api/v1/work-queue")
                                .status()
                        == 200);
    }

    private String assignee(Answer lodged) {
        String officer = lodged.expect(201).text("/assignedOfficerId");
        if (gate.accused.toString().equals(officer)) {
            return "accused";
        }
        if (gate.colleague.toString().equals(officer)) {
            return "colleague";
        }
        return gate.head.toString().equals(officer) ? "head" : "someone else: " + officer;
    }

    private Answer lodge() {
        String lrn = "HN-" + UUID.randomUUID().toString().substring(0, 12);
        LocalDate today = LocalDate.now();
        String body = """
                {"lrn":"%s","flow":"IMPORT","procedureCode":"A11","gateCode":"%s","submissionChannel":"ELECTRONIC",
                 "declarant":{"taxId":"%s","name":"Công ty TNHH Thương mại Đồng Đăng","address":"Lạng Sơn"},
                 "counterparty":{"name":"Guangxi Pingxiang Trading Co.","country":"CN"},
                 "transport":{"mode":"ROAD","meansId":"12C-34567","billOfLading":"PX-1","arrivalDate":"%s"},
                 "invoice":{"number":"PX-2026-118","date":"%s","currency":"USD","amount":4850.00,
                  "exchangeRateVnd":25350,"usdRateVnd":25350,"incoterm":"DAP"},
                 "items":[{"hsCode":"08109094","description":"Quả thanh long tươi","originCountry":"CN",
                  "quantity":2000,"unit":"KGM","netMassKg":2000,"customsValue":4850.00}]}
                """.formatted(lrn, gate.code, taxId, today, today.minusDays(2));
        return declarant.with("Idempotency-Key", lrn).post(DECLARATIONS, "/api/v1/declarations", body);
    }

    private static String firstStep(String channel) {
        switch (channel) {
            case "GREEN":
                return "CLEAR";
            case "YELLOW":
                return "START_DOC_CHECK";
            default:
                return "REQUIRE_GOODS";
        }
    }
}

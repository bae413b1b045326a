package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.domain.draw.RiskSignals;
import vn.customs.inspections.domain.draw.Signals;
import vn.customs.platform.domain.UnitCode;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * The risk signals from the other services' real events on the broker raise a gate's weight in the next draw: hotline
 * reports accepted and substantiated, declarations' charter breaches and overrides (and their concentration on one
 * enterprise), staffing's overdue rotations; each event counts once, however often it is delivered.
 */
@QuarkusTest
class DrawSignalsTest {

    private static final String AT = "\"occurredAt\":\"2026-11-02T03:00:00Z\"";

    @Inject
    RiskSignals riskSignals;

    @Inject
    EntityManager entityManager;

    @Test
    void eventsOfTheThreeServicesRaiseTheGatesWeight() {
        List<String> gates = DrawWorld.openGates(2);
        String troubled = gates.get(0);
        String quiet = gates.get(1);
        String report = UUID.randomUUID().toString();
        accepted(report, troubled);
        accepted(UUID.randomUUID().toString(), troubled);
        accepted(report, troubled); // the same report announced again: counts once
        send(
                DrawWorld.HOTLINE,
                report,
                "customs.hotline.ReportConcluded.v1",
                "{\"reportId\":\"" + report + "\",\"outcome\":\"SUBSTANTIATED\",\"officerIds\":[]," + AT + "}");
        String declaration = UUID.randomUUID().toString();
        send(
                DrawWorld.DECLARATIONS,
                declaration,
                "customs.declarations.CharterBreached.v1",
                "{\"declarationId\":\"" + declaration + "\",\"gateCode\":\"" + troubled + "\",\"channel\":\"RED\","
                        + "\"deadline\":\"2026-11-02T01:00:00Z\",\"officerId\":null," + AT + "}");
        overridden(troubled, "0101234567");
        overridden(troubled, "0101234567");
        overridden(troubled, "0109876543");
        overdue(troubled, null);
        overdue(troubled, "ILLNESS"); // exempted: no signal
        UUID officer = UUID.randomUUID();
        send(
                DrawWorld.STAFFING,
                officer.toString(),
                "customs.staffing.OfficerPosted.v1",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + UUID.randomUUID() + "\",\"unitCode\":\""
                        + troubled + "\",\"postId\":\"" + UUID.randomUUID() + "\",\"postFunction\":\"CLEARANCE\","
                        + "\"sensitivePost\":true,\"from\":\"2020-01-01\",\"kind\":\"INITIAL\","
                        + "\"decisionNumber\":\"1/QĐ\"," + AT + "}");
        String disciplineCase = UUID.randomUUID().toString();
        send(
                DrawWorld.STAFFING,
                officer.toString(),
                "customs.staffing.DisciplineCaseOpened.v1",
                "{\"officerId\":\"" + officer + "\",\"caseId\":\"" + disciplineCase + "\",\"origin\":\"MANUAL\","
                        + "\"originId\":null,\"suspended\":false," + AT + "}");

        Signals expected = new Signals(2, 1, 1, 3, 2, 1, 1, 0, Signals.MONTHS_CAP);
        await().atMost(DrawWorld.WAIT)
                .until(() -> signalsOf(troubled).equals(expected) && discipline(disciplineCase) == 1);

        // a redelivery of an event already applied changes nothing
        ConsumerRecord<String, String> concluded =
                TopicReader.readAll(DrawWorld.bootstrap(), DrawWorld.HOTLINE).stream()
                        .filter(r -> report.equals(r.key()))
                        .filter(r -> "customs.hotline.ReportConcluded.v1".equals(DrawWorld.header(r, "ce_type")))
                        .findFirst()
                        .orElseThrow();
        TopicWriter.resend(DrawWorld.bootstrap(), concluded);
        String marker = UUID.randomUUID().toString();
        accepted(marker, quiet); // read after the redelivery on the same topic
        await().atMost(DrawWorld.WAIT).until(() -> signalsOf(quiet).acceptedReports() == 1);
        assertThat(signalsOf(troubled), equalTo(expected));

        Response made = DrawWorld.commit(1, gates);
        made.then().statusCode(201);
        Map<String, Map<String, Object>> byUnit = candidates(made);
        // 1 + 2·2 + 4·1 + 0.5·1 + 1·3 + 2·2 + 1.5·1 + 2·1 + 0.25·36 = 29; the quiet gate: 1 + 2·1 + 0.25·36 = 12
        assertThat(((Number) byUnit.get(troubled).get("weight")).doubleValue(), equalTo(29.0));
        assertThat(((Number) byUnit.get(quiet).get("weight")).doubleValue(), equalTo(12.0));
        assertThat(signal(byUnit.get(troubled), "overrideConcentration"), equalTo(2));
        assertThat(signal(byUnit.get(troubled), "substantiatedReports"), equalTo(1));
        assertThat(signal(byUnit.get(troubled), "openDisciplineCases"), equalTo(1));

        // the case closed: it weighs no more
        send(
                DrawWorld.STAFFING,
                officer.toString(),
                "customs.staffing.DisciplineCaseClosed.v1",
                "{\"officerId\":\"" + officer + "\",\"caseId\":\"" + disciplineCase + "\",\"outcome\":\"REPRIMAND\","
                        + "\"suspended\":false," + AT + "}");
        await().atMost(DrawWorld.WAIT).until(() -> signalsOf(troubled).openDisciplineCases() == 0);
    }

    @Test
    void earlierFindingsAndTheLastInspectionCountFromThisServicesOwnHistory() {
        String gate = DrawWorld.openGates(1).get(0);
        UUID inspection = DrawWorld.inspection(entityManager, UUID.randomUUID().toString(), gate, "CLOSED");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("UPDATE inspections SET started_on = ?2 WHERE id = ?1")
                    .setParameter(1, inspection)
                    .setParameter(2, LocalDate.now().minusMonths(5))
                    .executeUpdate();
            for (String category : List.of("NAME_BADGE", "UNIFORM")) {
                entityManager
                        .createNativeQuery(
                                "INSERT INTO findings (id, version, inspection_id, unit_code, category,"
                                        + " severity, violation_date, evidence, recorded_by, recorded_at)"
                                        + " VALUES (?1, 0, ?2, ?3, ?4, 'REMINDER', ?5, 'Seen at counter 2', 'inspector-1', now())")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, inspection)
                        .setParameter(3, gate)
                        .setParameter(4, category)
                        .setParameter(5, LocalDate.now().minusMonths(5))
                        .executeUpdate();
            }
        });

        Signals signals = signalsOf(gate);

        assertThat(signals.earlierFindings(), equalTo(2));
        assertThat(signals.monthsSinceLastInspection(), equalTo(5));
    }

    @Test
    void aConclusionOfAReportNeverAcceptedHereIsRefusedAndTheConsumerGoesOn() {
        List<String> gates = DrawWorld.openGates(1);
        String orphan = UUID.randomUUID().toString();
        send(
                DrawWorld.HOTLINE,
                orphan,
                "customs.hotline.ReportConcluded.v1",
                "{\"reportId\":\"" + orphan + "\",\"outcome\":\"SUBSTANTIATED\",\"officerIds\":[]," + AT + "}");
        accepted(UUID.randomUUID().toString(), gates.get(0));

        await().atMost(DrawWorld.WAIT).until(() -> signalsOf(gates.get(0)).acceptedReports() == 1);
        await().atMost(DrawWorld.WAIT)
                .until(() ->
                        TopicReader.readAll(DrawWorld.bootstrap(), DrawWorld.HOTLINE + ".dlq.inspections.draw").stream()
                                .anyMatch(r -> orphan.equals(r.key())));
        assertThat(signalsOf(gates.get(0)).substantiatedReports(), equalTo(0));
    }

    private Signals signalsOf(String unit) {
        UnitCode code = new UnitCode(unit);
        return QuarkusTransaction.requiringNew()
                .call(() -> riskSignals.of(Set.of(code), LocalDate.now()).get(code));
    }

    private int discipline(String caseId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM draw_discipline_cases WHERE case_id = ?1"
                                        + " AND closed_at IS NULL")
                                .setParameter(1, caseId)
                                .getSingleResult())
                        .intValue());
    }

    private static Map<String, Map<String, Object>> candidates(Response made) {
        List<Map<String, Object>> list = new JsonPath(made.asString()).getList("candidates");
        return list.stream().collect(java.util.stream.Collectors.toMap(c -> (String) c.get("unitCode"), c -> c));
    }

    @SuppressWarnings("unchecked")
    private static int signal(Map<String, Object> candidate, String name) {
        return ((Number) ((Map<String, Object>) candidate.get("signals")).get(name)).intValue();
    }

    private static void accepted(String report, String unit) {
        send(
                DrawWorld.HOTLINE,
                report,
                "customs.hotline.ReportAccepted.v1",
                "{\"reportId\":\"" + report + "\",\"unitCode\":\"" + unit + "\",\"category\":\"BRIBE_REQUEST\","
                        + "\"accusedOfficerId\":null," + AT + "}");
    }

    private static void overridden(String gate, String taxId) {
        String declaration = UUID.randomUUID().toString();
        send(
                DrawWorld.DECLARATIONS,
                declaration,
                "customs.declarations.ChannelOverridden.v1",
                "{\"declarationId\":\"" + declaration + "\",\"gateCode\":\"" + gate + "\",\"declarantTaxId\":\""
                        + taxId + "\",\"fromChannel\":\"RED\",\"toChannel\":\"GREEN\",\"reasonCode\":\"AEO\","
                        + "\"officerId\":\"" + UUID.randomUUID() + "\",\"approvedByOfficerId\":\"" + UUID.randomUUID()
                        + "\"," + AT + "}");
    }

    private static void overdue(String unit, String exemption) {
        UUID officer = UUID.randomUUID();
        send(
                DrawWorld.STAFFING,
                officer.toString(),
                "customs.staffing.RotationOverdue.v1",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + UUID.randomUUID() + "\",\"unitCode\":\"" + unit
                        + "\",\"postId\":\"" + UUID.randomUUID() + "\",\"postFunction\":\"CLEARANCE\","
                        + "\"since\":\"2021-01-01\",\"rotationDate\":\"2025-01-01\",\"exemption\":"
                        + (exemption == null ? "null" : "\"" + exemption + "\"") + "," + AT + "}");
    }

    private static void send(String topic, String key, String type, String payload) {
        TopicWriter.send(DrawWorld.bootstrap(), topic, key, type, payload);
    }
}

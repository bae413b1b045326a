package vn.customs.inspections.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.customs.inspections.domain.staffing.DeclaredRelatives;
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.Unit;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.inspections.domain.staffing.UnitHeads;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * Staffing's real events on {@code customs.staffing.v1} build inspections' read models, read through the domain's
 * ports: the unit tree, postings with their function, the dated history of heads of units, declared relatives, and
 * the dead letters of events that would change nothing.
 */
@QuarkusTest
class StaffingReadModelsTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    UnitDirectory units;

    @Inject
    PostingHistory postings;

    @Inject
    UnitHeads heads;

    @Inject
    DeclaredRelatives relatives;

    @Test
    void theUnitTreeGivesAUnitWithEveryUnitBelowItAndTheOpenUnits() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        UnitCode dept = StaffingEvents.unitCode("D");
        UnitCode gate = StaffingEvents.unitCode("G");
        UnitCode team = new UnitCode(gate + "_T1");
        staffing.openUnit(dept, "DEPARTMENT", null, false);
        staffing.openUnit(gate, "SUB_DEPARTMENT", dept, true);
        staffing.openUnit(team, "TEAM", gate, false);

        await().atMost(WAIT).until(() -> read(() -> units.withDescendants(dept)).equals(Set.of(dept, gate, team)));
        assertThat(read(() -> units.withDescendants(gate)), equalTo(Set.of(gate, team)));
        assertThat(
                read(() -> units.find(gate)).orElseThrow(),
                equalTo(new Unit(gate, "Đội " + gate, "SUB_DEPARTMENT", dept, true, true)));
        assertThat(read(() -> units.parentOf(team)), equalTo(Optional.of(gate)));
        assertThat(read(() -> units.open()), hasItem(new Unit(team, "Đội " + team, "TEAM", gate, false, true)));

        staffing.closeUnit(team, LocalDate.parse("2026-06-30"));
        await().atMost(WAIT)
                .until(() -> !read(() -> units.find(team)).orElseThrow().open());
        assertThat(read(() -> units.open()).stream().map(Unit::code).toList(), not(hasItem(team)));
        // a closed unit's history still counts: it stays below its gate
        assertThat(read(() -> units.withDescendants(gate)), equalTo(Set.of(gate, team)));
    }

    @Test
    void postingsKeepTheirFunctionAndEndOnTheirLastDay() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        UnitCode dept = StaffingEvents.unitCode("D");
        OfficerId inspector = StaffingEvents.officer();
        OfficerId clerk = StaffingEvents.officer();
        String posting = staffing.post(inspector, dept, "INSPECTOR-1", "INSPECTION", "2024-01-01");
        staffing.post(clerk, dept, "DESK-1", "PERSONNEL", "2024-01-01");
        await().atMost(WAIT)
                .until(() -> !read(() -> postings.ofOfficer(inspector)).isEmpty()
                        && !read(() -> postings.ofOfficer(clerk)).isEmpty());
        assertThat(
                read(() -> postings.ofOfficer(inspector)),
                contains(new Posting(
                        inspector, dept, "INSPECTOR-1", "INSPECTION", LocalDate.parse("2024-01-01"), null)));
        LocalDate day = LocalDate.parse("2026-03-10");
        List<OfficerId> inspectors = read(() -> postings.withFunctionOn("INSPECTION", day)).stream()
                .map(Posting::officer)
                .toList();
        assertThat(inspectors, hasItem(inspector));
        assertThat(inspectors, not(hasItem(clerk)));

        staffing.end(inspector, posting, dept, "INSPECTOR-1", "2025-06-30");
        await().atMost(WAIT)
                .until(() -> read(() -> postings.ofOfficer(inspector)).get(0).to() != null);
        assertThat(read(() -> postings.ofOfficer(inspector)).get(0).to(), equalTo(LocalDate.parse("2025-06-30")));
        assertThat(
                read(() -> postings.withFunctionOn("INSPECTION", day)).stream()
                        .map(Posting::officer)
                        .toList(),
                not(hasItem(inspector)));
        assertThat(
                read(() -> postings.withFunctionOn("INSPECTION", LocalDate.parse("2025-06-30"))).stream()
                        .map(Posting::officer)
                        .toList(),
                hasItem(inspector));
    }

    @Test
    void theHeadOnADayIsTheOneWhosePeriodCoversIt() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        UnitCode gate = StaffingEvents.unitCode("G");
        OfficerId headA = StaffingEvents.officer();
        OfficerId headB = StaffingEvents.officer();
        // sent out of order: the history is by the days they take effect, not by arrival
        staffing.headChanged(gate, headB, "2026-06-01");
        staffing.headChanged(gate, headA, "2025-01-01");
        await().atMost(WAIT)
                .until(() -> read(() -> heads.headOn(gate, LocalDate.parse("2025-01-01")))
                                .isPresent()
                        && read(() -> heads.headOn(gate, LocalDate.parse("2026-07-01")))
                                .equals(Optional.of(headB)));

        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2024-12-31"))), equalTo(Optional.empty()));
        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2025-01-01"))), equalTo(Optional.of(headA)));
        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2026-03-10"))), equalTo(Optional.of(headA)));
        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2026-05-31"))), equalTo(Optional.of(headA)));
        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2026-06-01"))), equalTo(Optional.of(headB)));
        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2026-07-01"))), equalTo(Optional.of(headB)));

        // the post falls vacant from 2026-09-01: nobody heads the unit from then on, B still did before
        staffing.headChanged(gate, null, "2026-09-01");
        await().atMost(WAIT)
                .until(() -> read(() -> heads.headOn(gate, LocalDate.parse("2026-09-01")))
                        .isEmpty());
        assertThat(read(() -> heads.headOn(gate, LocalDate.parse("2026-08-31"))), equalTo(Optional.of(headB)));
    }

    @Test
    void eachRegistrationReplacesTheUnitsOfAnOfficersRelatives() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        OfficerId officer = StaffingEvents.officer();
        UnitCode gate = StaffingEvents.unitCode("G");
        UnitCode other = StaffingEvents.unitCode("O");
        assertThat(read(() -> relatives.unitsOf(officer)), empty());

        staffing.register(officer, List.of(gate, other));
        await().atMost(WAIT).until(() -> read(() -> relatives.unitsOf(officer)).equals(Set.of(gate, other)));

        staffing.register(officer, List.of(other));
        await().atMost(WAIT).until(() -> read(() -> relatives.unitsOf(officer)).equals(Set.of(other)));

        staffing.register(officer, List.of());
        await().atMost(WAIT).until(() -> read(() -> relatives.unitsOf(officer)).isEmpty());
    }

    @Test
    void anEndOfAPostingNeverStartedHereIsDeadLettered() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        OfficerId officer = StaffingEvents.officer();
        String posting = UUID.randomUUID().toString();
        staffing.end(officer, posting, StaffingEvents.unitCode("G"), "COUNTER-2", "2026-01-31");
        String reason = staffing.deadLetterReason("customs.staffing.v1.dlq.inspections", officer.toString());
        assertThat(
                reason,
                containsString("posting " + posting + " ended, but its start (OfficerPosted) was never applied here"));
        assertThat(read(() -> postings.ofOfficer(officer)), empty());
    }

    @Test
    void aHeadChangeWithoutAFirstDayIsDeadLettered() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        UnitCode gate = StaffingEvents.unitCode("G");
        staffing.headChanged(gate, StaffingEvents.officer(), null);
        String reason = staffing.deadLetterReason("customs.staffing.v1.dlq.inspections", gate.value());
        assertThat(reason, containsString("unit " + gate + " has a new head without a first day"));
    }

    @Test
    void aClosingOfAUnitNeverOpenedHereIsDeadLettered() {
        StaffingEvents staffing = new StaffingEvents(bootstrap);
        UnitCode ghost = StaffingEvents.unitCode("X");
        staffing.closeUnit(ghost, LocalDate.parse("2026-01-31"));
        String reason = staffing.deadLetterReason("customs.staffing.v1.dlq.inspections.units", ghost.value());
        assertThat(
                reason,
                containsString("unit " + ghost + " closed, but its opening (UnitOpened) was never applied here"));
    }

    /** The read models are read in a transaction, as the use cases read them. */
    static <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    /** Staffing's events as staffing writes them on its topic, for the tests of this package. */
    record StaffingEvents(String bootstrap) {

        /** A unit code no other test (or test run) uses. */
        static UnitCode unitCode(String prefix) {
            return new UnitCode((prefix + "_" + TestRun.id() + "_"
                            + UUID.randomUUID().toString().substring(0, 4))
                    .toUpperCase());
        }

        static OfficerId officer() {
            return new OfficerId(UUID.randomUUID());
        }

        void openUnit(UnitCode code, String kind, UnitCode parent, boolean remote) {
            send(
                    code.value(),
                    "UnitOpened",
                    "{\"unitCode\":\"" + code + "\",\"name\":\"Đội " + code + "\",\"kind\":\"" + kind
                            + "\",\"parentCode\":" + quoted(parent) + ",\"remoteArea\":" + remote
                            + ",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        }

        void closeUnit(UnitCode code, LocalDate closedOn) {
            send(
                    code.value(),
                    "UnitClosed",
                    "{\"unitCode\":\"" + code + "\",\"closedOn\":\"" + closedOn
                            + "\",\"decisionNumber\":\"9/QĐ\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        }

        /** Staffing posts the officer at the unit on a post with a function from a day; returns the posting's id. */
        String post(OfficerId officer, UnitCode unit, String postId, String function, String from) {
            String posting = UUID.randomUUID().toString();
            send(
                    officer.toString(),
                    "OfficerPosted",
                    "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + posting + "\",\"unitCode\":\"" + unit
                            + "\",\"postId\":\"" + postId + "\",\"postFunction\":\"" + function
                            + "\",\"sensitivePost\":false,\"from\":\"" + from
                            + "\",\"kind\":\"INITIAL\",\"decisionNumber\":\"1/QĐ\","
                            + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
            return posting;
        }

        void end(OfficerId officer, String posting, UnitCode unit, String postId, String to) {
            send(
                    officer.toString(),
                    "PostingEnded",
                    "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + posting + "\",\"unitCode\":\"" + unit
                            + "\",\"postId\":\"" + postId + "\",\"to\":" + (to == null ? "null" : "\"" + to + "\"")
                            + ",\"decisionNumber\":\"2/QĐ\",\"reason\":\"MOVE\","
                            + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        }

        void headChanged(UnitCode unit, OfficerId head, String from) {
            send(
                    unit.value(),
                    "UnitHeadChanged",
                    "{\"unitCode\":\"" + unit + "\",\"headOfficerId\":" + quoted(head) + ",\"from\":"
                            + (from == null ? "null" : "\"" + from + "\"")
                            + ",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        }

        void register(OfficerId officer, List<UnitCode> relativeUnits) {
            String codes = String.join(
                    ",", relativeUnits.stream().map(code -> "\"" + code + "\"").toList());
            send(
                    officer.toString(),
                    "OfficerRegistered",
                    "{\"officerId\":\"" + officer + "\",\"serviceNumber\":\"SN-1\",\"fullName\":\"Nguyễn Văn A\","
                            + "\"rank\":\"CUSTOMS_OFFICER\",\"conflictOfInterestTaxIds\":[],\"relativeUnitCodes\":["
                            + codes + "],\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        }

        String deadLetterReason(String topic, String key) {
            await().atMost(WAIT).until(() -> !deadLetters(topic, key).isEmpty());
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

        private void send(String key, String type, String payload) {
            TopicWriter.send(bootstrap, "customs.staffing.v1", key, "customs.staffing." + type + ".v1", payload);
        }

        private static String quoted(Object value) {
            return value == null ? "null" : "\"" + value + "\"";
        }
    }
}

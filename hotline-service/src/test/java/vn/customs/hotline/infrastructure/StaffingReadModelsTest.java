package vn.customs.hotline.infrastructure;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import vn.customs.hotline.application.OnPostCandidates;
import vn.customs.hotline.application.OnPostCandidates.Candidate;
import vn.customs.hotline.domain.assignment.Conflict;
import vn.customs.hotline.domain.assignment.HandlerConflicts;
import vn.customs.hotline.domain.staffing.Posting;
import vn.customs.hotline.domain.staffing.PostingHistory;
import vn.customs.hotline.domain.staffing.Unit;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.testkit.TestRun;
import vn.customs.testkit.TopicReader;
import vn.customs.testkit.TopicWriter;

/**
 * Staffing's real events on {@code customs.staffing.v1} build the hotline's unit directory and posting history:
 * the unit tree with its descendants, postings and their ends, the officers on post at a gate on a day (its teams
 * included), a handler's conflicts of interest, and the dead letters of events that would change nothing.
 */
@QuarkusTest
class StaffingReadModelsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    UnitDirectory units;

    @Inject
    PostingHistory postings;

    @Inject
    OnPostCandidates candidates;

    @Test
    void theUnitTreeGivesAUnitWithEveryUnitBelowIt() {
        UnitCode dept = unitCode("D");
        UnitCode gate = unitCode("G");
        UnitCode team = new UnitCode(gate + "_T1");
        UnitCode squad = new UnitCode(gate + "_T1_S");
        UnitCode otherGate = unitCode("O");
        openUnit(dept, "DEPARTMENT", null, false);
        openUnit(gate, "SUB_DEPARTMENT", dept, true);
        openUnit(team, "TEAM", gate, false);
        openUnit(squad, "TEAM", team, false);
        openUnit(otherGate, "SUB_DEPARTMENT", dept, false);

        // keyed by unit, the openings may arrive in any order: the tree is whole once the last one is here
        await().atMost(WAIT)
                .until(() ->
                        read(() -> units.withDescendants(dept)).equals(Set.of(dept, gate, team, squad, otherGate)));
        assertEquals(Set.of(gate, team, squad), read(() -> units.withDescendants(gate)));
        assertEquals(Set.of(squad), read(() -> units.withDescendants(squad)));
        Unit found = read(() -> units.find(gate)).orElseThrow();
        assertEquals(new Unit(gate, "Đội " + gate, "SUB_DEPARTMENT", dept, true, true), found);
        assertEquals(Optional.of(gate), read(() -> units.parentOf(team)));
        assertEquals(Optional.empty(), read(() -> units.parentOf(dept)));

        closeUnit(team, LocalDate.parse("2026-06-30"));
        await().atMost(WAIT)
                .until(() -> !read(() -> units.find(team)).orElseThrow().open());
        // a closed unit's history still counts: it stays below its gate
        assertEquals(Set.of(gate, team, squad), read(() -> units.withDescendants(gate)));
    }

    @Test
    void aUnitNobodyOpenedIsUnknownAndCountsAsItselfAlone() {
        UnitCode nowhere = unitCode("N");
        assertEquals(Optional.empty(), read(() -> units.find(nowhere)));
        assertEquals(Set.of(nowhere), read(() -> units.withDescendants(nowhere)));
        assertEquals(Optional.empty(), read(() -> units.parentOf(nowhere)));
    }

    @Test
    void aPostingEndsOnItsLastDay() {
        UnitCode gate = unitCode("G");
        OfficerId officer = officer();
        String posting = post(officer, gate, "COUNTER-2", "2024-01-01");
        await().atMost(WAIT)
                .until(() -> !read(() -> postings.ofOfficer(officer)).isEmpty());
        assertEquals(
                List.of(new Posting(officer, gate, "COUNTER-2", "CLEARANCE", LocalDate.parse("2024-01-01"), null)),
                read(() -> postings.ofOfficer(officer)));

        end(officer, posting, gate, "COUNTER-2", "2025-06-30");
        await().atMost(WAIT)
                .until(() -> read(() -> postings.ofOfficer(officer)).get(0).to() != null);
        Posting ended = read(() -> postings.ofOfficer(officer)).get(0);
        assertEquals(LocalDate.parse("2025-06-30"), ended.to());
        assertTrue(ended.covers(LocalDate.parse("2025-06-30")));
        assertFalse(ended.covers(LocalDate.parse("2025-07-01")));
    }

    @Test
    void theOfficersOnPostAtAGateOnADayIncludeItsTeams() {
        UnitCode dept = unitCode("D");
        UnitCode gate = unitCode("G");
        UnitCode team = new UnitCode(gate + "_T1");
        UnitCode otherGate = unitCode("O");
        openUnit(dept, "DEPARTMENT", null, false);
        openUnit(gate, "SUB_DEPARTMENT", dept, false);
        openUnit(team, "TEAM", gate, false);
        openUnit(otherGate, "SUB_DEPARTMENT", dept, false);
        OfficerId atGate = officer();
        OfficerId atTeam = officer();
        OfficerId leftTheDayBefore = officer();
        OfficerId elsewhere = officer();
        OfficerId cameTheDayAfter = officer();
        post(atGate, gate, "COUNTER-2", "2026-03-01");
        String teamPosting = post(atTeam, team, "SCANNER", "2026-01-01");
        end(atTeam, teamPosting, team, "SCANNER", "2026-03-03");
        String leftPosting = post(leftTheDayBefore, gate, "COUNTER-2", "2025-01-01");
        end(leftTheDayBefore, leftPosting, gate, "COUNTER-2", "2026-03-02");
        post(elsewhere, otherGate, "COUNTER-2", "2026-01-01");
        post(cameTheDayAfter, gate, "COUNTER-2", "2026-03-04");
        await().atMost(WAIT)
                .until(() -> read(() -> units.withDescendants(gate)).contains(team)
                        && known(atGate)
                        && ended(atTeam)
                        && ended(leftTheDayBefore)
                        && known(elsewhere)
                        && known(cameTheDayAfter));

        LocalDate day = LocalDate.parse("2026-03-03");
        assertEquals(
                List.of(
                        new Candidate(atGate, gate, "COUNTER-2", "CLEARANCE", LocalDate.parse("2026-03-01"), null),
                        new Candidate(
                                atTeam,
                                team,
                                "SCANNER",
                                "CLEARANCE",
                                LocalDate.parse("2026-01-01"),
                                LocalDate.parse("2026-03-03"))),
                candidates.at(gate, day));
        assertEquals(
                List.of(atTeam),
                candidates.at(team, day).stream().map(Candidate::officerId).toList());
        // on the last day of 2025 only the officer who left the gate in March 2026 was on post there
        assertEquals(
                List.of(leftTheDayBefore),
                candidates.at(gate, LocalDate.parse("2025-12-31")).stream()
                        .map(Candidate::officerId)
                        .toList());
    }

    @Test
    void aHandlerPostedAtATeamOfTheAccusedGateOrWithTheAccusedOfficerConflicts() {
        UnitCode dept = unitCode("D");
        UnitCode gate = unitCode("G");
        UnitCode team = new UnitCode(gate + "_T1");
        UnitCode otherGate = unitCode("O");
        openUnit(dept, "DEPARTMENT", null, false);
        openUnit(gate, "SUB_DEPARTMENT", dept, false);
        openUnit(team, "TEAM", gate, false);
        openUnit(otherGate, "SUB_DEPARTMENT", dept, false);
        OfficerId accused = officer();
        OfficerId formerTeamMember = officer();
        OfficerId formerColleague = officer();
        OfficerId neutral = officer();
        post(accused, gate, "COUNTER-2", "2022-01-01");
        String former = post(formerTeamMember, team, "SCANNER", "2020-01-01");
        end(formerTeamMember, former, team, "SCANNER", "2025-01-31");
        String colleague = post(formerColleague, otherGate, "COUNTER-1", "2019-01-01");
        end(formerColleague, colleague, otherGate, "COUNTER-1", "2024-12-31");
        String accusedBefore = post(accused, otherGate, "COUNTER-1", "2018-01-01");
        end(accused, accusedBefore, otherGate, "COUNTER-1", "2021-12-31");
        post(neutral, otherGate, "COUNTER-1", "2025-01-01");
        await().atMost(WAIT)
                .until(() -> read(() -> units.withDescendants(gate)).contains(team)
                        && ended(formerTeamMember)
                        && ended(formerColleague)
                        && read(() -> postings.ofOfficer(accused)).size() == 2
                        && ended(accused)
                        && known(neutral));

        LocalDate today = LocalDate.parse("2026-12-06");
        assertEquals(
                List.of(Conflict.Code.POSTED_AT_ACCUSED_UNIT),
                codes(formerTeamMember, gate, Optional.of(accused), today, 3));
        assertEquals(
                List.of(Conflict.Code.SHARED_POSTING_WITH_ACCUSED),
                codes(formerColleague, gate, Optional.of(accused), today, 5));
        // with 3 years, together at the other gate only until 2021-12-31: too long ago
        assertEquals(List.of(), codes(formerColleague, gate, Optional.of(accused), today, 3));
        assertEquals(List.of(), codes(neutral, gate, Optional.of(accused), today, 3));
        assertEquals(
                List.of(Conflict.Code.IS_THE_ACCUSED, Conflict.Code.POSTED_AT_ACCUSED_UNIT),
                codes(accused, gate, Optional.of(accused), today, 3));
    }

    @Test
    void anEndOfAPostingNeverStartedHereIsDeadLettered() {
        OfficerId officer = officer();
        String posting = UUID.randomUUID().toString();
        end(officer, posting, unitCode("G"), "COUNTER-2", "2026-01-31");
        String reason = reason("customs.staffing.v1.dlq.hotline", officer.toString());
        assertTrue(
                reason.contains("posting " + posting + " ended, but its start (OfficerPosted) was never applied here"),
                reason);
        assertEquals(List.of(), read(() -> postings.ofOfficer(officer)));
    }

    @Test
    void anEndWithoutALastDayIsDeadLetteredAndLeavesThePostingAsItWas() {
        UnitCode gate = unitCode("G");
        OfficerId officer = officer();
        String posting = post(officer, gate, "COUNTER-2", "2024-01-01");
        end(officer, posting, gate, "COUNTER-2", null);
        String reason = reason("customs.staffing.v1.dlq.hotline", officer.toString());
        assertTrue(reason.contains("posting " + posting + " ended without a last day (to)"), reason);
        assertEquals(
                List.of(new Posting(officer, gate, "COUNTER-2", "CLEARANCE", LocalDate.parse("2024-01-01"), null)),
                read(() -> postings.ofOfficer(officer)));
    }

    @Test
    void aClosingOfAUnitNeverOpenedHereIsDeadLettered() {
        UnitCode ghost = unitCode("X");
        closeUnit(ghost, LocalDate.parse("2026-01-31"));
        String reason = reason("customs.staffing.v1.dlq.hotline.units", ghost.value());
        assertTrue(
                reason.contains("unit " + ghost + " closed, but its opening (UnitOpened) was never applied here"),
                reason);
    }

    private List<Conflict.Code> codes(
            OfficerId handler, UnitCode unit, Optional<OfficerId> accused, LocalDate today, int years) {
        return read(() -> new HandlerConflicts().of(handler, unit, accused, today, years, units, postings)).stream()
                .map(Conflict::code)
                .toList();
    }

    private boolean known(OfficerId officer) {
        return !read(() -> postings.ofOfficer(officer)).isEmpty();
    }

    private boolean ended(OfficerId officer) {
        return read(() -> postings.ofOfficer(officer)).stream().anyMatch(posting -> posting.to() != null);
    }

    /** The read models are read in a transaction, as the use cases read them. */
    private static <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    private static UnitCode unitCode(String prefix) {
        return new UnitCode((prefix + "_" + TestRun.id() + "_"
                        + UUID.randomUUID().toString().substring(0, 4))
                .toUpperCase());
    }

    private static OfficerId officer() {
        return new OfficerId(UUID.randomUUID());
    }

    private void openUnit(UnitCode code, String kind, UnitCode parent, boolean remote) {
        send(
                code.value(),
                "UnitOpened",
                "{\"unitCode\":\"" + code + "\",\"name\":\"Đội " + code + "\",\"kind\":\"" + kind + "\",\"parentCode\":"
                        + (parent == null ? "null" : "\"" + parent + "\"") + ",\"remoteArea\":" + remote
                        + ",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    private void closeUnit(UnitCode code, LocalDate closedOn) {
        send(
                code.value(),
                "UnitClosed",
                "{\"unitCode\":\"" + code + "\",\"closedOn\":\"" + closedOn
                        + "\",\"decisionNumber\":\"9/QĐ\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    /** Staffing posts the officer at the unit on a post from a day; returns the posting's id. */
    private String post(OfficerId officer, UnitCode unit, String postId, String from) {
        String posting = UUID.randomUUID().toString();
        send(
                officer.toString(),
                "OfficerPosted",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + posting + "\",\"unitCode\":\"" + unit
                        + "\",\"postId\":\"" + postId + "\",\"postFunction\":\"CLEARANCE\",\"sensitivePost\":true,"
                        + "\"from\":\"" + from + "\",\"kind\":\"INITIAL\",\"decisionNumber\":\"1/QĐ\","
                        + "\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
        return posting;
    }

    private void end(OfficerId officer, String posting, UnitCode unit, String postId, String to) {
        send(
                officer.toString(),
                "PostingEnded",
                "{\"officerId\":\"" + officer + "\",\"postingId\":\"" + posting + "\",\"unitCode\":\"" + unit
                        + "\",\"postId\":\"" + postId + "\",\"to\":" + (to == null ? "null" : "\"" + to + "\"")
                        + ",\"decisionNumber\":\"2/QĐ\","
                        + "\"reason\":\"MOVE\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}");
    }

    private void send(String key, String type, String payload) {
        TopicWriter.send(bootstrap, "customs.staffing.v1", key, "customs.staffing." + type + ".v1", payload);
    }

    private String reason(String topic, String key) {
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
}

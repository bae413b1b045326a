package vn.customs.hotline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.contracts.hotline.ReportDeadlineBreached;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DeadlineState;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.QueueLevel;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.platform.domain.RuleViolationException;

/** The legal clocks, rule by rule, with the dates written out (times in Vietnam: UTC+7, Monday to Friday). */
class LegalClockTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    static ClockRuleVersion rulesOn(Instant at) {
        return Reports.BOOK.inForceOn(LocalDate.ofInstant(at, VN));
    }

    /** kind, received at, the acceptance deadline. */
    static Stream<Arguments> acceptance() {
        return Stream.of(
                // 7 working days: Monday 10:00 to the Wednesday of the week after
                Arguments.of(ReportKind.DENUNCIATION, "2026-09-07T10:00", "2026-09-16T10:00"),
                // received on a Saturday: counting starts Monday 07:30
                Arguments.of(ReportKind.DENUNCIATION, "2026-09-12T09:00", "2026-09-23T07:30"),
                // 10 calendar days
                Arguments.of(ReportKind.COMPLAINT, "2026-09-07T10:00", "2026-09-17T10:00"),
                Arguments.of(ReportKind.PETITION, "2026-09-07T10:00", "2026-09-16T10:00"));
    }

    @ParameterizedTest(name = "{0} received {1}: acceptance due {2}")
    @MethodSource("acceptance")
    void acceptanceDeadline(ReportKind kind, String receivedAt, String due) {
        Report report = Reports.received(kind, vn(receivedAt));
        assertEquals(vn(due), report.legalClock().dueAt());
    }

    /** kind, received at, the acceptance deadline once checked in several places, or the refusal's code. */
    static Stream<Arguments> severalPlaces() {
        return Stream.of(
                // 10 working days instead of 7: Monday 10:00 to the Monday two weeks on
                Arguments.of(ReportKind.DENUNCIATION, "2026-09-07T10:00", "2026-09-21T10:00"),
                Arguments.of(ReportKind.COMPLAINT, "2026-09-07T10:00", "acceptance-term-fixed"),
                Arguments.of(ReportKind.PETITION, "2026-09-07T10:00", "acceptance-term-fixed"));
    }

    @ParameterizedTest(name = "{0} received {1}, checked in several places: {2}")
    @MethodSource("severalPlaces")
    void checkingInSeveralPlacesLengthensADenunciationsAcceptanceTermOnce(
            ReportKind kind, String receivedAt, String expected) {
        Instant at = vn(receivedAt);
        Report report = Reports.received(kind, at);
        Runnable lengthen =
                () -> report.needsVerificationInSeveralPlaces("Two gates must be heard", rulesOn(at), Reports.CALENDAR);
        if (expected.contains("T")) {
            lengthen.run();
            assertEquals(vn(expected), report.legalClock().dueAt());
            assertEquals(
                    "acceptance-term-lengthened",
                    assertThrows(RuleViolationException.class, lengthen::run).code());
            report.accept(Complexity.NORMAL, at, rulesOn(at), Reports.CALENDAR);
            assertThrows(vn.customs.platform.domain.IllegalTransitionException.class, lengthen::run);
        } else {
            Instant due = report.legalClock().dueAt();
            assertEquals(
                    expected,
                    assertThrows(RuleViolationException.class, lengthen::run).code());
            assertEquals(due, report.legalClock().dueAt(), "the term is unchanged");
        }
    }

    /** kind, complexity, remote area, accepted at, the settlement deadline. */
    static Stream<Arguments> settlement() {
        return Stream.of(
                Arguments.of(ReportKind.DENUNCIATION, Complexity.NORMAL, false, "2026-09-07T10:00", "2026-10-07T10:00"),
                Arguments.of(
                        ReportKind.DENUNCIATION, Complexity.VERY_COMPLEX, true, "2026-09-07T10:00", "2026-10-07T10:00"),
                Arguments.of(ReportKind.COMPLAINT, Complexity.NORMAL, false, "2026-09-07T10:00", "2026-10-07T10:00"),
                Arguments.of(ReportKind.COMPLAINT, Complexity.COMPLEX, false, "2026-09-07T10:00", "2026-10-22T10:00"),
                Arguments.of(ReportKind.COMPLAINT, Complexity.NORMAL, true, "2026-09-07T10:00", "2026-10-22T10:00"),
                Arguments.of(ReportKind.COMPLAINT, Complexity.COMPLEX, true, "2026-09-07T10:00", "2026-11-06T10:00"),
                // 15 working days
                Arguments.of(ReportKind.PETITION, Complexity.NORMAL, false, "2026-09-07T10:00", "2026-09-28T10:00"));
    }

    @ParameterizedTest(name = "{0} {1} remote={2} accepted {3}: settlement due {4}")
    @MethodSource("settlement")
    void settlementDeadline(ReportKind kind, Complexity complexity, boolean remote, String acceptedAt, String due) {
        Instant at = vn(acceptedAt);
        Report report = Reports.received(kind, at, remote);
        report.accept(complexity, at, rulesOn(at), Reports.CALENDAR);
        assertEquals(vn(due), report.legalClock().dueAt());
    }

    /** kind, accepted, suspended, resumed, the settlement deadline afterwards. */
    static Stream<Arguments> suspension() {
        return Stream.of(
                // before 1 July 2026 a suspension does not stop the clock
                Arguments.of(
                        ReportKind.DENUNCIATION,
                        "2026-06-01T10:00",
                        "2026-06-10T10:00",
                        "2026-06-20T10:00",
                        "2026-07-01T10:00"),
                // suspended before, resumed after 1 July 2026: the rule of the day it began holds
                Arguments.of(
                        ReportKind.DENUNCIATION,
                        "2026-06-01T10:00",
                        "2026-06-25T10:00",
                        "2026-07-05T10:00",
                        "2026-07-01T10:00"),
                // from 1 July 2026 the ten days suspended are added
                Arguments.of(
                        ReportKind.DENUNCIATION,
                        "2026-07-06T10:00",
                        "2026-07-10T10:00",
                        "2026-07-20T10:00",
                        "2026-08-15T10:00"),
                // working days: Friday 10:00 to Monday 10:00 is one working day paused (5.5 h Friday, 2.5 h Monday)
                Arguments.of(
                        ReportKind.PETITION,
                        "2026-09-07T10:00",
                        "2026-09-11T10:00",
                        "2026-09-14T10:00",
                        "2026-09-29T10:00"));
    }

    @ParameterizedTest(name = "{0} accepted {1}, suspended {2} to {3}: due {4}")
    @MethodSource("suspension")
    void suspensionPausesOnlyUnderTheRulesOf2026(
            ReportKind kind, String accepted, String suspended, String resumed, String due) {
        Instant acceptedAt = vn(accepted);
        Report report = Reports.received(kind, acceptedAt);
        report.accept(Complexity.NORMAL, acceptedAt, rulesOn(acceptedAt), Reports.CALENDAR);
        report.startVerification();
        Instant suspendedAt = vn(suspended);
        report.suspend("Waiting for the gate's camera footage", suspendedAt, rulesOn(suspendedAt));
        boolean pauses = rulesOn(suspendedAt).suspensionPausesClock();
        assertEquals(pauses, report.deadlineState(suspendedAt.plusSeconds(3600)) == DeadlineState.PAUSED);
        report.resume(vn(resumed), Reports.CALENDAR);
        assertEquals(vn(due), report.legalClock().dueAt());
    }

    /** complexity, extensions asked (days each), the deadline afterwards, or the refusal's code. */
    static Stream<Arguments> extensions() {
        return Stream.of(
                Arguments.of(Complexity.NORMAL, List.of(10), "no-extension-left"),
                Arguments.of(Complexity.COMPLEX, List.of(30), "2026-11-06T10:00"),
                Arguments.of(Complexity.COMPLEX, List.of(30, 30), "no-extension-left"),
                Arguments.of(Complexity.COMPLEX, List.of(31), "extension-too-long"),
                Arguments.of(Complexity.VERY_COMPLEX, List.of(30, 30), "2026-12-06T10:00"),
                Arguments.of(Complexity.VERY_COMPLEX, List.of(30, 15), "2026-11-21T10:00"),
                Arguments.of(Complexity.VERY_COMPLEX, List.of(30, 30, 1), "no-extension-left"));
    }

    @ParameterizedTest(name = "denunciation {0}, extensions {1}: {2}")
    @MethodSource("extensions")
    void extensionsOfComplexDenunciations(Complexity complexity, List<Integer> days, String expected) {
        Instant at = vn("2026-09-07T10:00");
        Report report = Reports.received(ReportKind.DENUNCIATION, at);
        report.accept(complexity, at, rulesOn(at), Reports.CALENDAR);
        report.startVerification();
        Runnable extendAll =
                () -> days.forEach(d -> report.extend(d, "Witnesses at two gates", rulesOn(at), Reports.CALENDAR));
        if (expected.contains("T")) {
            extendAll.run();
            assertEquals(vn(expected), report.legalClock().dueAt());
        } else {
            assertEquals(
                    expected,
                    assertThrows(RuleViolationException.class, extendAll::run).code());
        }
    }

    @Test
    void aComplaintGetsNoExtensionItsComplexityAlreadyLengthenedTheTerm() {
        Instant at = vn("2026-09-07T10:00");
        Report report = Reports.received(ReportKind.COMPLAINT, at);
        report.accept(Complexity.VERY_COMPLEX, at, rulesOn(at), Reports.CALENDAR);
        assertEquals(
                "no-extension-left",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.extend(10, "More time", rulesOn(at), Reports.CALENDAR))
                        .code());
    }

    /** now, the deadline state of a denunciation accepted Monday 7 September 2026 10:00 (due 7 October 10:00). */
    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of("2026-09-30T10:00", DeadlineState.ON_TIME),
                // 80% of 30 days is day 24: 1 October 10:00
                Arguments.of("2026-10-01T09:59", DeadlineState.ON_TIME),
                Arguments.of("2026-10-01T10:00", DeadlineState.AT_RISK),
                Arguments.of("2026-10-07T10:00", DeadlineState.AT_RISK),
                Arguments.of("2026-10-07T10:01", DeadlineState.BREACHED));
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @MethodSource("states")
    void atRiskAfterEightyPercentBreachedAfterTheDeadline(String now, DeadlineState expected) {
        Instant at = vn("2026-09-07T10:00");
        Report report = Reports.received(ReportKind.DENUNCIATION, at);
        report.accept(Complexity.NORMAL, at, rulesOn(at), Reports.CALENDAR);
        assertEquals(expected, report.deadlineState(vn(now)));
    }

    @Test
    void eachDeadlineIsBreachedOnceAndTheReportMovesToTheNextLevel() {
        Instant received = vn("2026-09-07T10:00");
        Report report = Reports.received(ReportKind.DENUNCIATION, received);
        assertEquals(QueueLevel.DEPARTMENT, report.queueLevel());
        assertEquals(
                "deadline-not-breached",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.breachDeadline(vn("2026-09-16T10:00")))
                        .code());

        ReportDeadlineBreached acceptance = report.breachDeadline(vn("2026-09-16T10:01"));
        assertEquals("ACCEPTANCE", acceptance.deadline());
        assertEquals(vn("2026-09-16T10:00"), acceptance.dueAt());
        assertEquals("GENERAL_DEPARTMENT", acceptance.escalatedTo());
        assertEquals(QueueLevel.GENERAL_DEPARTMENT, report.queueLevel());
        assertEquals(
                "deadline-not-breached",
                assertThrows(
                                vn.customs.platform.domain.DomainException.class,
                                () -> report.breachDeadline(vn("2026-09-17T10:00")))
                        .code());

        Instant accepted = vn("2026-09-18T10:00");
        report.accept(Complexity.NORMAL, accepted, rulesOn(accepted), Reports.CALENDAR);
        ReportDeadlineBreached settlement = report.breachDeadline(vn("2026-10-18T10:01"));
        assertEquals("SETTLEMENT", settlement.deadline());
        assertEquals("GENERAL_DEPARTMENT", settlement.escalatedTo());
    }

    @Test
    void aPausedClockIsNotBreachedWhileItStandsStill() {
        Instant at = vn("2026-09-07T10:00");
        Report report = Reports.received(ReportKind.DENUNCIATION, at);
        report.accept(Complexity.NORMAL, at, rulesOn(at), Reports.CALENDAR);
        report.startVerification();
        report.suspend("Waiting for a court", vn("2026-09-20T10:00"), rulesOn(at));
        assertEquals(DeadlineState.PAUSED, report.deadlineState(vn("2026-12-01T10:00")));
        assertFalse(report.legalClock().newlyBreached(vn("2026-12-01T10:00"), true));
    }
}

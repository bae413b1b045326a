package vn.customs.declarations.domain.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.customs.platform.domain.time.TimeInterval;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * The charter clock on cases an officer would check by hand. Times are wall-clock times in Asia/Ho_Chi_Minh; office
 * hours are 07:30–11:30 and 13:00–17:00. The week of Monday 9 March 2026 has no holiday.
 */
class CharterClockTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * National Day 2025 (Saturday 30 August to Tuesday 2 September off: Monday 1 and Tuesday 2 are the working days
     * lost) and Tết Bính Ngọ 2026 (Saturday 14 to Sunday 22 February).
     */
    private static final WorkingCalendar CALENDAR =
            WorkingCalendar.builder().holidays(holidays()).build();

    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @ParameterizedTest(name = "{0} + {1} runs out at {2}")
    @CsvSource({
        "2026-03-09T08:00, PT2H, 2026-03-09T10:00", // a plain morning
        "2026-03-09T10:30, PT2H, 2026-03-09T14:00", // lunch does not count
        "2026-03-09T12:10, PT2H, 2026-03-09T15:00", // registered at lunch: counting begins at 13:00
        "2026-03-09T17:30, PT2H, 2026-03-10T09:30", // registered after closing
        "2026-03-06T16:00, PT2H, 2026-03-09T08:30", // Friday 16:00: one hour Friday, one hour Monday
        "2026-03-06T15:00, PT8H, 2026-03-09T15:00", // red across the weekend
        "2025-08-29T16:00, PT2H, 2025-09-03T08:30", // across the National Day break to Wednesday
        "2025-08-29T15:00, PT8H, 2025-09-03T15:00", // red across the National Day break
        "2026-02-13T16:30, PT2H, 2026-02-23T09:00", // the last half hour before Tết, then after it
    })
    void theDeadlineCountsOnlyWorkingTimeAndIsBreachedOneMinuteLater(
            String start, Duration committed, String expectedDeadline) {
        CharterClock clock = CharterClock.start(at(start), committed);
        Instant deadline = at(expectedDeadline);

        assertEquals(deadline, clock.deadline(CALENDAR, at(start)));
        assertEquals(committed, clock.used(CALENDAR, deadline));
        assertEquals(Duration.ZERO, clock.left(CALENDAR, deadline));
        assertEquals(ClockState.AT_RISK, clock.state(CALENDAR, deadline)); // all used is not more than all
        assertFalse(clock.breachedBy(CALENDAR, deadline));

        Instant minuteLater = deadline.plus(Duration.ofMinutes(1));
        assertEquals(ClockState.BREACHED, clock.state(CALENDAR, minuteLater));
        assertTrue(clock.breachedBy(CALENDAR, minuteLater));
        assertEquals(Duration.ofMinutes(-1), clock.left(CALENDAR, minuteLater));
    }

    @Test
    void theWeekendAndTheHolidaysUseNoTime() {
        CharterClock clock = CharterClock.start(at("2025-08-29T16:00"), TWO_HOURS);

        // Friday's last hour, then nothing over the weekend and the two days of the National Day break
        assertEquals(Duration.ofHours(1), clock.used(CALENDAR, at("2025-09-02T23:59")));
        assertEquals(Duration.ofHours(1), clock.left(CALENDAR, at("2025-09-02T23:59")));
        assertEquals(at("2025-09-03T08:30"), clock.deadline(CALENDAR, at("2025-09-02T10:00")));

        // the same days without the holidays: the clock runs out on Monday
        WorkingCalendar noHolidays = WorkingCalendar.builder().build();
        assertEquals(at("2025-09-01T08:30"), clock.deadline(noHolidays, at("2025-08-29T16:00")));
    }

    @ParameterizedTest(name = "{1} of {0} registered Monday {2}: at risk from {3}")
    @CsvSource({
        "PT2H, 08:00, 09:36", // 96 of 120 minutes
        "PT8H, 07:30, 15:24", // 4 h before lunch and 2 h 24 min after: 384 of 480 minutes
    })
    void atRiskFromExactlyEightyPercent(Duration committed, String start, String atRiskFrom) {
        CharterClock clock = CharterClock.start(at("2026-03-09T" + start), committed);
        Instant threshold = at("2026-03-09T" + atRiskFrom);

        assertEquals(committed.multipliedBy(4).dividedBy(5), clock.used(CALENDAR, threshold));
        assertEquals(ClockState.ON_TRACK, clock.state(CALENDAR, threshold.minusNanos(1)));
        assertEquals(ClockState.AT_RISK, clock.state(CALENDAR, threshold));
    }

    @Test
    void aPauseWhileDocumentsAreRequestedStopsTheClockUntilItResumes() {
        // 1 h used, then documents requested at 09:00; they arrive on Tuesday at 10:00
        CharterClock paused =
                CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS).pause(at("2026-03-09T09:00"));
        CharterClock resumed = paused.resume(at("2026-03-10T10:00"));

        assertEquals(List.of(), paused.pauses());
        assertEquals(at("2026-03-09T09:00"), paused.pausedSince());
        assertEquals(List.of(new TimeInterval(at("2026-03-09T09:00"), at("2026-03-10T10:00"))), resumed.pauses());
        assertNull(resumed.pausedSince());

        assertEquals(Duration.ofHours(1), resumed.used(CALENDAR, at("2026-03-10T10:00")));
        assertEquals(Duration.ofMinutes(90), resumed.used(CALENDAR, at("2026-03-10T10:30")));
        assertEquals(Duration.ofMinutes(30), resumed.left(CALENDAR, at("2026-03-10T10:30")));
        assertEquals(at("2026-03-10T11:00"), resumed.deadline(CALENDAR, at("2026-03-10T10:30")));
        assertEquals(ClockState.ON_TRACK, resumed.state(CALENDAR, at("2026-03-10T10:30"))); // 75%
        assertEquals(ClockState.AT_RISK, resumed.state(CALENDAR, at("2026-03-10T10:36"))); // 80%
        assertEquals(ClockState.BREACHED, resumed.state(CALENDAR, at("2026-03-10T11:01")));
        // 1 h on Monday, 10:00-11:30 and 13:00-13:30 on Tuesday: lunch is not counted
        assertEquals(Duration.ofMinutes(180), resumed.used(CALENDAR, at("2026-03-10T13:30")));
    }

    @Test
    void anOngoingPauseCountsUpToNowAndTheDeadlineMovesWithIt() {
        // 1 h 50 min used by 09:50, then paused: at risk, but never breached while the declarant is waited on
        CharterClock clock =
                CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS).pause(at("2026-03-09T09:50"));

        assertEquals(Duration.ofMinutes(110), clock.used(CALENDAR, at("2026-03-10T14:00")));
        assertEquals(ClockState.AT_RISK, clock.state(CALENDAR, at("2026-03-10T14:00")));
        assertFalse(clock.breachedBy(CALENDAR, at("2026-03-16T14:00")));
        // as if it resumed now: 10 minutes left
        assertEquals(at("2026-03-09T15:10"), clock.deadline(CALENDAR, at("2026-03-09T15:00")));
        assertEquals(at("2026-03-10T14:10"), clock.deadline(CALENDAR, at("2026-03-10T14:00")));
        assertEquals(at("2026-03-11T07:40"), clock.deadline(CALENDAR, at("2026-03-10T18:00")));
    }

    @Test
    void pausesAddUpAndPausedNonWorkingTimeIsNotDiscountedTwice() {
        // paused over lunch and again overnight: only the working time of each pause is discounted
        CharterClock clock = CharterClock.start(at("2026-03-09T08:00"), EIGHT_HOURS)
                .pause(at("2026-03-09T11:00"))
                .resume(at("2026-03-09T13:30"))
                .pause(at("2026-03-09T16:00"))
                .resume(at("2026-03-10T08:00"));

        // 3 h before 11:00, 2 h 30 min from 13:30 to 16:00, 1 h on Tuesday from 08:00
        assertEquals(Duration.ofMinutes(390), clock.used(CALENDAR, at("2026-03-10T09:00")));
        assertEquals(at("2026-03-10T10:30"), clock.deadline(CALENDAR, at("2026-03-10T09:00")));
    }

    @Test
    void aBreachedClockGivesThePastMomentItRanOut() {
        // 1 h until the pause at 09:00, resumed at 14:00: the second hour ran out at 15:00
        CharterClock clock = CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS)
                .pause(at("2026-03-09T09:00"))
                .resume(at("2026-03-09T14:00"));

        assertEquals(Duration.ofMinutes(270), clock.used(CALENDAR, at("2026-03-10T08:00")));
        assertEquals(Duration.ofMinutes(-150), clock.left(CALENDAR, at("2026-03-10T08:00")));
        assertEquals(at("2026-03-09T15:00"), clock.deadline(CALENDAR, at("2026-03-10T08:00")));
        assertEquals(ClockState.BREACHED, clock.state(CALENDAR, at("2026-03-10T08:00")));
    }

    @ParameterizedTest(name = "cleared at {0}: {1}")
    @CsvSource({
        "2026-03-09T09:30, MET", // well within the two hours
        "2026-03-09T09:40, MET", // at risk when cleared, but cleared in time
        "2026-03-09T10:00, MET", // exactly at the deadline
        "2026-03-09T10:01, BREACHED", // a minute late
        "2026-03-09T15:00, BREACHED",
    })
    void aStoppedClockIsMetWhenClearedInTimeAndBreachedWhenLate(String clearedAt, ClockState expected) {
        CharterClock clock =
                CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS).stop(at(clearedAt));

        assertEquals(at(clearedAt), clock.stoppedAt());
        assertEquals(expected, clock.state(CALENDAR, at(clearedAt)));
        // the clock no longer runs: a week later it reads the same
        assertEquals(expected, clock.state(CALENDAR, at("2026-03-16T10:00")));
        assertEquals(clock.used(CALENDAR, at(clearedAt)), clock.used(CALENDAR, at("2026-03-16T10:00")));
        assertEquals(expected == ClockState.BREACHED, clock.breachedBy(CALENDAR, at("2026-03-16T10:00")));
        // the deadline it was working against
        assertEquals(at("2026-03-09T10:00"), clock.deadline(CALENDAR, at("2026-03-16T10:00")));
    }

    @Test
    void beforeItIsStoppedAStoppedClockReadsAsRunning() {
        CharterClock clock =
                CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS).stop(at("2026-03-09T09:50"));

        assertEquals(ClockState.ON_TRACK, clock.state(CALENDAR, at("2026-03-09T09:00")));
        assertEquals(ClockState.AT_RISK, clock.state(CALENDAR, at("2026-03-09T09:45")));
        assertEquals(ClockState.MET, clock.state(CALENDAR, at("2026-03-09T09:50")));
        assertEquals(Duration.ZERO, clock.used(CALENDAR, at("2026-03-09T07:00"))); // before it started
        assertEquals(ClockState.ON_TRACK, clock.state(CALENDAR, at("2026-03-09T07:00")));
    }

    @Test
    void stoppingAPausedClockEndsThePause() {
        CharterClock clock = CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS)
                .pause(at("2026-03-09T09:00"))
                .stop(at("2026-03-10T10:00"));

        assertNull(clock.pausedSince());
        assertEquals(List.of(new TimeInterval(at("2026-03-09T09:00"), at("2026-03-10T10:00"))), clock.pauses());
        assertEquals(Duration.ofHours(1), clock.used(CALENDAR, at("2026-03-12T10:00")));
        assertEquals(ClockState.MET, clock.state(CALENDAR, at("2026-03-12T10:00")));
        // as if it had resumed when it stopped
        assertEquals(at("2026-03-10T11:00"), clock.deadline(CALENDAR, at("2026-03-12T10:00")));
    }

    @Test
    void aPauseAndResumeAtOnceChangeNothing() {
        CharterClock clock = CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS)
                .pause(at("2026-03-09T09:00"))
                .resume(at("2026-03-09T09:00"));

        assertEquals(Duration.ofMinutes(90), clock.used(CALENDAR, at("2026-03-09T09:30")));
        assertEquals(at("2026-03-09T10:00"), clock.deadline(CALENDAR, at("2026-03-09T09:30")));
    }

    @Test
    void eventsOutOfTurnAreRefused() {
        CharterClock running = CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS);
        CharterClock paused = running.pause(at("2026-03-09T09:00"));
        CharterClock stopped = running.stop(at("2026-03-09T09:30"));

        assertThrows(IllegalStateException.class, () -> paused.pause(at("2026-03-09T10:00")));
        assertThrows(IllegalStateException.class, () -> running.resume(at("2026-03-09T10:00")));
        assertThrows(IllegalStateException.class, () -> stopped.pause(at("2026-03-09T10:00")));
        assertThrows(IllegalStateException.class, () -> stopped.resume(at("2026-03-09T10:00")));
        assertThrows(IllegalStateException.class, () -> stopped.stop(at("2026-03-09T10:00")));
    }

    @Test
    void eventsBeforeTheLastEventAreRefused() {
        CharterClock running = CharterClock.start(at("2026-03-09T08:00"), TWO_HOURS);
        CharterClock paused = running.pause(at("2026-03-09T09:00"));
        CharterClock resumed = paused.resume(at("2026-03-09T10:00"));

        assertThrows(IllegalArgumentException.class, () -> running.pause(at("2026-03-09T07:59")));
        assertThrows(IllegalArgumentException.class, () -> running.stop(at("2026-03-09T07:59")));
        assertThrows(IllegalArgumentException.class, () -> paused.resume(at("2026-03-09T08:59")));
        assertThrows(IllegalArgumentException.class, () -> paused.stop(at("2026-03-09T08:59")));
        assertThrows(IllegalArgumentException.class, () -> resumed.pause(at("2026-03-09T09:59")));
        assertThrows(NullPointerException.class, () -> running.pause(null));
    }

    @ParameterizedTest(name = "committed {0}")
    @ValueSource(strings = {"PT0S", "PT-1H"})
    @NullSource
    void theCommittedTimeMustBePositive(Duration committed) {
        Instant start = at("2026-03-09T08:00");
        Class<? extends RuntimeException> expected =
                committed == null ? NullPointerException.class : IllegalArgumentException.class;

        assertThrows(expected, () -> CharterClock.start(start, committed));
    }

    @Test
    void aClockReadBackMustBeConsistent() {
        Instant start = at("2026-03-09T08:00");
        TimeInterval morning = new TimeInterval(at("2026-03-09T09:00"), at("2026-03-09T10:00"));
        TimeInterval overlapping = new TimeInterval(at("2026-03-09T09:30"), at("2026-03-09T11:00"));
        TimeInterval beforeStart = new TimeInterval(at("2026-03-09T07:00"), at("2026-03-09T09:00"));

        assertThrows(NullPointerException.class, () -> CharterClock.start(null, TWO_HOURS));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharterClock(start, TWO_HOURS, List.of(morning, overlapping), null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharterClock(start, TWO_HOURS, List.of(beforeStart), null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharterClock(start, TWO_HOURS, List.of(morning), at("2026-03-09T09:30"), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharterClock(start, TWO_HOURS, List.of(), at("2026-03-09T09:00"), at("2026-03-09T10:00")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CharterClock(start, TWO_HOURS, List.of(morning), null, at("2026-03-09T09:30")));
    }

    @Test
    void pausesAreCopiedAndNeverNull() {
        List<TimeInterval> pauses = new ArrayList<>();
        pauses.add(new TimeInterval(at("2026-03-09T09:00"), at("2026-03-09T10:00")));
        CharterClock clock = new CharterClock(at("2026-03-09T08:00"), TWO_HOURS, pauses, null, null);
        pauses.clear();

        assertEquals(1, clock.pauses().size());
        assertThrows(UnsupportedOperationException.class, () -> clock.pauses().clear());
        assertEquals(List.of(), new CharterClock(at("2026-03-09T08:00"), TWO_HOURS, null, null, null).pauses());
    }

    @Test
    void theLawCommitsTwoWorkingHoursToCheckADossierAndEightToInspectGoods() {
        CharterTerms law = CharterTerms.law();

        assertEquals(TWO_HOURS, law.committedFor("GREEN"));
        assertEquals(TWO_HOURS, law.committedFor("YELLOW"));
        assertEquals(EIGHT_HOURS, law.committedFor("RED"));
        assertEquals(new CharterTerms(TWO_HOURS, TWO_HOURS, EIGHT_HOURS), law);
    }

    @ParameterizedTest(name = "channel \"{0}\"")
    @ValueSource(strings = {"green", "BLUE", "", " RED"})
    @NullSource
    void onlyTheThreeChannelsHaveTerms(String channel) {
        assertThrows(IllegalArgumentException.class, () -> CharterTerms.law().committedFor(channel));
    }

    @Test
    void termsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new CharterTerms(TWO_HOURS, Duration.ZERO, EIGHT_HOURS));
        assertThrows(NullPointerException.class, () -> new CharterTerms(TWO_HOURS, TWO_HOURS, null));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HCM).toInstant();
    }

    private static Set<LocalDate> holidays() {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.parse("2025-09-01"));
        days.add(LocalDate.parse("2025-09-02"));
        for (LocalDate day = LocalDate.parse("2026-02-14");
                !day.isAfter(LocalDate.parse("2026-02-22"));
                day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}

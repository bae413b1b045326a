package vn.customs.platform.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The working-time calendar on cases an officer would check by hand. Times in the tables are wall-clock times in
 * Asia/Ho_Chi_Minh; the week of 2026-03-09 (Monday) to 2026-03-15 (Sunday) has no holiday.
 */
class WorkingCalendarTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Office hours 07:30–11:30 and 13:00–17:00, Saturday and Sunday off, no holidays. */
    private static final WorkingCalendar PLAIN = WorkingCalendar.builder().build();

    /** Tết Bính Ngọ (Saturday 14 to Sunday 22 February), 30 April and 1 May 2026. */
    private static final WorkingCalendar YEAR_2026 = WorkingCalendar.builder()
            .holidays(union(
                    range("2026-02-14", "2026-02-22"),
                    Set.of(LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"))))
            .build();

    /** 30 April to 2 May 2025 off, in exchange for working Saturday 26 April. */
    private static final WorkingCalendar SWAP_2025 = WorkingCalendar.builder()
            .holidays(range("2025-04-30", "2025-05-02"))
            .extraWorkingDays(Set.of(LocalDate.parse("2025-04-26")))
            .build();

    /** Every day of 2026 is a holiday: a search from 2026 must cross into 2027, and still end. */
    private static final WorkingCalendar WHOLE_2026_OFF = WorkingCalendar.builder()
            .holidays(range("2026-01-01", "2026-12-31"))
            .build();

    @Test
    void eightWorkingHoursFromFridayAfternoonLandOnMondayAfternoon() {
        // 15:00 in Hanoi is 08:00 UTC: 2 h on Friday, 4 h on Monday morning, 2 h after lunch.
        Instant fridayAfternoon = Instant.parse("2026-03-06T08:00:00Z");

        Instant due = PLAIN.addWorkingTime(fridayAfternoon, Duration.ofHours(8));

        assertEquals(Instant.parse("2026-03-09T08:00:00Z"), due);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2026-03-09T07:30, PT4H,     2026-03-09T11:30", // exactly the morning: stays at its end
        "2026-03-09T07:30, PT4H1M,   2026-03-09T13:01",
        "2026-03-09T11:00, PT1H,     2026-03-09T13:30", // lunch does not count
        "2026-03-09T12:00, PT1H,     2026-03-09T14:00", // start at lunch: counting begins at 13:00
        "2026-03-09T06:00, PT8H,     2026-03-09T17:00", // start before opening
        "2026-03-09T18:00, PT1H,     2026-03-10T08:30", // start after closing
        "2026-03-14T10:00, PT1H,     2026-03-16T08:30", // start on Saturday
        "2026-03-09T16:59, PT1M,     2026-03-09T17:00",
        "2026-03-09T09:00, PT40H,    2026-03-16T09:00", // a full working week
        "2026-03-09T09:00, PT0.001S, 2026-03-09T09:00:00.001",
    })
    void addWorkingTimeCountsOnlyWorkingPeriodsOfWorkingDays(String start, Duration workingTime, String expected) {
        assertEquals(at(expected), PLAIN.addWorkingTime(at(start), workingTime));
    }

    @Test
    void addingZeroWorkingTimeGivesTheStartItselfEvenOutsideWorkingHours() {
        assertEquals(at("2026-03-14T10:00"), PLAIN.addWorkingTime(at("2026-03-14T10:00"), Duration.ZERO));
    }

    @Test
    void addWorkingTimeSkipsThirtyAprilAndFirstMay() {
        // Wednesday 2 h, then Thursday 30 April, Friday 1 May and the weekend are off.
        assertEquals(at("2026-05-04T15:00"), YEAR_2026.addWorkingTime(at("2026-04-29T15:00"), Duration.ofHours(8)));
    }

    @Test
    void addWorkingTimeSkipsTheNineDaysOfTheLunarNewYearBreak() {
        assertEquals(at("2026-02-23T15:00"), YEAR_2026.addWorkingTime(at("2026-02-13T15:00"), Duration.ofHours(8)));
    }

    @Test
    void addWorkingTimeCountsAMakeUpSaturday() {
        assertEquals(at("2025-04-26T15:00"), SWAP_2025.addWorkingTime(at("2025-04-25T15:00"), Duration.ofHours(8)));
        // Without the decree the same hours would end on Monday.
        WorkingCalendar withoutSwap = WorkingCalendar.builder().build();
        assertEquals(at("2025-04-28T15:00"), withoutSwap.addWorkingTime(at("2025-04-25T15:00"), Duration.ofHours(8)));
    }

    @Test
    void addWorkingTimeSkipsTheDayGivenInExchangeForTheMakeUpSaturday() {
        // Tuesday 2 h, then 30 April to 2 May and the weekend are off.
        assertEquals(at("2025-05-05T15:00"), SWAP_2025.addWorkingTime(at("2025-04-29T15:00"), Duration.ofHours(8)));
    }

    @Test
    void addWorkingTimeFollowsOtherWorkingPeriodsAndWeekends() {
        WorkingCalendar sixDayWeek = WorkingCalendar.builder()
                .workingPeriods(List.of(new WorkingPeriod(LocalTime.of(8, 0), LocalTime.of(16, 0))))
                .weekend(Set.of(DayOfWeek.SUNDAY))
                .build();

        assertEquals(at("2026-03-07T15:00"), sixDayWeek.addWorkingTime(at("2026-03-06T15:00"), Duration.ofHours(8)));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-03-09T10:00, 1, 2026-03-10T10:00",
        "2026-03-13T10:00, 1, 2026-03-16T10:00", // Friday to Monday
        "2026-03-09T10:00, 5, 2026-03-16T10:00",
        "2026-03-09T10:00, 0, 2026-03-09T10:00",
        "2026-03-09T12:00, 1, 2026-03-10T13:00", // at lunch: counts from 13:00
        "2026-03-09T06:00, 1, 2026-03-10T07:30", // before opening: counts from 07:30 that day
        "2026-03-09T18:00, 1, 2026-03-11T07:30", // after closing: counts from 07:30 next day
        "2026-03-09T17:00, 1, 2026-03-11T07:30", // closing time is already outside working hours
        "2026-03-14T10:00, 1, 2026-03-17T07:30", // Saturday: counts from Monday 07:30
        "2026-03-14T10:00, 0, 2026-03-16T07:30", // zero days: the next working moment
    })
    void addWorkingDaysKeepsTheWallClockTimeOfTheNextWorkingMoment(String start, int days, String expected) {
        assertEquals(at(expected), PLAIN.addWorkingDays(at(start), days));
    }

    @Test
    void addWorkingDaysSkipsThirtyAprilAndFirstMay() {
        assertEquals(at("2026-05-04T10:00"), YEAR_2026.addWorkingDays(at("2026-04-29T10:00"), 1));
    }

    @Test
    void addWorkingDaysSkipsTheLunarNewYearBreak() {
        assertEquals(at("2026-02-24T10:00"), YEAR_2026.addWorkingDays(at("2026-02-13T10:00"), 2));
    }

    @Test
    void addWorkingDaysFromAHolidayCountsFromTheNextWorkingDay() {
        assertEquals(at("2026-02-24T07:30"), YEAR_2026.addWorkingDays(at("2026-02-17T09:00"), 1));
    }

    @Test
    void addWorkingDaysCountsAMakeUpSaturday() {
        assertEquals(at("2025-04-26T10:00"), SWAP_2025.addWorkingDays(at("2025-04-25T10:00"), 1));
        assertEquals(at("2025-05-05T10:00"), SWAP_2025.addWorkingDays(at("2025-04-29T10:00"), 1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-09T07:30, 2026-03-09T07:30",
        "2026-03-09T11:29, 2026-03-09T11:29",
        "2026-03-09T11:30, 2026-03-09T13:00",
        "2026-03-09T17:00, 2026-03-10T07:30",
        "2026-03-13T17:00, 2026-03-16T07:30",
        "2026-03-15T23:59, 2026-03-16T07:30",
    })
    void nextWorkingMomentIsTheInstantItselfOrTheStartOfTheNextPeriod(String instant, String expected) {
        assertEquals(at(expected), PLAIN.nextWorkingMoment(at(instant)));
    }

    @ParameterizedTest(name = "{0} to {1} = {2}")
    @CsvSource({
        "2026-03-09T10:00, 2026-03-09T14:00, PT2H30M", // lunch in the middle does not count
        "2026-03-09T07:30, 2026-03-09T17:00, PT8H",
        "2026-03-09T00:00, 2026-03-10T00:00, PT8H",
        "2026-03-09T12:00, 2026-03-09T12:45, PT0S",
        "2026-03-13T16:00, 2026-03-16T08:30, PT2H", // over the weekend
        "2026-03-09T07:30, 2026-03-16T07:30, PT40H",
        "2026-03-09T10:00, 2026-03-09T10:00, PT0S",
        "2026-03-09T11:29:59, 2026-03-09T13:00:01, PT2S",
    })
    void workingTimeBetweenCountsOnlyWorkingPeriodsOfWorkingDays(String from, String to, Duration expected) {
        assertEquals(expected, PLAIN.workingTimeBetween(at(from), at(to)));
    }

    @Test
    void workingTimeBetweenOverTheLunarNewYearBreak() {
        // Friday 08:00-11:30 and 13:00-17:00, then nothing until Monday 07:30-08:00.
        assertEquals(Duration.ofHours(8), YEAR_2026.workingTimeBetween(at("2026-02-13T08:00"), at("2026-02-23T08:00")));
    }

    @Test
    void workingTimeBetweenIsTheInverseOfAddWorkingTime() {
        Instant start = at("2026-04-29T09:10");
        Duration workingTime = Duration.ofHours(13).plusMinutes(25);

        Instant end = YEAR_2026.addWorkingTime(start, workingTime);

        assertEquals(at("2026-05-04T16:05"), end);
        assertEquals(workingTime, YEAR_2026.workingTimeBetween(start, end));
    }

    @Test
    void workingTimeBetweenCountsAMakeUpSaturday() {
        assertEquals(Duration.ofHours(8), SWAP_2025.workingTimeBetween(at("2025-04-26T00:00"), at("2025-04-27T00:00")));
    }

    @Test
    void workingTimeBetweenLeavesOutAPauseWhileWaitingOnTheDeclarant() {
        // Monday 08:00 to Tuesday 16:00 is 7 h 30 + 7 h; the pause takes Monday 15:00-17:00 and Tuesday
        // 07:30-09:00.
        TimeInterval waiting = new TimeInterval(at("2026-03-09T15:00"), at("2026-03-10T09:00"));

        Duration worked = PLAIN.workingTimeBetween(at("2026-03-09T08:00"), at("2026-03-10T16:00"), List.of(waiting));

        assertEquals(Duration.ofHours(11), worked);
    }

    @Test
    void workingTimeBetweenCountsOverlappingPausesOnce() {
        List<TimeInterval> pauses = List.of(
                new TimeInterval(at("2026-03-09T09:30"), at("2026-03-09T11:00")),
                new TimeInterval(at("2026-03-09T09:00"), at("2026-03-09T10:00")),
                new TimeInterval(at("2026-03-09T09:15"), at("2026-03-09T09:45")),
                new TimeInterval(at("2026-03-09T16:00"), at("2026-03-10T10:00"))); // runs past "to"

        Duration worked = PLAIN.workingTimeBetween(at("2026-03-09T08:00"), at("2026-03-09T17:00"), pauses);

        // 7 h 30 of working time less 09:00-11:00 and 16:00-17:00.
        assertEquals(Duration.ofMinutes(270), worked);
    }

    @Test
    void workingTimeBetweenTheSamePauseRecordedTwiceCountsOnce() {
        TimeInterval pause = new TimeInterval(at("2026-03-09T08:00"), at("2026-03-09T09:00"));

        assertEquals(
                Duration.ofMinutes(420),
                PLAIN.workingTimeBetween(at("2026-03-09T07:30"), at("2026-03-09T17:00"), List.of(pause, pause)));
    }

    @Test
    void workingTimeBetweenPausesOutsideWorkingHoursOrBeforeFromChangeNothing() {
        List<TimeInterval> pauses = List.of(
                new TimeInterval(at("2026-03-09T11:45"), at("2026-03-09T12:45")), // lunch
                new TimeInterval(at("2026-03-06T09:00"), at("2026-03-09T10:00")), // from Friday to 10:00
                new TimeInterval(at("2026-03-09T14:00"), at("2026-03-09T14:00"))); // empty

        assertEquals(
                Duration.ofMinutes(330),
                PLAIN.workingTimeBetween(at("2026-03-09T10:00"), at("2026-03-09T17:00"), pauses));
    }

    @Test
    void workingTimeBetweenAPauseOverTheWholeRangeLeavesNothing() {
        TimeInterval all = new TimeInterval(at("2026-03-01T00:00"), at("2026-04-01T00:00"));

        assertEquals(
                Duration.ZERO, PLAIN.workingTimeBetween(at("2026-03-09T07:30"), at("2026-03-20T17:00"), List.of(all)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-02-13, true", // Friday before Tết
        "2026-02-14, false", // Saturday, first day of the break
        "2026-02-16, false",
        "2026-02-17, false", // Lunar New Year's Day
        "2026-02-20, false",
        "2026-02-22, false", // Sunday, last day of the break
        "2026-02-23, true",
        "2026-03-14, false", // an ordinary Saturday
        "2026-03-15, false",
        "2026-04-30, false",
        "2026-05-01, false",
        "2026-05-04, true",
    })
    void workingDaysFollowHolidaysAndWeekend(LocalDate date, boolean working) {
        assertEquals(working, YEAR_2026.isWorkingDay(date));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayAndTheSwappedFridayIsNot() {
        assertTrue(SWAP_2025.isWorkingDay(LocalDate.parse("2025-04-26")));
        assertFalse(SWAP_2025.isWorkingDay(LocalDate.parse("2025-05-02")));
        assertFalse(SWAP_2025.isWorkingDay(LocalDate.parse("2025-05-03")));
    }

    @Test
    void refusesNegativeWorkingDays() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PLAIN.addWorkingDays(at("2026-03-09T10:00"), -1));
        assertEquals("Working days to add must not be negative, but was -1.", e.getMessage());
    }

    @Test
    void refusesNegativeWorkingTime() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PLAIN.addWorkingTime(at("2026-03-09T10:00"), Duration.ofMinutes(-5)));
        assertEquals("Working time to add must not be negative, but was PT-5M.", e.getMessage());
    }

    @Test
    void refusesFromAfterTo() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PLAIN.workingTimeBetween(
                        Instant.parse("2026-03-09T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z")));
        assertEquals("from (2026-03-09T05:00:00Z) must not be after to (2026-03-09T04:00:00Z).", e.getMessage());
    }

    @Test
    void refusesAnIntervalEndingBeforeItStarts() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new TimeInterval(Instant.parse("2026-03-09T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z")));
        assertEquals(
                "A time interval cannot end (2026-03-09T04:00:00Z) before it starts (2026-03-09T05:00:00Z).",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"11:30, 07:30", "07:30, 07:30"})
    void refusesAWorkingPeriodNotStartingBeforeItEnds(LocalTime start, LocalTime end) {
        assertThrows(IllegalArgumentException.class, () -> new WorkingPeriod(start, end));
    }

    @Test
    void refusesOverlappingWorkingPeriods() {
        WorkingCalendar.Builder builder =
                WorkingCalendar.builder().workingPeriods(List.of(period("07:30", "11:30"), period("11:00", "17:00")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(
                "Working periods must be in order of the day and must not overlap: 11:00-17:00 starts before"
                        + " 07:30-11:30 ends.",
                e.getMessage());
    }

    @Test
    void refusesWorkingPeriodsOutOfOrder() {
        WorkingCalendar.Builder builder =
                WorkingCalendar.builder().workingPeriods(List.of(period("13:00", "17:00"), period("07:30", "11:30")));

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void acceptsTouchingWorkingPeriods() {
        WorkingCalendar calendar = WorkingCalendar.builder()
                .workingPeriods(List.of(period("07:30", "11:30"), period("11:30", "12:00")))
                .build();

        assertEquals(
                Duration.ofMinutes(270), calendar.workingTimeBetween(at("2026-03-09T00:00"), at("2026-03-10T00:00")));
    }

    @Test
    void refusesADayWithoutWorkingPeriod() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder().workingPeriods(List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("The calendar has no working period in a day.", e.getMessage());
    }

    @Test
    void refusesAWeekendOfSevenDays() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder()
                .weekend(Set.of(DayOfWeek.values()))
                .extraWorkingDays(Set.of(LocalDate.parse("2026-03-14")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("The calendar has no working day: the weekend takes all seven days of the week.", e.getMessage());
    }

    @Test
    void refusesAnExtraWorkingDayOnAWeekday() {
        WorkingCalendar.Builder builder =
                WorkingCalendar.builder().extraWorkingDays(Set.of(LocalDate.parse("2026-03-11")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(
                "Extra working day 2026-03-11 is a WEDNESDAY, not a weekend day: it is a working day anyway.",
                e.getMessage());
    }

    @Test
    void refusesADayBothHolidayAndExtraWorkingDay() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder()
                .holidays(Set.of(LocalDate.parse("2026-03-14")))
                .extraWorkingDays(Set.of(LocalDate.parse("2026-03-14")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("2026-03-14 is both a holiday and an extra working day.", e.getMessage());
    }

    @Test
    void crossesALongRunOfHolidays() {
        assertEquals(
                at("2027-01-01T08:30"), WHOLE_2026_OFF.addWorkingTime(at("2026-01-01T09:00"), Duration.ofHours(1)));
        assertEquals(at("2027-01-04T07:30"), WHOLE_2026_OFF.addWorkingDays(at("2026-01-01T09:00"), 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {WorkingCalendar.MAX_SPAN_DAYS, Integer.MAX_VALUE})
    void tooManyWorkingDaysFailFast(int days) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PLAIN.addWorkingDays(at("2026-03-09T10:00"), days));
        assertEquals(
                days + " working days from 2026-03-09T03:00:00Z would end more than 36525 days later; check the"
                        + " holidays and the weekend of the calendar.",
                e.getMessage());
    }

    @Test
    void tooMuchWorkingTimeFailsFast() {
        Duration centuries = Duration.ofDays(365L * 200);

        assertThrows(IllegalArgumentException.class, () -> PLAIN.addWorkingTime(at("2026-03-09T10:00"), centuries));
    }

    @Test
    void refusesARangeOfCenturies() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PLAIN.workingTimeBetween(
                        Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z")));
        assertEquals(
                "from (2000-01-01T00:00:00Z) and to (2200-01-01T00:00:00Z) are more than 36525 days apart.",
                e.getMessage());
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HCM).toInstant();
    }

    private static WorkingPeriod period(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Set<LocalDate> range(String first, String last) {
        return LocalDate.parse(first)
                .datesUntil(LocalDate.parse(last).plusDays(1))
                .collect(Collectors.toSet());
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}

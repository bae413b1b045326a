package vn.customs.platform.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the calendar rules from configuration text, and the messages that name a bad token. */
class WorkingCalendarRulesParserTest {

    @Test
    void readsAZone() {
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), CalendarRulesParser.zone("zone", " Asia/Ho_Chi_Minh "));
    }

    @Test
    void refusesAnUnknownZone() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CalendarRulesParser.zone("zone", "Asia/Hanoi"));
        assertEquals("zone: \"Asia/Hanoi\" is not a time zone id such as Asia/Ho_Chi_Minh.", e.getMessage());
    }

    @Test
    void readsWorkingPeriods() {
        List<WorkingPeriod> periods =
                CalendarRulesParser.workingPeriods("periods", List.of("07:30-11:30", " 13:00 - 17:00 "));

        assertEquals(
                List.of(
                        new WorkingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        new WorkingPeriod(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                periods);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "07:30|periods: \"07:30\" is not a working period HH:mm-HH:mm.",
                "07:30-11:30-12:00|periods: \"07:30-11:30-12:00\" is not a working period HH:mm-HH:mm.",
                "7h30-11:30|periods: \"7h30-11:30\" has \"7h30\", which is not a time of day HH:mm.",
                "07:30-24:00|periods: \"07:30-24:00\" has \"24:00\", which is not a time of day HH:mm.",
                "11:30-07:30|periods: \"11:30-07:30\" does not start before it ends (periods cannot run past"
                        + " midnight).",
            })
    void refusesABadWorkingPeriodNamingIt(String token, String message) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> CalendarRulesParser.workingPeriods("periods", List.of(token)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void refusesNoWorkingPeriodAtAll() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> CalendarRulesParser.workingPeriods("periods", List.of()));
        assertEquals("periods: no value given.", e.getMessage());
    }

    @Test
    void readsWeekendDaysInAnyCase() {
        assertEquals(
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                CalendarRulesParser.weekend("weekend", List.of("saturday", " SUNDAY ")));
    }

    @Test
    void refusesAnAbbreviatedDay() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CalendarRulesParser.weekend("weekend", List.of("SATURDAY", "SUN")));
        assertEquals("weekend: \"SUN\" is not a day of the week such as SATURDAY.", e.getMessage());
    }

    @Test
    void readsDatesAndInclusiveRangesPerYear() {
        Set<LocalDate> dates = CalendarRulesParser.datesByYear(
                "holidays",
                Map.of(
                        "2025", List.of("2025-09-01..2025-09-02"),
                        "2026", List.of("2026-01-01", " 2026-02-14..2026-02-22 ", "2026-05-01..2026-05-01")));

        assertEquals(
                Set.of(
                        LocalDate.parse("2025-09-01"),
                        LocalDate.parse("2025-09-02"),
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-02-14"),
                        LocalDate.parse("2026-02-15"),
                        LocalDate.parse("2026-02-16"),
                        LocalDate.parse("2026-02-17"),
                        LocalDate.parse("2026-02-18"),
                        LocalDate.parse("2026-02-19"),
                        LocalDate.parse("2026-02-20"),
                        LocalDate.parse("2026-02-21"),
                        LocalDate.parse("2026-02-22"),
                        LocalDate.parse("2026-05-01")),
                dates);
    }

    @Test
    void noYearsMeanNoDates() {
        assertEquals(Set.of(), CalendarRulesParser.datesByYear("holidays", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-02-30|holidays.2026: \"2026-02-30\" has \"2026-02-30\", which is not a date yyyy-MM-dd.",
                "2026/01/01|holidays.2026: \"2026/01/01\" has \"2026/01/01\", which is not a date yyyy-MM-dd.",
                "2026-01-01..|holidays.2026: \"2026-01-01..\" has \"\", which is not a date yyyy-MM-dd.",
                "2026-02-14...2026-02-22|holidays.2026: \"2026-02-14...2026-02-22\" has \".2026-02-22\", which is not"
                        + " a date yyyy-MM-dd.",
                "2026-02-22..2026-02-14|holidays.2026: \"2026-02-22..2026-02-14\" ends before it starts.",
                "2025-12-31|holidays.2026: \"2025-12-31\" is not in 2026.",
                "2026-12-31..2027-01-01|holidays.2026: \"2026-12-31..2027-01-01\" is not in 2026.",
            })
    void refusesABadDateNamingIt(String token, String message) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CalendarRulesParser.datesByYear("holidays", Map.of("2026", List.of("2026-01-01", token))));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"26", "year2026", "2026-01"})
    void refusesAKeyThatIsNotAYear(String key) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> CalendarRulesParser.datesByYear("holidays", Map.of(key, List.of("2026-01-01"))));
        assertEquals(
                "holidays: the key \"" + key + "\" is not a year such as 2026 (dates are listed per year).",
                e.getMessage());
    }
}

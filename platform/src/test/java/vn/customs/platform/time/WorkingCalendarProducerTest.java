package vn.customs.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.domain.time.WorkingPeriod;

/**
 * From {@code customs.calendar.*} properties to the calendar, through the real config mapping but without
 * starting Quarkus; and the configuration the platform ships, which every service starts with.
 */
class WorkingCalendarProducerTest {

    @Test
    void withoutPropertiesTheDepartmentDefaultsApply() {
        WorkingCalendar calendar = calendarFrom(new PropertiesConfigSource(Map.of(), "none", 100));

        assertEquals(WorkingCalendar.DEFAULT_ZONE, calendar.zone());
        assertEquals(
                List.of(
                        new WorkingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                        new WorkingPeriod(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                calendar.workingPeriods());
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), calendar.weekend());
        assertEquals(Set.of(), calendar.holidays());
        assertEquals(Set.of(), calendar.extraWorkingDays());
    }

    @Test
    void readsEveryRuleFromProperties() {
        WorkingCalendar calendar = calendarFrom(new PropertiesConfigSource(
                Map.of(
                        "customs.calendar.zone", "Asia/Bangkok",
                        "customs.calendar.working-periods", "08:00-12:00,13:30-17:30",
                        "customs.calendar.weekend", "FRIDAY,SATURDAY",
                        "customs.calendar.holidays.\"2026\"", "2026-01-01,2026-02-16..2026-02-18",
                        "customs.calendar.holidays.2027", "2027-01-01",
                        "customs.calendar.extra-working-days.\"2026\"", "2026-02-21"),
                "test",
                100));

        assertEquals("Asia/Bangkok", calendar.zone().getId());
        assertEquals(
                List.of(
                        new WorkingPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 30))),
                calendar.workingPeriods());
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), calendar.weekend());
        assertEquals(
                Set.of(
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-02-16"),
                        LocalDate.parse("2026-02-17"),
                        LocalDate.parse("2026-02-18"),
                        LocalDate.parse("2027-01-01")),
                calendar.holidays());
        assertEquals(Set.of(LocalDate.parse("2026-02-21")), calendar.extraWorkingDays());
    }

    @Test
    void aBadTokenIsReportedWithItsProperty() {
        ConfigSource source = new PropertiesConfigSource(
                Map.of("customs.calendar.holidays.\"2026\"", "2026-01-01,2026-02-30"), "test", 100);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calendarFrom(source));
        assertEquals(
                "customs.calendar.holidays.2026: \"2026-02-30\" has \"2026-02-30\", which is not a date yyyy-MM-dd.",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2025-01-01, false",
        "2025-01-24, true",
        "2025-01-27, false", // Tết Ất Tỵ
        "2025-01-31, false",
        "2025-02-03, true",
        "2025-04-07, false", // Hùng Kings' Commemoration
        "2025-04-26, true", // make-up Saturday
        "2025-04-30, false",
        "2025-05-02, false", // given in exchange for 26 April
        "2025-09-01, false",
        "2025-09-02, false",
        "2026-01-01, false",
        "2026-02-13, true",
        "2026-02-16, false", // Tết Bính Ngọ
        "2026-02-20, false",
        "2026-02-23, true",
        "2026-04-27, false", // in place of Hùng Kings' Commemoration on Sunday 26 April
        "2026-04-30, false",
        "2026-05-01, false",
        "2026-09-02, false",
    })
    void theShippedConfigurationGivesTheDecreedDaysOff(LocalDate date, boolean working) throws Exception {
        URL classes = WorkingCalendarProducer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation();
        URL shipped = new URL(classes, "META-INF/microprofile-config.properties");

        WorkingCalendar calendar = calendarFrom(new PropertiesConfigSource(shipped));

        assertEquals(working, calendar.isWorkingDay(date));
    }

    @Test
    void theClockIsUtc() {
        WorkingCalendarProducer producer = new WorkingCalendarProducer(null);

        assertEquals(ZoneOffset.UTC, producer.clock().getZone());
    }

    private static WorkingCalendar calendarFrom(ConfigSource source) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(CalendarConfig.class)
                .withSources(source)
                .build();
        return new WorkingCalendarProducer(config.getConfigMapping(CalendarConfig.class)).workingCalendar();
    }
}

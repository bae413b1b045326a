package vn.customs.declarations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a period splits into whole years, whole months and partial months at its edges. */
class StatisticsPeriodTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aWholeYearIsAYearOfWholeMonthsWithoutEdges() {
        StatisticsPeriod year = new StatisticsPeriod(day("2025-01-01"), day("2025-12-31"));
        assertEquals(new StatisticsPeriod.Days(day("2025-01-01"), day("2026-01-01")), year.months());
        assertEquals(new StatisticsPeriod.Days(day("2025-01-01"), day("2026-01-01")), year.years());
        assertTrue(year.head().isEmpty());
        assertTrue(year.tail().isEmpty());
    }

    @Test
    void aQuarterIsThreeWholeMonthsAndNoWholeYear() {
        StatisticsPeriod quarter = new StatisticsPeriod(day("2025-04-01"), day("2025-06-30"));
        assertEquals(new StatisticsPeriod.Days(day("2025-04-01"), day("2025-07-01")), quarter.months());
        assertTrue(quarter.years().isEmpty());
        assertTrue(quarter.head().isEmpty());
        assertTrue(quarter.tail().isEmpty());
    }

    @Test
    void partialMonthsAtTheEdgesComeFromTheDeclarations() {
        StatisticsPeriod period = new StatisticsPeriod(day("2024-12-10"), day("2026-02-20"));
        assertEquals(new StatisticsPeriod.Days(day("2024-12-10"), day("2025-01-01")), period.head());
        assertEquals(new StatisticsPeriod.Days(day("2025-01-01"), day("2026-02-01")), period.months());
        assertEquals(new StatisticsPeriod.Days(day("2025-01-01"), day("2026-01-01")), period.years());
        assertEquals(new StatisticsPeriod.Days(day("2026-02-01"), day("2026-02-21")), period.tail());
    }

    @Test
    void aPeriodInsideOneMonthIsAllEdge() {
        StatisticsPeriod days = new StatisticsPeriod(day("2025-03-05"), day("2025-03-05"));
        assertTrue(days.months().isEmpty());
        assertTrue(days.years().isEmpty());
        assertEquals(new StatisticsPeriod.Days(day("2025-03-05"), day("2025-03-06")), days.head());
        assertTrue(days.tail().isEmpty());
        // across a month's end without a whole month between
        StatisticsPeriod across = new StatisticsPeriod(day("2025-03-20"), day("2025-04-10"));
        assertTrue(across.months().isEmpty());
        assertEquals(new StatisticsPeriod.Days(day("2025-03-20"), day("2025-04-11")), across.head());
    }
}

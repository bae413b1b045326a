package vn.customs.platform.observability;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.platform.time.Today;

/** A calendar quarter in the department's zone: the period the KPI gauges count ({@code first} to {@code last}). */
public record Quarter(LocalDate first, LocalDate last) {

    /** The quarter {@code day} lies in. */
    public static Quarter containing(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        return new Quarter(first, first.plusMonths(3).minusDays(1));
    }

    /** Its first moment. */
    public Instant start() {
        return first.atStartOfDay(Today.DEPARTMENT_ZONE).toInstant();
    }

    /** The first moment after it. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(Today.DEPARTMENT_ZONE).toInstant();
    }
}

package vn.customs.inspections.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.customs.platform.domain.RuleViolationException;

/** The period a plan covers: a whole year, or one quarter (1 to 4) of a year. */
@Embeddable
public record PlanPeriod(
        @Column(name = "period_year") int year,
        @Column(name = "period_quarter") Integer quarter) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public PlanPeriod {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException(
                    "invalid-period",
                    "A plan's year is from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year + ".");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new RuleViolationException(
                    "invalid-period", "A plan's quarter is 1 to 4 (or none for the whole year), not " + quarter + ".");
        }
    }

    public static PlanPeriod year(int year) {
        return new PlanPeriod(year, null);
    }

    public static PlanPeriod quarter(int year, int quarter) {
        return new PlanPeriod(year, quarter);
    }

    /** The first day of the period. */
    public LocalDate first() {
        return LocalDate.of(year, quarter == null ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    /** The last day of the period. */
    public LocalDate last() {
        LocalDate start = first();
        return start.plusMonths(quarter == null ? 12 : 3).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /** "2026" or "2026-Q1". */
    public String label() {
        return quarter == null ? String.valueOf(year) : year + "-Q" + quarter;
    }
}

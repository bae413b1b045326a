package vn.customs.staffing.domain.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long an officer has held a sensitive post and when it must rotate: on the day the rotation period is complete.
 * Warned ahead ({@link Standing#DUE}), then {@link Standing#OVERDUE} once that day has passed.
 */
public record Tenure(LocalDate since, int periodMonths) {

    /** Where an officer stands against his rotation date on a given day. */
    public enum Standing {
        NOT_DUE,
        DUE,
        OVERDUE
    }

    /** The day the period is complete and the officer must have moved. */
    public LocalDate rotationDate() {
        return since.plusMonths(periodMonths);
    }

    public long monthsOn(LocalDate day) {
        return ChronoUnit.MONTHS.between(since, day);
    }

    /** DUE from {@code warningDays} before the rotation date, OVERDUE after it. */
    public Standing standingOn(LocalDate day, int warningDays) {
        if (day.isAfter(rotationDate())) {
            return Standing.OVERDUE;
        }
        return day.isBefore(rotationDate().minusDays(warningDays)) ? Standing.NOT_DUE : Standing.DUE;
    }

    /** True when the period is complete by {@code day}: a plan ending that day must move the officer. */
    public boolean completeBy(LocalDate day) {
        return !rotationDate().isAfter(day);
    }
}

package vn.customs.inspections.domain.inspection;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import vn.customs.platform.domain.RuleViolationException;

/**
 * When the inspection takes place: planned start, duration in days and an extension (at most once, at most the
 * duration again, with a reason).
 */
@Embeddable
public record Schedule(LocalDate plannedStart, int durationDays, int extensionDays, String extensionReason) {

    public static final int MAX_DAYS = 45;

    public Schedule {
        Objects.requireNonNull(plannedStart, "plannedStart");
        if (durationDays < 1 || durationDays > MAX_DAYS) {
            throw new RuleViolationException(
                    "invalid-duration", "An inspection lasts 1 to " + MAX_DAYS + " days, not " + durationDays + ".");
        }
    }

    public static Schedule planned(LocalDate plannedStart, int durationDays) {
        return new Schedule(plannedStart, durationDays, 0, null);
    }

    Schedule extendedBy(int days, String reason) {
        if (extensionDays > 0) {
            throw new RuleViolationException("already-extended", "An inspection is extended once.");
        }
        if (days < 1 || days > durationDays) {
            throw new RuleViolationException(
                    "invalid-extension", "An extension lasts 1 to " + durationDays + " days (the duration).");
        }
        return new Schedule(plannedStart, durationDays, days, reason);
    }

    Schedule movedTo(LocalDate start, int days) {
        return new Schedule(start, days, extensionDays, extensionReason);
    }

    /** The last day of fieldwork from a start day, extension included. */
    public LocalDate lastDay(LocalDate startedOn) {
        return startedOn.plusDays((long) durationDays + extensionDays - 1);
    }
}

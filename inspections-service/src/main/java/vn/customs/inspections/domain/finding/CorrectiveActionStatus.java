package vn.customs.inspections.domain.finding;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a corrective action is.
 *
 * <pre>
 * OPEN ──▶ IN_PROGRESS ──▶ DONE ──▶ VERIFIED
 * OPEN, IN_PROGRESS ──▶ OVERDUE (the due date passed) ──▶ DONE (late) ──▶ VERIFIED
 * </pre>
 */
public enum CorrectiveActionStatus {
    OPEN,
    IN_PROGRESS,
    OVERDUE,
    DONE,
    VERIFIED;

    public Set<CorrectiveActionStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, OVERDUE);
            case IN_PROGRESS -> EnumSet.of(DONE, OVERDUE);
            case OVERDUE -> EnumSet.of(DONE);
            case DONE -> EnumSet.of(VERIFIED);
            case VERIFIED -> EnumSet.noneOf(CorrectiveActionStatus.class);
        };
    }

    public boolean canMoveTo(CorrectiveActionStatus target) {
        return next().contains(target);
    }

    /** Still to be done by its owner: what the watch and the open list look at. */
    public boolean pending() {
        return switch (this) {
            case OPEN, IN_PROGRESS, OVERDUE -> true;
            case DONE, VERIFIED -> false;
        };
    }
}

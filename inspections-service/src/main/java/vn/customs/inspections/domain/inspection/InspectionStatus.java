package vn.customs.inspections.domain.inspection;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an inspection is in its lifecycle.
 *
 * <pre>
 * DRAFT ──▶ DECIDED (a SURPRISE inspection sealed) ──▶ IN_PROGRESS ──▶ FIELDWORK_ENDED ──▶ CONCLUDED
 * CONCLUDED ──▶ FOLLOW_UP (corrective actions to see through) ──▶ CLOSED, or CONCLUDED ──▶ CLOSED
 * </pre>
 */
public enum InspectionStatus {
    DRAFT,
    DECIDED,
    IN_PROGRESS,
    FIELDWORK_ENDED,
    CONCLUDED,
    FOLLOW_UP,
    CLOSED;

    public Set<InspectionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(DECIDED);
            case DECIDED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(FIELDWORK_ENDED);
            case FIELDWORK_ENDED -> EnumSet.of(CONCLUDED);
            case CONCLUDED -> EnumSet.of(FOLLOW_UP, CLOSED);
            case FOLLOW_UP -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(InspectionStatus.class);
        };
    }

    public boolean canMoveTo(InspectionStatus target) {
        return next().contains(target);
    }

    /** Before the start: the team and the schedule may still change. */
    public boolean beforeStart() {
        return switch (this) {
            case DRAFT, DECIDED -> true;
            case IN_PROGRESS, FIELDWORK_ENDED, CONCLUDED, FOLLOW_UP, CLOSED -> false;
        };
    }

    /** Findings are recorded on site and while the conclusion is written. */
    public boolean acceptsFindings() {
        return switch (this) {
            case IN_PROGRESS, FIELDWORK_ENDED -> true;
            case DRAFT, DECIDED, CONCLUDED, FOLLOW_UP, CLOSED -> false;
        };
    }
}

package vn.customs.hotline.domain.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report is in its lifecycle.
 *
 * <pre>
 * RECEIVED ──▶ NOT_ACCEPTED | TRANSFERRED | ACCEPTED
 * ACCEPTED ──▶ VERIFYING ⇄ SUSPENDED ──▶ CONCLUDED ──▶ ACTIONS_TRACKING ──▶ CLOSED
 * a COMPLAINT in any open state ──▶ WITHDRAWN
 * </pre>
 */
public enum ReportStatus {
    RECEIVED,
    NOT_ACCEPTED,
    TRANSFERRED,
    ACCEPTED,
    VERIFYING,
    SUSPENDED,
    CONCLUDED,
    ACTIONS_TRACKING,
    CLOSED,
    WITHDRAWN;

    public Set<ReportStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(NOT_ACCEPTED, TRANSFERRED, ACCEPTED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(VERIFYING, WITHDRAWN);
            case VERIFYING -> EnumSet.of(SUSPENDED, CONCLUDED, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(VERIFYING, WITHDRAWN);
            case CONCLUDED -> EnumSet.of(ACTIONS_TRACKING, CLOSED);
            case ACTIONS_TRACKING -> EnumSet.of(CLOSED);
            case NOT_ACCEPTED, TRANSFERRED, CLOSED, WITHDRAWN -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** Which legal clock runs in this state. */
    public ClockPhase clockPhase() {
        return switch (this) {
            case RECEIVED -> ClockPhase.ACCEPTANCE;
            case ACCEPTED, VERIFYING, SUSPENDED -> ClockPhase.SETTLEMENT;
            case NOT_ACCEPTED, TRANSFERRED, CONCLUDED, ACTIONS_TRACKING, CLOSED, WITHDRAWN -> ClockPhase.NONE;
        };
    }

    /** Still being decided on: counts as open in statistics and in the handlers' queue. */
    public boolean open() {
        return clockPhase() != ClockPhase.NONE;
    }

    /** The legal clock the report is under. */
    public enum ClockPhase {
        /** Receipt to the acceptance decision. */
        ACCEPTANCE,
        /** Acceptance to the conclusion. */
        SETTLEMENT,
        /** No legal clock runs. */
        NONE
    }
}

package vn.customs.hotline.domain.clock;

/** Where a report stands against its running legal deadline. */
public enum DeadlineState {
    ON_TIME,
    /** Past the at-risk share of its term (80% by default), not yet past the deadline. */
    AT_RISK,
    BREACHED,
    /** Paused by a suspension (from 1 July 2026): the clock stands still. */
    PAUSED,
    /** No legal clock runs: decided, closed, transferred or withdrawn. */
    NONE
}

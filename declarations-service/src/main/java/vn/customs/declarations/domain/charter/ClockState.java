package vn.customs.declarations.domain.charter;

/** Where a {@link CharterClock} stands against its committed processing time. */
public enum ClockState {
    /** Running (or paused) with less than 80% of the committed time used. */
    ON_TRACK,
    /** Running (or paused) with at least 80%, and no more than all, of the committed time used. */
    AT_RISK,
    /** More than the committed time used, whether the clock still runs or was stopped late. */
    BREACHED,
    /** Stopped (the declaration was cleared) within the committed time. */
    MET
}

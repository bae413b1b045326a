package vn.customs.inspections.domain.team;

/** The rules of team composition an officer can break. */
public enum RefusalCode {
    /** No open posting with the INSPECTION function on the day. */
    NOT_AN_INSPECTOR,
    /** Posted at the target unit or a unit below it, on the day or within the lookback years. */
    POSTED_AT_TARGET,
    /** Declared a relative working at the target unit or a unit below it. */
    RELATIVE_AT_TARGET,
    /** Sat on the team of the previous (started) inspection of the target unit: inspectors rotate. */
    INSPECTED_LAST_TIME
}

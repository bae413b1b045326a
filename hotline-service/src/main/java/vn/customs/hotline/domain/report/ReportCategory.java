package vn.customs.hotline.domain.report;

/** What the report says happened. */
public enum ReportCategory {
    BRIBE_REQUEST,
    HARASSMENT,
    DELAY,
    NO_UNIFORM_OR_BADGE,
    PROCEDURE_BREACH,
    OTHER
}

package vn.customs.staffing.domain.discipline;

/** What opened a discipline case: an inspection finding, a substantiated hotline report, or personnel itself. */
public enum CaseOrigin {
    FINDING,
    REPORT,
    MANUAL
}

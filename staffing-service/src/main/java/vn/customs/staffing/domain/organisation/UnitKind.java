package vn.customs.staffing.domain.organisation;

/** Where a unit sits: the provincial department, its sub-departments at the gates, and their teams. */
public enum UnitKind {
    DEPARTMENT,
    SUB_DEPARTMENT,
    TEAM
}

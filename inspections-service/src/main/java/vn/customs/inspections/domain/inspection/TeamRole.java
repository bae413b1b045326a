package vn.customs.inspections.domain.inspection;

/** A seat on an inspection team: one lead, at most one deputy, members. */
public enum TeamRole {
    LEAD,
    DEPUTY,
    MEMBER
}

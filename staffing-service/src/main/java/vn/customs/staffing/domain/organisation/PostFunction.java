package vn.customs.staffing.domain.organisation;

/** What the holder of a post does; the sensitive ones are on the legal list of posts that must rotate. */
public enum PostFunction {
    CLEARANCE,
    PHYSICAL_INSPECTION,
    SUPERVISION,
    ACCOUNTING,
    PROCUREMENT,
    PERSONNEL,
    INSPECTION,
    HOTLINE,
    MANAGEMENT
}

package vn.customs.staffing.domain.organisation;

/** Civil-service ranks of customs officers, lowest first: a post names the lowest rank that may hold it. */
public enum Rank {
    /** Nhân viên hải quan. */
    CUSTOMS_STAFF,
    /** Kiểm tra viên trung cấp hải quan. */
    ASSOCIATE_INSPECTOR,
    /** Kiểm tra viên hải quan. */
    INSPECTOR,
    /** Kiểm tra viên chính hải quan. */
    PRINCIPAL_INSPECTOR,
    /** Kiểm tra viên cao cấp hải quan. */
    SENIOR_INSPECTOR;

    public boolean atLeast(Rank other) {
        return compareTo(other) >= 0;
    }
}

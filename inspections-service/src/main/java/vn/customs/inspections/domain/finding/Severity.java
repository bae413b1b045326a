package vn.customs.inspections.domain.finding;

/**
 * How grave a finding is, in rising order. From CORRECTIVE up, the unit's head on the day of the violation answers
 * for it and corrective actions may be ordered; a referral about a named officer opens a discipline case in staffing.
 */
public enum Severity {
    REMINDER,
    CORRECTIVE,
    DISCIPLINARY_REFERRAL,
    CRIMINAL_REFERRAL;

    /** Whether the unit's head answers for the finding and corrective actions may be ordered. */
    public boolean holdsHeadAccountable() {
        return switch (this) {
            case REMINDER -> false;
            case CORRECTIVE, DISCIPLINARY_REFERRAL, CRIMINAL_REFERRAL -> true;
        };
    }
}

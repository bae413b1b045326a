package vn.customs.staffing.domain.rotation;

/**
 * The settings rotation planning and its notices follow, as the use cases receive them (produced from the service's
 * configuration in infrastructure).
 *
 * @param warningDays days before the rotation date from which an officer is reported due (RotationDue)
 * @param noReturnYears an officer does not return to a post or unit he left less than this many years ago
 * @param defaultSolveSeconds how long a solve may take when the plan does not say
 */
public record RotationRules(int warningDays, int noReturnYears, int defaultSolveSeconds) {

    public RotationRules {
        if (warningDays < 0 || noReturnYears < 0 || defaultSolveSeconds < 1) {
            throw new IllegalArgumentException("rotation rules: warning days and no-return years are not negative,"
                    + " a solve takes at least a second");
        }
    }
}

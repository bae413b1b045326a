package vn.customs.inspections.domain.team;

/**
 * The configured rules of team composition: a posting at the inspected unit (or a unit below it) bars an officer
 * while it lasts and for {@code postingLookbackYears} years after it ended.
 */
public record TeamRules(int postingLookbackYears) {

    /** The post function an officer must hold, on the day, to sit on an inspection team. */
    public static final String INSPECTION_FUNCTION = "INSPECTION";

    public TeamRules {
        if (postingLookbackYears < 0 || postingLookbackYears > 50) {
            throw new IllegalArgumentException("the posting lookback is 0 to 50 years, not " + postingLookbackYears);
        }
    }
}

package vn.customs.staffing.planning;

import java.util.Objects;
import java.util.UUID;

/**
 * A post an officer can hold, as the planner sees it: its unit, whether it is sensitive under the anti-corruption
 * rotation rules, and how many officers it needs ({@code minStaff}) and may have ({@code establishment}).
 *
 * @param minRank the lowest rank ordinal (0 = lowest) an officer moved onto this post must hold
 */
public record PlanningPost(
        UUID id, String unitCode, String function, boolean sensitive, int minStaff, int establishment, int minRank) {

    public PlanningPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
    }

    /** How the post is named in reasons and broken-rule lines: its function and its unit. */
    public String label() {
        return (function == null || function.isBlank() ? "post " + id : function) + " at " + unitCode;
    }
}

package vn.customs.staffing.planning;

import java.util.Objects;
import java.util.UUID;

/**
 * A post an officer can hold, as the planner sees it: its unit, whether it is sensitive under the anti-corruption
 * rotation rules, and how many officers it needs ({@code minStaff}) and may have ({@code establishment}).
 *
 * @param minRank the lowest rank ordinal (0 = lowest) an officer moved onto this post must hold
 * @param departmentCode the provincial department the post's unit belongs to; officers rotate between the posts of
 *     their own department (the department's director decides its rotations), so the solver offers an officer only
 *     those. Null when not known: such a post is open to every officer, and its officers to every post.
 */
public record PlanningPost(
        UUID id,
        String unitCode,
        String function,
        boolean sensitive,
        int minStaff,
        int establishment,
        int minRank,
        String departmentCode) {

    public PlanningPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
    }

    /** A post outside any known department. */
    public PlanningPost(
            UUID id,
            String unitCode,
            String function,
            boolean sensitive,
            int minStaff,
            int establishment,
            int minRank) {
        this(id, unitCode, function, sensitive, minStaff, establishment, minRank, null);
    }

    /** How the post is named in reasons and broken-rule lines: its function and its unit. */
    public String label() {
        return (function == null || function.isBlank() ? "post " + id : function) + " at " + unitCode;
    }
}

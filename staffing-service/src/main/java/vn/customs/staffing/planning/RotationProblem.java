package vn.customs.staffing.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything one rotation plan is solved from: the posts that take part, the officers on them, and the pins set by
 * personnel.
 *
 * @param manualPins officer id to the id of the post personnel fixed him to; the solver never changes these
 */
public record RotationProblem(List<PlanningPost> posts, List<PlanningOfficer> officers, Map<UUID, UUID> manualPins) {

    public RotationProblem {
        posts = posts == null ? List.of() : List.copyOf(posts);
        officers = officers == null ? List.of() : List.copyOf(officers);
        manualPins = manualPins == null ? Map.of() : Map.copyOf(manualPins);
    }
}

package vn.customs.staffing.planning;

import java.util.List;
import java.util.UUID;

/**
 * One officer the plan moves, with the reasons a personnel clerk reads to check it.
 *
 * @param fromPostId his current post; null for an officer who had none
 * @param pinned personnel fixed him to this post; the solver did not choose it
 */
public record ProposedMove(UUID officerId, UUID fromPostId, UUID toPostId, boolean pinned, List<String> reasons) {

    public ProposedMove {
        reasons = List.copyOf(reasons);
    }
}

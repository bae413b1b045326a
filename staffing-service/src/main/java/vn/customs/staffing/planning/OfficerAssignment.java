package vn.customs.staffing.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Objects;

/**
 * The planning entity: the post one officer holds in the plan. It starts on his current post (or the post he is
 * pinned to), so that the search starts from the status quo and every change it makes is a move to justify.
 */
@PlanningEntity
public class OfficerAssignment {

    private PlanningOfficer officer;

    @PlanningVariable(valueRangeProviderRefs = "candidatePosts")
    private PlanningPost post;

    /**
     * The posts of his department (and the post he starts on): at national scale this keeps the search among the
     * few dozen posts an officer can lawfully be moved to instead of every post of the country.
     */
    @ValueRangeProvider(id = "candidatePosts")
    private List<PlanningPost> candidatePosts;

    /** Exempt officers and officers pinned by personnel are not moved by the solver. */
    @PlanningPin
    private boolean pinned;

    /** For Timefold, which clones entities while it searches. */
    public OfficerAssignment() {}

    /** An assignment that may only stay where it starts (constraint tests score such plans). */
    public OfficerAssignment(PlanningOfficer officer, PlanningPost post, boolean pinned) {
        this(officer, post, pinned, post == null ? List.of() : List.of(post));
    }

    public OfficerAssignment(
            PlanningOfficer officer, PlanningPost post, boolean pinned, List<PlanningPost> candidatePosts) {
        this.officer = Objects.requireNonNull(officer, "officer");
        this.post = post;
        this.pinned = pinned;
        this.candidatePosts = Objects.requireNonNull(candidatePosts, "candidatePosts");
    }

    public PlanningOfficer getOfficer() {
        return officer;
    }

    public PlanningPost getPost() {
        return post;
    }

    public void setPost(PlanningPost post) {
        this.post = post;
    }

    public List<PlanningPost> getCandidatePosts() {
        return candidatePosts;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** Whether the plan puts him on another post than the one he holds now. */
    public boolean isMoved() {
        return post != null && !post.id().equals(officer.currentPostId());
    }

    @Override
    public String toString() {
        return officer.label() + " -> " + (post == null ? "no post" : post.label());
    }
}

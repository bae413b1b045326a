package vn.customs.staffing.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Objects;

/**
 * The planning entity: the post one officer holds in the plan. It starts on his current post (or the post he is
 * pinned to), so that the search starts from the status quo and every change it makes is a move to justify.
 */
@PlanningEntity
public class OfficerAssignment {

    private PlanningOfficer officer;

    @PlanningVariable
    private PlanningPost post;

    /** Exempt officers and officers pinned by personnel are not moved by the solver. */
    @PlanningPin
    private boolean pinned;

    /** For Timefold, which clones entities while it searches. */
    public OfficerAssignment() {}

    public OfficerAssignment(PlanningOfficer officer, PlanningPost post, boolean pinned) {
        this.officer = Objects.requireNonNull(officer, "officer");
        this.post = post;
        this.pinned = pinned;
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

package vn.customs.staffing.planning;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/** The planning solution: the posts and one assignment per officer (each with the posts it may take). */
@PlanningSolution
public class RotationSolution {

    @ProblemFactCollectionProperty
    private List<PlanningPost> posts;

    @PlanningEntityCollectionProperty
    private List<OfficerAssignment> assignments;

    @PlanningScore
    private HardSoftScore score;

    /** For Timefold, which clones the solution while it searches. */
    public RotationSolution() {}

    public RotationSolution(List<PlanningPost> posts, List<OfficerAssignment> assignments) {
        this.posts = posts;
        this.assignments = assignments;
    }

    public List<PlanningPost> getPosts() {
        return posts;
    }

    public List<OfficerAssignment> getAssignments() {
        return assignments;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}

package vn.customs.staffing.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline a personnel clerk could follow by hand: take the due officers, longest on their post first, and move
 * each to the best post of his own department that breaks no rule at the time he is moved (his home unit first,
 * then the emptiest post), or leave him when there is none. It never revisits an earlier choice, so it cannot free a
 * post by moving someone else first: that is what the solver adds.
 */
final class GreedyRotation {

    private GreedyRotation() {}

    /** Changes the assignments of {@code solution} in place; the score is left for Timefold to calculate. */
    static void plan(RotationSolution solution) {
        Map<PlanningPost, Integer> staff = new HashMap<>();
        for (PlanningPost post : solution.getPosts()) {
            staff.put(post, 0);
        }
        for (OfficerAssignment assignment : solution.getAssignments()) {
            staff.merge(assignment.getPost(), 1, Integer::sum);
        }
        Map<String, List<PlanningPost>> postsOfDepartment = new HashMap<>();
        for (PlanningPost post : solution.getPosts()) {
            postsOfDepartment
                    .computeIfAbsent(post.departmentCode(), key -> new ArrayList<>())
                    .add(post);
        }
        List<OfficerAssignment> due = solution.getAssignments().stream()
                .filter(a ->
                        !a.isPinned() && a.getOfficer().due() && !a.getOfficer().exempt())
                .sorted(Comparator.comparingInt(
                                (OfficerAssignment a) -> -a.getOfficer().tenureMonths())
                        .thenComparing(a -> a.getOfficer().id()))
                .toList();
        for (OfficerAssignment assignment : due) {
            PlanningPost from = assignment.getPost();
            if (staff.get(from) <= from.minStaff()) {
                continue; // leaving would empty his post below its minimum staff
            }
            PlanningOfficer officer = assignment.getOfficer();
            postsOfDepartment.get(from.departmentCode()).stream()
                    .filter(to -> lawful(officer, from, to, staff.get(to)))
                    .min(Comparator.comparing(
                                    (PlanningPost to) -> !to.unitCode().equals(officer.homeUnitCode()))
                            .thenComparingDouble(to -> staff.get(to) / (double) to.establishment())
                            .thenComparing(PlanningPost::id))
                    .ifPresent(to -> {
                        assignment.setPost(to);
                        staff.merge(from, -1, Integer::sum);
                        staff.merge(to, 1, Integer::sum);
                    });
        }
    }

    private static boolean lawful(PlanningOfficer officer, PlanningPost from, PlanningPost to, int staffOfTo) {
        return !to.id().equals(from.id())
                && staffOfTo < to.establishment()
                && officer.rank() >= to.minRank()
                && !officer.recentPostIds().contains(to.id())
                && !officer.recentUnitCodes().contains(to.unitCode())
                && !officer.conflictUnitCodes().contains(to.unitCode())
                && !(officer.suspended() && to.sensitive());
    }
}

package vn.customs.staffing.planning;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a solved plan into moves and stays that carry their reasons: a clerk must be able to check every move
 * against the law, and every due officer left in place against his exemption.
 */
final class RotationExplanations {

    static final String PINNED = "Pinned to this post by personnel";
    static final String NOT_DUE = "Not due for rotation";
    static final String NO_LAWFUL_MOVE = "Due but no lawful move was found";
    static final String NOT_PLACED = "No post was found for the officer in the time allowed";
    static final String HOME_UNIT = "Brings the officer to his home unit";
    static final String STAYS_IN_HOME_UNIT = "Keeps the officer in his home unit";
    static final String NO_CURRENT_POST = "Has no current post";
    static final String REBALANCES = "Rebalances staffing between posts as part of this plan";

    private RotationExplanations() {}

    static List<ProposedMove> moves(RotationProblem problem, RotationSolution plan) {
        Staffing staffing = new Staffing(plan);
        List<ProposedMove> moves = new ArrayList<>();
        for (OfficerAssignment assignment : byOfficerName(plan)) {
            if (assignment.isMoved()) {
                PlanningOfficer officer = assignment.getOfficer();
                moves.add(new ProposedMove(
                        officer.id(),
                        officer.currentPostId(),
                        assignment.getPost().id(),
                        assignment.isPinned(),
                        reasons(problem, staffing, assignment)));
            }
        }
        return moves;
    }

    static List<Stay> stays(RotationProblem problem, RotationSolution plan) {
        List<Stay> stays = new ArrayList<>();
        for (OfficerAssignment assignment : byOfficerName(plan)) {
            if (assignment.isMoved()) {
                continue;
            }
            PlanningOfficer officer = assignment.getOfficer();
            UUID postId =
                    assignment.getPost() == null ? null : assignment.getPost().id();
            String reason;
            if (assignment.getPost() == null) {
                reason = NOT_PLACED;
            } else if (officer.due() && officer.exempt()) {
                reason = officer.exemption();
            } else if (Objects.equals(problem.manualPins().get(officer.id()), postId)) {
                reason = PINNED;
            } else if (!officer.due()) {
                reason = NOT_DUE;
            } else {
                reason = NO_LAWFUL_MOVE;
            }
            stays.add(new Stay(officer.id(), postId, officer.due(), reason));
        }
        return stays;
    }

    private static List<String> reasons(RotationProblem problem, Staffing staffing, OfficerAssignment assignment) {
        PlanningOfficer officer = assignment.getOfficer();
        PlanningPost target = assignment.getPost();
        PlanningPost origin = staffing.post(officer.currentPostId());
        List<String> reasons = new ArrayList<>();
        if (officer.due()) {
            reasons.add(
                    "Tenure of " + officer.tenureMonths() + " months on a sensitive post reaches its rotation period");
        }
        if (origin == null) {
            reasons.add(NO_CURRENT_POST);
        }
        if (target.id().equals(problem.manualPins().get(officer.id()))) {
            reasons.add(PINNED);
        }
        // "Left below": the officers who stay on the target post are fewer than it needs, so incoming ones fill it.
        if (staffing.stayers(target) < target.minStaff()) {
            reasons.add("Fills a post left below its minimum staff of " + target.minStaff());
        }
        // Had he stayed, the officers coming onto his post would have put it above its establishment.
        if (!officer.due()
                && origin != null
                && staffing.incoming(origin) > 0
                && staffing.assigned(origin) >= origin.establishment()) {
            reasons.add("Makes room on his post, which is at its establishment of " + origin.establishment()
                    + ", for an incoming officer");
        }
        if (reasons.isEmpty()) {
            reasons.add(REBALANCES);
        }
        if (officer.homeUnitCode() != null && officer.homeUnitCode().equals(target.unitCode())) {
            boolean alreadyHome = origin != null && officer.homeUnitCode().equals(origin.unitCode());
            reasons.add(alreadyHome ? STAYS_IN_HOME_UNIT : HOME_UNIT);
        }
        return reasons;
    }

    private static List<OfficerAssignment> byOfficerName(RotationSolution plan) {
        // A collator orders names as people read them (accents do not push "Đ" after "Z"); the id breaks ties so
        // that the output is stable.
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<String> names = Comparator.nullsLast(collator::compare);
        List<OfficerAssignment> sorted = new ArrayList<>(plan.getAssignments());
        sorted.sort(Comparator.comparing((OfficerAssignment a) -> a.getOfficer().fullName(), names)
                .thenComparing(a -> a.getOfficer().id()));
        return sorted;
    }

    /** Head counts per post in the solved plan. */
    private static final class Staffing {

        private final Map<UUID, PlanningPost> postsById = new HashMap<>();
        private final Map<UUID, Integer> assigned = new HashMap<>();
        private final Map<UUID, Integer> stayers = new HashMap<>();
        private final Map<UUID, Integer> incoming = new HashMap<>();

        Staffing(RotationSolution plan) {
            plan.getPosts().forEach(post -> postsById.put(post.id(), post));
            for (OfficerAssignment assignment : plan.getAssignments()) {
                if (assignment.getPost() == null) {
                    continue;
                }
                UUID postId = assignment.getPost().id();
                assigned.merge(postId, 1, Integer::sum);
                (assignment.isMoved() ? incoming : stayers).merge(postId, 1, Integer::sum);
            }
        }

        PlanningPost post(UUID id) {
            return id == null ? null : postsById.get(id);
        }

        int assigned(PlanningPost post) {
            return assigned.getOrDefault(post.id(), 0);
        }

        int stayers(PlanningPost post) {
            return stayers.getOrDefault(post.id(), 0);
        }

        int incoming(PlanningPost post) {
            return incoming.getOrDefault(post.id(), 0);
        }
    }
}

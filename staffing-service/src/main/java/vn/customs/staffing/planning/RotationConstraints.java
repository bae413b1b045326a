package vn.customs.staffing.planning;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rotation rules, one constraint each. Hard constraints are the law and the establishment; soft constraints
 * make a lawful plan disturb as few officers as possible, keep them near home and share the moves between units.
 * Constraint names are stable: reports and tests refer to them.
 */
public class RotationConstraints implements ConstraintProvider {

    public static final String DUE_OFFICER_STAYS = "Due officer stays on a sensitive post";
    public static final String RETURN_TO_RECENT = "Return to a recent post or unit";
    public static final String BELOW_MINIMUM_STAFF = "Post below minimum staff";
    public static final String ABOVE_ESTABLISHMENT = "Post above establishment";
    public static final String RANK_BELOW_POST = "Rank below the post";
    public static final String CONFLICT_OF_INTEREST = "Conflict of interest at the unit";
    public static final String SUSPENDED_INTO_SENSITIVE = "Suspended officer into a sensitive post";
    public static final String MOVE = "Move";
    public static final String AWAY_FROM_HOME = "Away from home";
    public static final String UNFAIR_SPREAD = "Unfair spread of moves";

    /**
     * One move outweighs everything else soft one officer can cost (away from home: 10; his share of the spread:
     * 2k+1 for the k-th move out of a unit, under 1000 up to about 500 moves out of one unit), so the solver never
     * adds a move only to bring someone home or to even out the spread.
     */
    static final HardSoftScore MOVE_WEIGHT = HardSoftScore.ofSoft(1000);

    static final HardSoftScore AWAY_FROM_HOME_WEIGHT = HardSoftScore.ofSoft(10);
    static final HardSoftScore UNFAIR_SPREAD_WEIGHT = HardSoftScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            dueOfficerStays(factory),
            returnToRecentPostOrUnit(factory),
            postBelowMinimumStaff(factory),
            postAboveEstablishment(factory),
            rankBelowPost(factory),
            conflictOfInterest(factory),
            suspendedIntoSensitivePost(factory),
            move(factory),
            awayFromHome(factory),
            unfairSpreadOfMoves(factory)
        };
    }

    // Hard: the law (Anti-Corruption Law 2018, art. 25) and the establishment.

    Constraint dueOfficerStays(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .filter(a -> a.getOfficer().due()
                        && !a.getOfficer().exempt()
                        && !a.isMoved()
                        && a.getPost().sensitive())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, score) -> because(a.getOfficer().label() + " stays on sensitive post "
                        + a.getPost().label() + " after " + a.getOfficer().tenureMonths()
                        + " months, reaching its rotation period"))
                .asConstraint(DUE_OFFICER_STAYS);
    }

    Constraint returnToRecentPostOrUnit(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .filter(a -> a.isMoved()
                        && (a.getOfficer().recentPostIds().contains(a.getPost().id())
                                || a.getOfficer()
                                        .recentUnitCodes()
                                        .contains(a.getPost().unitCode())))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, score) -> because(a.getOfficer().label() + " would return to "
                        + a.getPost().label() + ", a post or unit he held within the no-return period"))
                .asConstraint(RETURN_TO_RECENT);
    }

    Constraint postBelowMinimumStaff(ConstraintFactory factory) {
        // complement() adds the posts nobody is assigned to, with a count of 0, so an emptied post is penalised too.
        return factory.forEach(OfficerAssignment.class)
                .groupBy(OfficerAssignment::getPost, count())
                .complement(PlanningPost.class, post -> 0)
                .filter((post, staff) -> staff < post.minStaff())
                .penalize(HardSoftScore.ONE_HARD, (post, staff) -> post.minStaff() - staff)
                .justifyWith((post, staff, score) -> because(post.label() + " would have " + staff
                        + " officer(s), below its minimum staff of " + post.minStaff()))
                .asConstraint(BELOW_MINIMUM_STAFF);
    }

    Constraint postAboveEstablishment(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .groupBy(OfficerAssignment::getPost, count())
                .filter((post, staff) -> staff > post.establishment())
                .penalize(HardSoftScore.ONE_HARD, (post, staff) -> staff - post.establishment())
                .justifyWith((post, staff, score) -> because(post.label() + " would have " + staff
                        + " officers, above its establishment of " + post.establishment()))
                .asConstraint(ABOVE_ESTABLISHMENT);
    }

    Constraint rankBelowPost(ConstraintFactory factory) {
        // Only moves are judged: an officer already on a post was found fit for it when he was posted there.
        // The penalty grows with the rank gap so that the search is led towards posts that fit.
        return factory.forEach(OfficerAssignment.class)
                .filter(a -> a.isMoved() && a.getOfficer().rank() < a.getPost().minRank())
                .penalize(
                        HardSoftScore.ONE_HARD,
                        a -> a.getPost().minRank() - a.getOfficer().rank())
                .justifyWith((a, score) -> because(
                        a.getOfficer().label() + " (rank " + a.getOfficer().rank()
                                + ") would be moved to " + a.getPost().label() + ", which requires rank "
                                + a.getPost().minRank()))
                .asConstraint(RANK_BELOW_POST);
    }

    Constraint conflictOfInterest(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .filter(a -> a.isMoved()
                        && a.getOfficer()
                                .conflictUnitCodes()
                                .contains(a.getPost().unitCode()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, score) -> because(a.getOfficer().label() + " would be moved to "
                        + a.getPost().label() + ", a unit where he declared a relative or a business interest"))
                .asConstraint(CONFLICT_OF_INTEREST);
    }

    Constraint suspendedIntoSensitivePost(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .filter(a ->
                        a.getOfficer().suspended() && a.isMoved() && a.getPost().sensitive())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, score) -> because(
                        a.getOfficer().label() + " is suspended under discipline and would be moved to sensitive post "
                                + a.getPost().label()))
                .asConstraint(SUSPENDED_INTO_SENSITIVE);
    }

    // Soft: disturb few officers, keep them near home, share the moves between units.

    Constraint move(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .filter(OfficerAssignment::isMoved)
                .penalize(MOVE_WEIGHT)
                .justifyWith((a, score) -> because(
                        a.getOfficer().label() + " moves to " + a.getPost().label()))
                .asConstraint(MOVE);
    }

    Constraint awayFromHome(ConstraintFactory factory) {
        return factory.forEach(OfficerAssignment.class)
                .filter(a -> a.isMoved()
                        && a.getOfficer().homeUnitCode() != null
                        && !a.getOfficer().homeUnitCode().equals(a.getPost().unitCode()))
                .penalize(AWAY_FROM_HOME_WEIGHT)
                .justifyWith((a, score) -> because(
                        a.getOfficer().label() + " moves to " + a.getPost().label() + ", away from his home unit "
                                + a.getOfficer().homeUnitCode()))
                .asConstraint(AWAY_FROM_HOME);
    }

    Constraint unfairSpreadOfMoves(ConstraintFactory factory) {
        // Squaring the moves out of each unit makes two moves from two units cheaper than two from one.
        return factory.forEach(OfficerAssignment.class)
                .filter(a -> a.isMoved() && a.getOfficer().currentPostId() != null)
                .join(PlanningPost.class, Joiners.equal(a -> a.getOfficer().currentPostId(), PlanningPost::id))
                .groupBy((a, origin) -> origin.unitCode(), countBi())
                .penalize(UNFAIR_SPREAD_WEIGHT, (unit, moves) -> moves * moves)
                .justifyWith((unit, moves, score) -> because(moves + " officer(s) move out of unit " + unit))
                .asConstraint(UNFAIR_SPREAD);
    }

    private static RotationJustification because(String description) {
        return new RotationJustification(description);
    }
}

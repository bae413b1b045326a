package vn.customs.staffing.planning;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rotation rule on its own: what it penalises, by exactly how much, and what it leaves alone. */
class RotationConstraintsTest {

    private static final AtomicLong IDS = new AtomicLong();

    private final ConstraintVerifier<RotationConstraints, RotationSolution> verifier =
            ConstraintVerifier.build(new RotationConstraints(), RotationSolution.class, OfficerAssignment.class);

    @Nested
    class DueOfficerStaysOnASensitivePost {

        @Test
        void penalisesADueOfficerLeftOnHisSensitivePost() {
            PlanningPost post = post("GATE-A").sensitive().build();
            verifier.verifyThat(RotationConstraints::dueOfficerStays)
                    .given(stays(officer().on(post).due().build(), post))
                    .penalizesBy(1);
        }

        @Test
        void leavesAloneAMovedDueOfficerAnExemptOneAndOneNotDue() {
            PlanningPost sensitive = post("GATE-A").sensitive().build();
            PlanningPost other = post("GATE-B").sensitive().build();
            verifier.verifyThat(RotationConstraints::dueOfficerStays)
                    .given(
                            assign(officer().on(sensitive).due().build(), other),
                            stays(
                                    officer()
                                            .on(sensitive)
                                            .due()
                                            .exempt("Less than 18 months before retirement")
                                            .build(),
                                    sensitive),
                            stays(officer().on(sensitive).build(), sensitive))
                    .hasNoImpact();
        }
    }

    @Nested
    class ReturnToARecentPostOrUnit {

        @Test
        void penalisesAMoveToARecentPostAndAMoveToARecentUnit() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost heldBefore = post("GATE-B").build();
            PlanningPost inUnitHeldBefore = post("GATE-C").build();
            verifier.verifyThat(RotationConstraints::returnToRecentPostOrUnit)
                    .given(
                            assign(officer().on(current).recentPost(heldBefore).build(), heldBefore),
                            assign(officer().on(current).recentUnit("GATE-C").build(), inUnitHeldBefore))
                    .penalizesBy(2);
        }

        @Test
        void countsAMoveOnceWhenBothItsPostAndItsUnitAreRecent() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost heldBefore = post("GATE-B").build();
            verifier.verifyThat(RotationConstraints::returnToRecentPostOrUnit)
                    .given(assign(
                            officer()
                                    .on(current)
                                    .recentPost(heldBefore)
                                    .recentUnit("GATE-B")
                                    .build(),
                            heldBefore))
                    .penalizesBy(1);
        }

        @Test
        void leavesAloneAMoveToANewUnitAndAnOfficerWhoStays() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost fresh = post("GATE-B").build();
            verifier.verifyThat(RotationConstraints::returnToRecentPostOrUnit)
                    .given(
                            assign(officer().on(current).recentUnit("GATE-C").build(), fresh),
                            stays(officer().on(current).recentUnit("GATE-A").build(), current))
                    .hasNoImpact();
        }
    }

    @Nested
    class PostBelowMinimumStaff {

        @Test
        void penalisesByTheShortfallIncludingAPostNobodyHolds() {
            PlanningPost shortByOne = post("GATE-A").minStaff(2).build();
            PlanningPost empty = post("GATE-B").minStaff(2).build();
            verifier.verifyThat(RotationConstraints::postBelowMinimumStaff)
                    .given(shortByOne, empty, stays(officer().on(shortByOne).build(), shortByOne))
                    .penalizesBy(1 + 2);
        }

        @Test
        void leavesAlonePostsWithTheirMinimumOrMore() {
            PlanningPost atMinimum = post("GATE-A").minStaff(2).build();
            PlanningPost noMinimum = post("GATE-B").minStaff(0).build();
            verifier.verifyThat(RotationConstraints::postBelowMinimumStaff)
                    .given(
                            atMinimum,
                            noMinimum,
                            stays(officer().on(atMinimum).build(), atMinimum),
                            stays(officer().on(atMinimum).build(), atMinimum),
                            assign(officer().on(noMinimum).build(), atMinimum))
                    .hasNoImpact();
        }
    }

    @Nested
    class PostAboveEstablishment {

        @Test
        void penalisesByTheExcess() {
            PlanningPost current = post("GATE-A").establishment(5).build();
            PlanningPost small = post("GATE-B").establishment(1).build();
            verifier.verifyThat(RotationConstraints::postAboveEstablishment)
                    .given(
                            current,
                            small,
                            stays(officer().on(small).build(), small),
                            assign(officer().on(current).build(), small),
                            assign(officer().on(current).build(), small))
                    .penalizesBy(2);
        }

        @Test
        void leavesAloneAPostAtItsEstablishment() {
            PlanningPost current = post("GATE-A").establishment(5).build();
            PlanningPost full = post("GATE-B").establishment(2).build();
            verifier.verifyThat(RotationConstraints::postAboveEstablishment)
                    .given(
                            current,
                            full,
                            stays(officer().on(full).build(), full),
                            assign(officer().on(current).build(), full))
                    .hasNoImpact();
        }
    }

    @Nested
    class RankBelowThePost {

        @Test
        void penalisesAMoveBelowTheRankByTheRankGap() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost senior = post("DEPT-AUDIT").minRank(3).build();
            verifier.verifyThat(RotationConstraints::rankBelowPost)
                    .given(assign(officer().rank(1).on(current).build(), senior))
                    .penalizesBy(2);
        }

        @Test
        void leavesAloneAMoveAtTheRankAndACurrentPostingThatIsNotReJudged() {
            PlanningPost current = post("GATE-A").minRank(2).build();
            PlanningPost senior = post("DEPT-AUDIT").minRank(3).build();
            verifier.verifyThat(RotationConstraints::rankBelowPost)
                    .given(
                            assign(officer().rank(3).on(current).build(), senior),
                            stays(officer().rank(0).on(current).build(), current))
                    .hasNoImpact();
        }
    }

    @Nested
    class ConflictOfInterestAtTheUnit {

        @Test
        void penalisesAMoveIntoAUnitWithADeclaredConflict() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost conflicted = post("GATE-B").build();
            verifier.verifyThat(RotationConstraints::conflictOfInterest)
                    .given(assign(officer().on(current).conflictAt("GATE-B").build(), conflicted))
                    .penalizesBy(1);
        }

        @Test
        void leavesAloneAMoveElsewhereAndAnOfficerWhoStays() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost elsewhere = post("GATE-C").build();
            verifier.verifyThat(RotationConstraints::conflictOfInterest)
                    .given(
                            assign(officer().on(current).conflictAt("GATE-B").build(), elsewhere),
                            stays(officer().on(current).conflictAt("GATE-A").build(), current))
                    .hasNoImpact();
        }
    }

    @Nested
    class SuspendedOfficerIntoASensitivePost {

        @Test
        void penalisesMovingASuspendedOfficerIntoASensitivePost() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost sensitive = post("GATE-B").sensitive().build();
            verifier.verifyThat(RotationConstraints::suspendedIntoSensitivePost)
                    .given(assign(officer().on(current).suspended().build(), sensitive))
                    .penalizesBy(1);
        }

        @Test
        void leavesAloneAMoveToAnOrdinaryPostAStayAndAnOfficerNotSuspended() {
            PlanningPost current = post("GATE-A").sensitive().build();
            PlanningPost ordinary = post("GATE-B").build();
            PlanningPost sensitive = post("GATE-C").sensitive().build();
            verifier.verifyThat(RotationConstraints::suspendedIntoSensitivePost)
                    .given(
                            assign(officer().on(current).suspended().build(), ordinary),
                            stays(officer().on(current).suspended().build(), current),
                            assign(officer().on(current).build(), sensitive))
                    .hasNoImpact();
        }
    }

    @Nested
    class Move {

        @Test
        void penalisesEachMovedOfficer() {
            PlanningPost a = post("GATE-A").build();
            PlanningPost b = post("GATE-B").build();
            verifier.verifyThat(RotationConstraints::move)
                    .given(
                            assign(officer().on(a).build(), b),
                            assign(officer().on(b).build(), a),
                            stays(officer().on(a).build(), a))
                    .penalizesBy(2);
        }

        @Test
        void leavesAloneOfficersWhoStay() {
            PlanningPost a = post("GATE-A").build();
            verifier.verifyThat(RotationConstraints::move)
                    .given(stays(officer().on(a).build(), a))
                    .hasNoImpact();
        }
    }

    @Nested
    class AwayFromHome {

        @Test
        void penalisesAMoveToAUnitOtherThanHome() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost away = post("GATE-B").build();
            verifier.verifyThat(RotationConstraints::awayFromHome)
                    .given(assign(officer().on(current).home("GATE-C").build(), away))
                    .penalizesBy(1);
        }

        @Test
        void leavesAloneAMoveHomeAnOfficerWithoutAHomeUnitAndOneWhoStays() {
            PlanningPost current = post("GATE-A").build();
            PlanningPost home = post("GATE-B").build();
            verifier.verifyThat(RotationConstraints::awayFromHome)
                    .given(
                            assign(officer().on(current).home("GATE-B").build(), home),
                            assign(officer().on(current).build(), home),
                            stays(officer().on(current).home("GATE-C").build(), current))
                    .hasNoImpact();
        }
    }

    @Nested
    class UnfairSpreadOfMoves {

        @Test
        void penalisesTheSquareOfTheMovesOutOfEachUnit() {
            PlanningPost a = post("GATE-A").build();
            PlanningPost b = post("GATE-B").build();
            PlanningPost c = post("GATE-C").build();
            verifier.verifyThat(RotationConstraints::unfairSpreadOfMoves)
                    .given(
                            a,
                            b,
                            c,
                            assign(officer().on(a).build(), c),
                            assign(officer().on(a).build(), c),
                            assign(officer().on(b).build(), c),
                            stays(officer().on(b).build(), b))
                    .penalizesBy(2 * 2 + 1);
        }

        @Test
        void leavesAloneAPlanWithoutMovesAndAnOfficerWithoutACurrentPost() {
            PlanningPost a = post("GATE-A").build();
            verifier.verifyThat(RotationConstraints::unfairSpreadOfMoves)
                    .given(
                            a,
                            stays(officer().on(a).build(), a),
                            assign(officer().build(), a))
                    .hasNoImpact();
        }
    }

    @Test
    void oneAvoidableMoveOutweighsTheOtherSoftPenaltiesOfOneOfficer() {
        PlanningPost current =
                post("GATE-A").sensitive().minStaff(0).establishment(5).build();
        PlanningPost target =
                post("GATE-B").sensitive().minStaff(0).establishment(5).build();
        // A due officer moved away from home: the whole score is one move, one away-from-home and a spread of 1.
        verifier.verifyThat()
                .given(
                        current,
                        target,
                        assign(
                                officer()
                                        .rank(2)
                                        .on(current)
                                        .due()
                                        .home("GATE-A")
                                        .build(),
                                target))
                .scores(HardSoftScore.ofSoft(-(1000 + 10 + 1)));
    }

    // Builders: every fact gets a fresh id; posts and officers are ordinary unless a test says otherwise.

    private static OfficerAssignment assign(PlanningOfficer officer, PlanningPost post) {
        return new OfficerAssignment(officer, post, false);
    }

    /** An assignment that leaves the officer where he is; the post is named to keep the test readable. */
    private static OfficerAssignment stays(PlanningOfficer officer, PlanningPost post) {
        if (!post.id().equals(officer.currentPostId())) {
            throw new IllegalArgumentException("stays() needs the officer's current post");
        }
        return new OfficerAssignment(officer, post, false);
    }

    private static UUID nextId() {
        return new UUID(0, IDS.incrementAndGet());
    }

    private static PostBuilder post(String unitCode) {
        return new PostBuilder(unitCode);
    }

    private static OfficerBuilder officer() {
        return new OfficerBuilder();
    }

    private static final class PostBuilder {
        private final String unitCode;
        private boolean sensitive;
        private int minStaff;
        private int establishment = 10;
        private int minRank;

        private PostBuilder(String unitCode) {
            this.unitCode = unitCode;
        }

        PostBuilder sensitive() {
            sensitive = true;
            return this;
        }

        PostBuilder minStaff(int value) {
            minStaff = value;
            return this;
        }

        PostBuilder establishment(int value) {
            establishment = value;
            return this;
        }

        PostBuilder minRank(int value) {
            minRank = value;
            return this;
        }

        PlanningPost build() {
            return new PlanningPost(
                    nextId(), unitCode, "Post at " + unitCode, sensitive, minStaff, establishment, minRank);
        }
    }

    private static final class OfficerBuilder {
        private final UUID id = nextId();
        private int rank = 1;
        private UUID currentPostId;
        private boolean due;
        private String exemption;
        private boolean suspended;
        private final Set<String> conflictUnitCodes = new HashSet<>();
        private final Set<UUID> recentPostIds = new HashSet<>();
        private final Set<String> recentUnitCodes = new HashSet<>();
        private String homeUnitCode;

        OfficerBuilder rank(int value) {
            rank = value;
            return this;
        }

        OfficerBuilder on(PlanningPost post) {
            currentPostId = post.id();
            return this;
        }

        OfficerBuilder due() {
            due = true;
            return this;
        }

        OfficerBuilder exempt(String reason) {
            exemption = reason;
            return this;
        }

        OfficerBuilder suspended() {
            suspended = true;
            return this;
        }

        OfficerBuilder conflictAt(String unitCode) {
            conflictUnitCodes.add(unitCode);
            return this;
        }

        OfficerBuilder recentPost(PlanningPost post) {
            recentPostIds.add(post.id());
            return this;
        }

        OfficerBuilder recentUnit(String unitCode) {
            recentUnitCodes.add(unitCode);
            return this;
        }

        OfficerBuilder home(String unitCode) {
            homeUnitCode = unitCode;
            return this;
        }

        PlanningOfficer build() {
            return new PlanningOfficer(
                    id,
                    "Officer " + id.getLeastSignificantBits(),
                    rank,
                    currentPostId,
                    due ? 62 : 20,
                    due,
                    exemption,
                    suspended,
                    conflictUnitCodes,
                    recentPostIds,
                    recentUnitCodes,
                    homeUnitCode);
        }
    }
}

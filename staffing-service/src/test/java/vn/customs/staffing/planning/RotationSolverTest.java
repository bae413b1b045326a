package vn.customs.staffing.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The solver on a small but realistic plan: three border gates and an audit department, twelve posts, twenty-five
 * officers of whom seven are due (one exempt), one with a conflict of interest at a gate and one pinned by
 * personnel.
 */
class RotationSolverTest {

    private static final String RETIREMENT = "Less than 18 months before retirement age";

    private static Fixture fixture;
    private static RotationProposal proposal;

    @BeforeAll
    static void solveTheRealisticPlan() {
        fixture = Fixture.realistic();
        proposal = new RotationSolver(Duration.ofSeconds(3)).solve(fixture.problem());
    }

    @Test
    void theProposalIsLawful() {
        assertTrue(proposal.score().startsWith("0hard/"), proposal::toString);
        assertTrue(proposal.feasible());
        assertEquals(List.of(), proposal.brokenHardConstraints());
    }

    @Test
    void everyDueOfficerWithoutExemptionIsMoved() {
        Set<UUID> moved = movedOfficers(proposal);
        List<String> due = fixture.officers.values().stream()
                .filter(o -> o.due() && !o.exempt())
                .map(PlanningOfficer::fullName)
                .toList();
        assertEquals(6, due.size());
        for (PlanningOfficer officer : fixture.officers.values()) {
            if (officer.due() && !officer.exempt()) {
                assertTrue(moved.contains(officer.id()), officer.fullName() + " is due and must be moved");
            }
        }
    }

    @Test
    void theExemptOfficerStaysWithHisExemptionAsTheReason() {
        PlanningOfficer exempt = fixture.officer("B3");
        Stay stay = stayOf(proposal, exempt.id());
        assertEquals(fixture.post("B-INS").id(), stay.postId());
        assertTrue(stay.due());
        assertEquals(RETIREMENT, stay.reason());
    }

    @Test
    void theManualPinIsKept() {
        ProposedMove pinned = moveOf(proposal, fixture.officer("D6").id());
        assertEquals(fixture.post("C-ADM").id(), pinned.toPostId());
        assertTrue(pinned.pinned());
        assertTrue(pinned.reasons().contains("Pinned to this post by personnel"), pinned::toString);
    }

    @Test
    void everyMoveCarriesItsReasons() {
        assertFalse(proposal.moves().isEmpty());
        for (ProposedMove move : proposal.moves()) {
            assertFalse(move.reasons().isEmpty(), move::toString);
        }
        PlanningOfficer due = fixture.officer("A1");
        assertTrue(
                moveOf(proposal, due.id())
                        .reasons()
                        .contains("Tenure of 62 months on a sensitive post reaches its rotation period"),
                () -> moveOf(proposal, due.id()).toString());
    }

    @Test
    void noOfficerIsMovedIntoAConflictOrBackToARecentPostOrUnit() {
        for (ProposedMove move : proposal.moves()) {
            PlanningOfficer officer = fixture.officerById(move.officerId());
            PlanningPost target = fixture.postById(move.toPostId());
            assertFalse(officer.conflictUnitCodes().contains(target.unitCode()), move::toString);
            assertFalse(officer.recentPostIds().contains(target.id()), move::toString);
            assertFalse(officer.recentUnitCodes().contains(target.unitCode()), move::toString);
            assertTrue(officer.rank() >= target.minRank(), move::toString);
            assertFalse(officer.suspended() && target.sensitive(), move::toString);
        }
    }

    @Test
    void noMoveIsAddedBeyondTheDueOfficersAndThePin() {
        // Six due officers can trade posts among themselves; the seventh move is the pin.
        assertEquals(7, proposal.moves().size(), proposal::toString);
    }

    @Test
    void everyOfficerIsEitherMovedOrStaysAndBothListsAreSortedByName() {
        assertEquals(
                fixture.officers.size(),
                proposal.moves().size() + proposal.stays().size());
        List<String> movedNames = proposal.moves().stream()
                .map(m -> fixture.officerById(m.officerId()).fullName())
                .toList();
        List<String> stayNames = proposal.stays().stream()
                .map(s -> fixture.officerById(s.officerId()).fullName())
                .toList();
        assertEquals(movedNames.stream().sorted().toList(), movedNames);
        assertEquals(stayNames.stream().sorted().toList(), stayNames);
        assertEquals(
                "Not due for rotation",
                stayOf(proposal, fixture.officer("A2").id()).reason());
    }

    @Test
    void reSolvingWithANewPinKeepsItAndTheEarlierOne() {
        PlanningOfficer officer = fixture.officer("A1");
        UUID proposedBefore = moveOf(proposal, officer.id()).toPostId();
        // Personnel overrule the proposal: A1 goes to another lawful post than the one proposed.
        PlanningPost chosen = Stream.of("B-INS", "C-INS", "D-RISK")
                .map(fixture::post)
                .filter(post -> !post.id().equals(proposedBefore))
                .findFirst()
                .orElseThrow();
        Map<UUID, UUID> pins = new HashMap<>(fixture.pins);
        pins.put(officer.id(), chosen.id());

        RotationProposal again = new RotationSolver(Duration.ofSeconds(2))
                .solve(new RotationProblem(
                        fixture.problem().posts(), fixture.problem().officers(), pins));

        ProposedMove move = moveOf(again, officer.id());
        assertEquals(chosen.id(), move.toPostId());
        assertTrue(move.pinned());
        assertTrue(move.reasons().contains("Pinned to this post by personnel"), move::toString);
        assertEquals(
                fixture.post("C-ADM").id(),
                moveOf(again, fixture.officer("D6").id()).toPostId());
        assertTrue(again.feasible(), again::toString);
    }

    @Test
    void aDueOfficerWithNoLawfulMoveStaysAndThePlanSaysWhy() {
        PlanningPost gateA = new PlanningPost(id("post:a"), "GATE-A", "Document checking", true, 0, 2, 0);
        PlanningPost gateB = new PlanningPost(id("post:b"), "GATE-B", "Document checking", true, 0, 2, 0);
        PlanningOfficer due = new PlanningOfficer(
                id("officer:due"),
                "Officer X",
                1,
                gateA.id(),
                61,
                true,
                null,
                false,
                Set.of("GATE-B"),
                Set.of(),
                Set.of(),
                null);
        PlanningOfficer pinnedHere = new PlanningOfficer(
                id("officer:pinned"),
                "Officer Y",
                1,
                gateB.id(),
                12,
                false,
                null,
                false,
                Set.of(),
                Set.of(),
                Set.of(),
                null);

        RotationProposal result = new RotationSolver(Duration.ofMillis(500))
                .solve(new RotationProblem(
                        List.of(gateA, gateB), List.of(due, pinnedHere), Map.of(pinnedHere.id(), gateB.id())));

        assertFalse(result.feasible());
        assertEquals(List.of(), result.moves());
        assertEquals(
                List.of(
                        new Stay(due.id(), gateA.id(), true, "Due but no lawful move was found"),
                        new Stay(pinnedHere.id(), gateB.id(), false, "Pinned to this post by personnel")),
                result.stays());
        assertEquals(
                List.of("Due officer stays on a sensitive post: Officer X stays on sensitive post Document checking"
                        + " at GATE-A after 61 months, reaching its rotation period"),
                result.brokenHardConstraints());
    }

    @Test
    void aProblemThatNamesAnUnknownPostIsRefused() {
        PlanningPost post = new PlanningPost(id("post:known"), "GATE-A", "Administration", false, 0, 2, 0);
        PlanningOfficer officer = new PlanningOfficer(
                id("officer:lost"),
                "Officer Z",
                0,
                id("post:unknown"),
                12,
                false,
                null,
                false,
                Set.of(),
                Set.of(),
                Set.of(),
                null);
        RotationSolver solver = new RotationSolver(Duration.ofMillis(500));
        assertThrows(
                IllegalArgumentException.class,
                () -> solver.solve(new RotationProblem(List.of(post), List.of(officer), Map.of())));
    }

    private static Set<UUID> movedOfficers(RotationProposal proposal) {
        return proposal.moves().stream().map(ProposedMove::officerId).collect(java.util.stream.Collectors.toSet());
    }

    private static ProposedMove moveOf(RotationProposal proposal, UUID officerId) {
        return proposal.moves().stream()
                .filter(m -> m.officerId().equals(officerId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No move for " + officerId + " in " + proposal));
    }

    private static Stay stayOf(RotationProposal proposal, UUID officerId) {
        return proposal.stays().stream()
                .filter(s -> s.officerId().equals(officerId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No stay for " + officerId + " in " + proposal));
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The realistic plan, with posts and officers looked up by short keys ("A-DOC", "B3"). */
    private static final class Fixture {

        private final Map<String, PlanningPost> posts = new LinkedHashMap<>();
        private final Map<String, PlanningOfficer> officers = new LinkedHashMap<>();
        private final Map<UUID, UUID> pins = new HashMap<>();

        static Fixture realistic() {
            Fixture f = new Fixture();
            for (String gate : List.of("A", "B", "C")) {
                String unit = "GATE-" + gate;
                f.post(gate + "-DOC", unit, "Document checking", true, 2, 3, 1);
                f.post(gate + "-INS", unit, "Physical inspection", true, 2, 3, 1);
                f.post(gate + "-ADM", unit, "Administration", false, 1, 3, 0);
            }
            f.post("D-AUD", "DEPT-AUDIT", "Post-clearance audit", true, 2, 3, 2);
            f.post("D-RISK", "DEPT-AUDIT", "Risk management", true, 1, 2, 1);
            f.post("D-TRN", "DEPT-AUDIT", "Training", false, 1, 2, 0);

            // key, post, rank, tenure, due, exemption, suspended, conflicts, recent posts, recent units, home
            f.officer("A1", "A-DOC", 2, 62, true, null, false, Set.of(), Set.of(), Set.of(), "GATE-B");
            f.officer("A2", "A-DOC", 1, 20, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("A3", "A-INS", 1, 50, true, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("A4", "A-INS", 2, 10, false, null, false, Set.of(), Set.of(), Set.of(), "GATE-A");
            f.officer("A5", "A-ADM", 0, 30, false, null, true, Set.of(), Set.of(), Set.of(), null);
            f.officer("A6", "A-ADM", 0, 14, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("B1", "B-DOC", 1, 70, true, null, false, Set.of("GATE-C"), Set.of(), Set.of(), null);
            f.officer("B2", "B-DOC", 1, 8, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("B3", "B-INS", 2, 65, true, RETIREMENT, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("B4", "B-INS", 1, 22, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("B5", "B-ADM", 0, 40, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("B6", "B-ADM", 1, 18, false, null, false, Set.of(), Set.of(), Set.of(), "GATE-A");
            f.officer("C1", "C-DOC", 2, 48, true, null, false, Set.of(), Set.of(), Set.of("GATE-A"), null);
            f.officer("C2", "C-DOC", 1, 16, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("C3", "C-INS", 1, 61, true, null, false, Set.of(), Set.of("B-INS"), Set.of(), null);
            f.officer("C4", "C-INS", 2, 5, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("C5", "C-ADM", 0, 26, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("C6", "C-ADM", 0, 3, false, null, false, Set.of(), Set.of(), Set.of(), "GATE-C");
            f.officer("D1", "D-AUD", 3, 60, true, null, false, Set.of(), Set.of(), Set.of(), "DEPT-AUDIT");
            f.officer("D2", "D-AUD", 2, 12, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("D3", "D-AUD", 3, 33, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("D4", "D-RISK", 1, 9, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("D5", "D-RISK", 2, 21, false, null, false, Set.of(), Set.of(), Set.of(), null);
            f.officer("D6", "D-TRN", 1, 28, false, null, false, Set.of(), Set.of(), Set.of(), "GATE-C");
            f.officer("D7", "D-TRN", 0, 7, false, null, false, Set.of(), Set.of(), Set.of(), null);

            // Personnel move D6 to the administration of gate C, near his home.
            f.pins.put(f.officer("D6").id(), f.post("C-ADM").id());
            return f;
        }

        RotationProblem problem() {
            return new RotationProblem(new ArrayList<>(posts.values()), new ArrayList<>(officers.values()), pins);
        }

        PlanningPost post(String key) {
            return posts.get(key);
        }

        PlanningOfficer officer(String key) {
            return officers.get(key);
        }

        PlanningPost postById(UUID id) {
            return posts.values().stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        }

        PlanningOfficer officerById(UUID id) {
            return officers.values().stream()
                    .filter(o -> o.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        }

        private void post(
                String key,
                String unit,
                String function,
                boolean sensitive,
                int minStaff,
                int establishment,
                int minRank) {
            posts.put(
                    key,
                    new PlanningPost(id("post:" + key), unit, function, sensitive, minStaff, establishment, minRank));
        }

        private void officer(
                String key,
                String postKey,
                int rank,
                int tenureMonths,
                boolean due,
                String exemption,
                boolean suspended,
                Set<String> conflictUnits,
                Set<String> recentPostKeys,
                Set<String> recentUnits,
                String homeUnit) {
            Set<UUID> recentPosts = new java.util.HashSet<>();
            recentPostKeys.forEach(k -> recentPosts.add(post(k).id()));
            officers.put(
                    key,
                    new PlanningOfficer(
                            id("officer:" + key),
                            "Officer " + key,
                            rank,
                            post(postKey).id(),
                            tenureMonths,
                            due,
                            exemption,
                            suspended,
                            conflictUnits,
                            recentPosts,
                            recentUnits,
                            homeUnit));
        }
    }
}

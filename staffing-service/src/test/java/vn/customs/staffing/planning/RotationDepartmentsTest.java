package vn.customs.staffing.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan over two departments moves each officer between the posts of his own department only. */
class RotationDepartmentsTest {

    private final PlanningPost northGate = post("north:gate", "NORTH_GATE", "NORTH");
    private final PlanningPost northHq = post("north:hq", "NORTH", "NORTH");
    private final PlanningPost southGate = post("south:gate", "SOUTH_GATE", "SOUTH");

    @Test
    void aDueOfficerIsMovedInsideHisDepartmentEvenWhenHisHomeIsInAnother() {
        // His home is at the southern gate, which has a free seat; the law of the plan keeps him in the north.
        PlanningOfficer due = officer("due", northGate, true, "SOUTH_GATE");
        PlanningOfficer colleague = officer("colleague", northGate, false, null);

        RotationProposal proposal = new RotationSolver(Duration.ofSeconds(2))
                .solve(new RotationProblem(List.of(northGate, northHq, southGate), List.of(due, colleague), Map.of()));

        assertTrue(proposal.feasible(), proposal::toString);
        assertEquals(1, proposal.moves().size(), proposal::toString);
        assertEquals(northHq.id(), proposal.moves().get(0).toPostId(), proposal::toString);
    }

    @Test
    void postsWithoutADepartmentAreOpenToEveryOfficer() {
        PlanningPost open = new PlanningPost(id("open"), "SOUTH_GATE", "Clearance", true, 0, 2, 0);
        PlanningPost full = new PlanningPost(id("full"), "NORTH_GATE", "Clearance", true, 0, 1, 0);
        PlanningOfficer due = officer("due", full, true, "SOUTH_GATE");

        RotationProposal proposal = new RotationSolver(Duration.ofSeconds(2))
                .solve(new RotationProblem(List.of(full, open), List.of(due), Map.of()));

        assertEquals(open.id(), proposal.moves().get(0).toPostId(), proposal::toString);
    }

    private static PlanningPost post(String key, String unit, String department) {
        // Sensitive, no minimum staff, room for two.
        return new PlanningPost(id(key), unit, "Clearance", true, 0, 2, 0, department);
    }

    private static PlanningOfficer officer(String key, PlanningPost post, boolean due, String home) {
        return new PlanningOfficer(
                id(key),
                "Officer " + key,
                2,
                post.id(),
                due ? 40 : 10,
                due,
                null,
                false,
                Set.of(),
                Set.of(),
                Set.of(),
                home);
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}

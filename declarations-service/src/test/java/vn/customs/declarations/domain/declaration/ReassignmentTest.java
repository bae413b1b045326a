package vn.customs.declarations.domain.declaration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/** A declaration assigned to one officer is his until the head of the gate reassigns it. */
class ReassignmentTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    // the officer DeclarationLifecycleTest.in() assigns at registration
    private static final OfficerId ASSIGNED = DeclarationLifecycleTest.officer();
    private static final OfficerId OTHER = new OfficerId(UUID.randomUUID());

    @Test
    void anotherOfficerIsRefusedUnlessHeHeadsTheGate() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "YELLOW");
        assertDoesNotThrow(() -> declaration.requireMayProcess(ASSIGNED, () -> false));
        AccessRefusedException refused =
                assertThrows(AccessRefusedException.class, () -> declaration.requireMayProcess(OTHER, () -> false));
        assertEquals("assigned-to-another-officer", refused.code());
        assertDoesNotThrow(() -> declaration.requireMayProcess(OTHER, () -> true), "the unit head of the gate");
    }

    @Test
    void aReassignmentGivesTheDeclarationToTheNewOfficerAndIsRecorded() {
        Declaration declaration = DeclarationLifecycleTest.in(DeclarationStatus.REGISTERED, "YELLOW");
        assertEquals(
                "reason-required",
                assertThrows(RuleViolationException.class, () -> declaration.reassign(OTHER, " ", "head", NOW))
                        .code());
        assertEquals(
                "already-assigned",
                assertThrows(RuleViolationException.class, () -> declaration.reassign(ASSIGNED, "x", "head", NOW))
                        .code());
        HistoryEntry entry = declaration.reassign(OTHER, "on leave", "head", NOW);
        assertEquals("REASSIGN", entry.action());
        assertTrue(entry.note().contains(ASSIGNED + " to " + OTHER), entry.note());
        assertEquals(OTHER, declaration.assignedOfficerId());
        assertDoesNotThrow(() -> declaration.requireMayProcess(OTHER, () -> false));
        assertThrows(AccessRefusedException.class, () -> declaration.requireMayProcess(ASSIGNED, () -> false));
    }

    @Test
    void aFinishedDeclarationIsNotReassigned() {
        Declaration cleared = DeclarationLifecycleTest.in(DeclarationStatus.CLEARED, "GREEN");
        assertThrows(IllegalTransitionException.class, () -> cleared.reassign(OTHER, "late", "head", NOW));
    }
}

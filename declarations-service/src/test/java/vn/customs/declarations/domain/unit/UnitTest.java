package vn.customs.declarations.domain.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String refusal(Optional<Unit> unit) {
        return Unit.refusalAsGate("HUU_NGHI", unit, TODAY)
                .map(Unit.Refusal::code)
                .orElse("accepted");
    }

    @Test
    void anOpenSubDepartmentIsAGate() {
        assertEquals("accepted", refusal(Optional.of(new Unit("HUU_NGHI", "SUB_DEPARTMENT", "DEPT", null))));
    }

    @Test
    void aGateClosingOnALaterDayStillTakesDeclarationsToday() {
        assertEquals(
                "accepted", refusal(Optional.of(new Unit("HUU_NGHI", "SUB_DEPARTMENT", "DEPT", TODAY.plusDays(1)))));
    }

    @Test
    void aGateIsClosedFromTheDayItCloses() {
        assertEquals("gate-closed", refusal(Optional.of(new Unit("HUU_NGHI", "SUB_DEPARTMENT", "DEPT", TODAY))));
    }

    @Test
    void anUnknownUnitATeamAndTheDepartmentAreNoGates() {
        assertEquals("unknown-gate", refusal(Optional.empty()));
        assertEquals("not-a-gate", refusal(Optional.of(new Unit("HUU_NGHI", "TEAM", "DEPT", null))));
        assertEquals("not-a-gate", refusal(Optional.of(new Unit("HUU_NGHI", "DEPARTMENT", null, null))));
    }
}

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

    @Test
    void aTeamOrPostActsAtTheGateAboveItAndAnUnknownUnitAsItself() {
        java.util.Map<String, Unit> known = java.util.Map.of(
                "DEPT", new Unit("DEPT", "DEPARTMENT", null, null),
                "HUU_NGHI", new Unit("HUU_NGHI", "SUB_DEPARTMENT", "DEPT", null),
                "HN_TEAM", new Unit("HN_TEAM", "TEAM", "HUU_NGHI", null),
                "HN_POST", new Unit("HN_POST", "TEAM", "HN_TEAM", null),
                "LOOP_A", new Unit("LOOP_A", "TEAM", "LOOP_B", null),
                "LOOP_B", new Unit("LOOP_B", "TEAM", "LOOP_A", null));
        UnitDirectory directory = new UnitDirectory() {
            @Override
            public Optional<Unit> find(String code) {
                return Optional.ofNullable(known.get(code));
            }

            @Override
            public java.util.Set<String> gatesUnder(String unitCode) {
                throw new UnsupportedOperationException("not asked here");
            }
        };
        assertEquals(Optional.of("HUU_NGHI"), directory.gateOf("HUU_NGHI"));
        assertEquals(Optional.of("HUU_NGHI"), directory.gateOf("HN_TEAM"));
        assertEquals(Optional.of("HUU_NGHI"), directory.gateOf("HN_POST"));
        assertEquals(Optional.empty(), directory.gateOf("DEPT"));
        assertEquals(Optional.empty(), directory.gateOf("LOOP_A"));
        assertEquals(Optional.of("COC_NAM"), directory.gateOf("COC_NAM"));
    }
}

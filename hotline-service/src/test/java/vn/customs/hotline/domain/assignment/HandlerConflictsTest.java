package vn.customs.hotline.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.customs.hotline.domain.assignment.Conflict.Code.IS_THE_ACCUSED;
import static vn.customs.hotline.domain.assignment.Conflict.Code.POSTED_AT_ACCUSED_UNIT;
import static vn.customs.hotline.domain.assignment.Conflict.Code.SHARED_POSTING_WITH_ACCUSED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.hotline.domain.staffing.Posting;
import vn.customs.hotline.domain.staffing.PostingHistory;
import vn.customs.hotline.domain.staffing.Unit;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * The conflict-of-interest rule for handlers, as a written-out table. Today is 2026-12-06; with a lookback of 3
 * years a posting counts when it lasted until 2023-12-06 or later. The accused unit is the gate HUU_NGHI (a
 * sub-department under DEPT), with the team HUU_NGHI_T1 below it; TAN_THANH is another gate.
 */
class HandlerConflictsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final UnitCode DEPT = new UnitCode("DEPT");
    private static final UnitCode GATE = new UnitCode("HUU_NGHI");
    private static final UnitCode TEAM = new UnitCode("HUU_NGHI_T1");
    private static final UnitCode OTHER = new UnitCode("TAN_THANH");

    private static final OfficerId HANDLER = new OfficerId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final OfficerId ACCUSED = new OfficerId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

    /** One row: the handler's postings, the accused officer's postings (null: no accused officer named), N, codes. */
    record Row(String situation, List<Posting> handler, List<Posting> accused, int years, List<Conflict.Code> codes) {
        @Override
        public String toString() {
            return situation;
        }
    }

    static Stream<Row> table() {
        return Stream.of(
                // posted at the accused unit
                new Row(
                        "handler posted at the gate now",
                        List.of(h(GATE, "2025-01-01", null)),
                        null,
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "handler left the gate 2 years ago",
                        List.of(h(GATE, "2020-01-01", "2024-12-06")),
                        null,
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "handler left the gate 4 years ago, N=3",
                        List.of(h(GATE, "2018-01-01", "2022-12-06")),
                        null,
                        3,
                        List.of()),
                new Row(
                        "handler left the gate 4 years ago, N=5",
                        List.of(h(GATE, "2018-01-01", "2022-12-06")),
                        null,
                        5,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "handler left the gate exactly 3 years ago",
                        List.of(h(GATE, "2018-01-01", "2023-12-06")),
                        null,
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "handler left the gate 3 years and a day ago",
                        List.of(h(GATE, "2018-01-01", "2023-12-05")),
                        null,
                        3,
                        List.of()),
                new Row(
                        "handler posted at a team below the gate now",
                        List.of(h(TEAM, "2026-01-01", null)),
                        null,
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "handler posted at the gate from next month",
                        List.of(h(GATE, "2027-01-01", null)),
                        null,
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "handler posted at the department above the gate",
                        List.of(h(DEPT, "2010-01-01", null)),
                        null,
                        3,
                        List.of()),
                new Row(
                        "handler posted at another gate only",
                        List.of(h(OTHER, "2010-01-01", null)),
                        null,
                        3,
                        List.of()),
                new Row("handler never posted", List.of(), null, 3, List.of()),
                new Row(
                        "N=0: handler left the gate yesterday",
                        List.of(h(GATE, "2020-01-01", "2026-12-05")),
                        null,
                        0,
                        List.of()),
                new Row(
                        "N=0: handler on post at the gate today",
                        List.of(h(GATE, "2020-01-01", "2026-12-06")),
                        null,
                        0,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                // shared postings with the accused officer (at another gate, so only the sharing counts)
                new Row(
                        "shared a posting, overlapping until 2023-12-31",
                        List.of(h(OTHER, "2022-01-01", "2023-12-31")),
                        List.of(a(OTHER, "2020-01-01", "2024-06-30")),
                        3,
                        List.of(SHARED_POSTING_WITH_ACCUSED)),
                new Row(
                        "both on post at the same unit now",
                        List.of(h(OTHER, "2025-01-01", null)),
                        List.of(a(OTHER, "2026-01-01", null)),
                        3,
                        List.of(SHARED_POSTING_WITH_ACCUSED)),
                new Row(
                        "same unit, the handler came the day after the accused left",
                        List.of(h(OTHER, "2024-07-01", null)),
                        List.of(a(OTHER, "2020-01-01", "2024-06-30")),
                        3,
                        List.of()),
                new Row(
                        "same unit together, but only until 4 years ago",
                        List.of(h(OTHER, "2015-01-01", "2022-12-06")),
                        List.of(a(OTHER, "2016-01-01", null)),
                        3,
                        List.of()),
                new Row(
                        "same time, different units",
                        List.of(h(OTHER, "2022-01-01", null)),
                        List.of(a(DEPT, "2022-01-01", null)),
                        3,
                        List.of()),
                new Row(
                        "same time at the gate and a team below it: posted at the accused unit, not shared",
                        List.of(h(TEAM, "2022-01-01", null)),
                        List.of(a(GATE, "2022-01-01", null)),
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT)),
                new Row(
                        "accused officer named, handler never posted with him",
                        List.of(),
                        List.of(a(GATE, "2022-01-01", null)),
                        3,
                        List.of()),
                // both rules at once
                new Row(
                        "handler at the gate together with the accused officer",
                        List.of(h(GATE, "2022-01-01", null)),
                        List.of(a(GATE, "2023-01-01", null)),
                        3,
                        List.of(POSTED_AT_ACCUSED_UNIT, SHARED_POSTING_WITH_ACCUSED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void conflictsOfTheHandler(Row row) {
        List<Posting> all = new ArrayList<>(row.handler());
        if (row.accused() != null) {
            all.addAll(row.accused());
        }
        Optional<OfficerId> accused = row.accused() == null ? Optional.empty() : Optional.of(ACCUSED);
        List<Conflict> conflicts =
                new HandlerConflicts().of(HANDLER, GATE, accused, TODAY, row.years(), UNITS, history(all));
        assertEquals(row.codes(), conflicts.stream().map(Conflict::code).toList(), row.situation());
    }

    @Test
    void theAccusedOfficerMayNotHandleTheReportAboutHimself() {
        List<Conflict> conflicts = new HandlerConflicts()
                .of(
                        ACCUSED,
                        GATE,
                        Optional.of(ACCUSED),
                        TODAY,
                        3,
                        UNITS,
                        history(List.of(a(OTHER, "2020-01-01", null))));
        assertEquals(
                List.of(IS_THE_ACCUSED), conflicts.stream().map(Conflict::code).toList());
    }

    @Test
    void theAccusedOfficerPostedAtTheAccusedUnitHasBothConflictsButSharesNothingWithHimself() {
        List<Conflict> conflicts = new HandlerConflicts()
                .of(
                        ACCUSED,
                        GATE,
                        Optional.of(ACCUSED),
                        TODAY,
                        3,
                        UNITS,
                        history(List.of(a(GATE, "2020-01-01", null))));
        assertEquals(
                List.of(IS_THE_ACCUSED, POSTED_AT_ACCUSED_UNIT),
                conflicts.stream().map(Conflict::code).toList());
    }

    @Test
    void detailsNameTheUnitsAndDatesAndNoPerson() {
        List<Conflict> conflicts = new HandlerConflicts()
                .of(
                        HANDLER,
                        GATE,
                        Optional.of(ACCUSED),
                        TODAY,
                        3,
                        UNITS,
                        history(List.of(h(TEAM, "2022-01-01", "2025-03-31"), a(TEAM, "2023-05-01", null))));
        assertEquals(2, conflicts.size());
        assertEquals(
                "Posted at unit HUU_NGHI_T1 (under the accused unit HUU_NGHI) from 2022-01-01 to 2025-03-31, within"
                        + " the last 3 years (since 2023-12-06).",
                conflicts.get(0).detail());
        assertEquals(
                "Posted at unit HUU_NGHI_T1 together with the accused officer from 2023-05-01 to 2025-03-31, within"
                        + " the last 3 years (since 2023-12-06).",
                conflicts.get(1).detail());
        for (Conflict conflict : conflicts) {
            assertFalse(conflict.detail().contains(HANDLER.toString()), conflict.detail());
            assertFalse(conflict.detail().contains(ACCUSED.toString()), conflict.detail());
        }
    }

    @Test
    void aNegativeLookbackIsAMistakeNotAnEmptyWindow() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new HandlerConflicts().of(HANDLER, GATE, Optional.empty(), TODAY, -1, UNITS, history(List.of())));
    }

    @Test
    void aPostingCoversItsFirstAndLastDay() {
        Posting posting = h(GATE, "2026-03-01", "2026-03-31");
        assertTrue(posting.covers(LocalDate.parse("2026-03-01")));
        assertTrue(posting.covers(LocalDate.parse("2026-03-31")));
        assertFalse(posting.covers(LocalDate.parse("2026-02-28")));
        assertFalse(posting.covers(LocalDate.parse("2026-04-01")));
        assertTrue(h(GATE, "2026-03-01", null).covers(LocalDate.parse("2099-01-01")));
        assertTrue(posting.overlaps(LocalDate.parse("2026-03-31"), null));
        assertFalse(posting.overlaps(LocalDate.parse("2026-04-01"), null));
        assertTrue(posting.overlaps(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")));
        assertFalse(posting.overlaps(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-28")));
    }

    private static Posting h(UnitCode unit, String from, String to) {
        return posting(HANDLER, unit, from, to);
    }

    private static Posting a(UnitCode unit, String from, String to) {
        return posting(ACCUSED, unit, from, to);
    }

    private static Posting posting(OfficerId officer, UnitCode unit, String from, String to) {
        return new Posting(
                officer, unit, "POST-1", "CLEARANCE", LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    /** The organisation: DEPT above the gates HUU_NGHI and TAN_THANH; the team HUU_NGHI_T1 under HUU_NGHI. */
    private static final UnitDirectory UNITS = new UnitDirectory() {
        private final Map<UnitCode, Unit> units = Map.of(
                DEPT, new Unit(DEPT, "Cục Hải quan", "DEPARTMENT", null, false, true),
                GATE, new Unit(GATE, "Hữu Nghị", "SUB_DEPARTMENT", DEPT, false, true),
                TEAM, new Unit(TEAM, "Đội 1", "TEAM", GATE, false, true),
                OTHER, new Unit(OTHER, "Tân Thanh", "SUB_DEPARTMENT", DEPT, true, true));

        @Override
        public Optional<Unit> find(UnitCode code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public Set<UnitCode> withDescendants(UnitCode code) {
            Set<UnitCode> found = new LinkedHashSet<>(Set.of(code));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Unit unit : units.values()) {
                    if (unit.parent() != null && found.contains(unit.parent())) {
                        grew |= found.add(unit.code());
                    }
                }
            }
            return found;
        }
    };

    private static PostingHistory history(List<Posting> all) {
        return new PostingHistory() {
            @Override
            public List<Posting> ofOfficer(OfficerId officer) {
                return all.stream().filter(p -> p.officer().equals(officer)).toList();
            }

            @Override
            public List<Posting> atUnits(Set<UnitCode> units, LocalDate from, LocalDate to) {
                return all.stream()
                        .filter(p -> units.contains(p.unit()) && p.overlaps(from, to))
                        .toList();
            }
        };
    }
}

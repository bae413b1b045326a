package vn.customs.inspections.domain.team;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.customs.inspections.domain.staffing.DeclaredRelatives;
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.Unit;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * Each rule of team composition shown refusing and holding, for an inspection of the gate HUU_NGHI (with its team
 * HUU_NGHI_T1 below it) on 2026-03-10, with a lookback of 3 years (since 2023-03-10).
 */
class TeamScreenTest {

    static final UnitCode DEPT = new UnitCode("DEPT");
    static final UnitCode GATE = new UnitCode("HUU_NGHI");
    static final UnitCode GATE_TEAM = new UnitCode("HUU_NGHI_T1");
    static final UnitCode OTHER_GATE = new UnitCode("TAN_THANH");
    static final LocalDate DAY = LocalDate.parse("2026-03-10");

    final World world = new World();
    final OfficerId officer = new OfficerId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    @Test
    void anInspectorAtTheDepartmentWithNoTiesToTheGateMaySit() {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        assertThat(refusals(Set.of()), empty());
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // the only rule about function: an INSPECTION post on the day
                "INSPECTION, 2020-01-01, -,          ",
                "INSPECTION, 2026-03-10, -,          ",
                "INSPECTION, 2020-01-01, 2026-03-10, ",
                "INSPECTION, 2020-01-01, 2026-03-09, NOT_AN_INSPECTOR",
                "INSPECTION, 2026-03-11, -,          NOT_AN_INSPECTOR",
                "CLEARANCE,  2020-01-01, -,          NOT_AN_INSPECTOR",
            })
    void anInspectorHoldsAPostWithTheInspectionFunctionOnTheDay(String function, String from, String to, String code) {
        world.post(officer, DEPT, function, from, to);
        assertThat(codes(Set.of()), equalTo(code == null ? List.of() : List.of(RefusalCode.valueOf(code))));
    }

    @ParameterizedTest(name = "at {0} from {1} to {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "HUU_NGHI,    2025-01-01, -,          POSTED_AT_TARGET",
                "HUU_NGHI_T1, 2019-01-01, 2023-03-10, POSTED_AT_TARGET",
                "HUU_NGHI_T1, 2019-01-01, 2023-03-09, ",
                "HUU_NGHI,    2027-01-01, -,          POSTED_AT_TARGET",
                "TAN_THANH,   2025-01-01, -,          ",
            })
    void aPostingAtTheGateOrBelowItNowOrWithinTheLookbackRefuses(String unit, String from, String to, String code) {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        world.post(officer, new UnitCode(unit), "CLEARANCE", from, to);
        assertThat(codes(Set.of()), equalTo(code == null ? List.of() : List.of(RefusalCode.valueOf(code))));
    }

    @Test
    void aPostingRefusalNamesTheUnitAndThePeriod() {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        world.post(officer, GATE_TEAM, "CLEARANCE", "2019-01-01", "2024-06-30");
        assertThat(
                refusals(Set.of()).get(0).reason(),
                equalTo("Posted at unit HUU_NGHI_T1 (under the inspected unit HUU_NGHI) from 2019-01-01 to 2024-06-30,"
                        + " within the last 3 years (since 2023-03-10)."));
    }

    @ParameterizedTest(name = "relative at {0}: {1}")
    @CsvSource(
            nullValues = "-",
            value = {"HUU_NGHI, RELATIVE_AT_TARGET", "HUU_NGHI_T1, RELATIVE_AT_TARGET", "TAN_THANH, ", "DEPT, "})
    void aRelativeAtTheGateOrBelowItRefuses(String unit, String code) {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        world.relatives.put(officer, Set.of(new UnitCode(unit)));
        assertThat(codes(Set.of()), equalTo(code == null ? List.of() : List.of(RefusalCode.valueOf(code))));
    }

    @Test
    void aRelativeRefusalNamesTheUnit() {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        world.relatives.put(officer, Set.of(GATE_TEAM));
        assertThat(
                refusals(Set.of()).get(0).reason(),
                equalTo("Declared a relative working at unit HUU_NGHI_T1 (under the inspected unit HUU_NGHI)."));
    }

    @Test
    void whoeverSatOnTheLastTeamIsRefusedAndOthersAreNot() {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        OfficerId someoneElse = new OfficerId(UUID.randomUUID());
        assertThat(codes(Set.of(officer, someoneElse)), contains(RefusalCode.INSPECTED_LAST_TIME));
        assertThat(refusals(Set.of(officer)).get(0).reason(), containsString("previous inspection of unit HUU_NGHI"));
        assertThat(codes(Set.of(someoneElse)), empty());
    }

    @Test
    void everyRuleBrokenIsReportedInOrder() {
        world.post(officer, GATE, "CLEARANCE", "2024-01-01", null);
        world.relatives.put(officer, Set.of(GATE));
        assertThat(
                codes(Set.of(officer)),
                contains(
                        RefusalCode.NOT_AN_INSPECTOR,
                        RefusalCode.POSTED_AT_TARGET,
                        RefusalCode.RELATIVE_AT_TARGET,
                        RefusalCode.INSPECTED_LAST_TIME));
    }

    @Test
    void aLookbackOfZeroYearsCountsOnlyPostingsOnOrAfterTheDay() {
        world.post(officer, DEPT, "INSPECTION", "2020-01-01", null);
        world.post(officer, GATE, "CLEARANCE", "2019-01-01", "2026-03-09");
        TeamScreen screen = new TeamScreen(new TeamRules(0), world, world, world);
        assertThat(screen.at(GATE, DAY, Set.of()).screen(officer).refusals(), empty());
    }

    private List<Refusal> refusals(Set<OfficerId> lastTeam) {
        return new TeamScreen(new TeamRules(3), world, world, world)
                .at(GATE, DAY, lastTeam)
                .screen(officer)
                .refusals();
    }

    private List<RefusalCode> codes(Set<OfficerId> lastTeam) {
        return refusals(lastTeam).stream().map(Refusal::code).toList();
    }

    /** Staffing's read models in memory: DEPT above HUU_NGHI (with HUU_NGHI_T1 below it) and TAN_THANH. */
    static final class World implements UnitDirectory, PostingHistory, DeclaredRelatives {

        final List<Unit> units = List.of(
                new Unit(DEPT, "Cục", "DEPARTMENT", null, false, true),
                new Unit(GATE, "Hữu Nghị", "SUB_DEPARTMENT", DEPT, false, true),
                new Unit(GATE_TEAM, "Đội 1", "TEAM", GATE, false, true),
                new Unit(OTHER_GATE, "Tân Thanh", "SUB_DEPARTMENT", DEPT, false, true));
        final List<Posting> postings = new ArrayList<>();
        final Map<OfficerId, Set<UnitCode>> relatives = new HashMap<>();

        void post(OfficerId officer, UnitCode unit, String function, String from, String to) {
            postings.add(new Posting(
                    officer, unit, "POST", function, LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
        }

        @Override
        public List<Unit> open() {
            return units;
        }

        @Override
        public Set<UnitCode> withDescendants(UnitCode code) {
            Set<UnitCode> found = new LinkedHashSet<>(List.of(code));
            units.stream()
                    .filter(unit -> code.equals(unit.parent()))
                    .forEach(unit -> found.addAll(withDescendants(unit.code())));
            return found;
        }

        @Override
        public List<Posting> ofOfficer(OfficerId officer) {
            return postings.stream()
                    .filter(posting -> posting.officer().equals(officer))
                    .toList();
        }

        @Override
        public List<Posting> atUnits(Set<UnitCode> units, LocalDate from, LocalDate to) {
            return postings.stream()
                    .filter(posting -> units.contains(posting.unit()) && posting.overlaps(from, to))
                    .toList();
        }

        @Override
        public List<Posting> withFunctionOn(String postFunction, LocalDate day) {
            return postings.stream()
                    .filter(posting -> postFunction.equals(posting.postFunction()) && posting.covers(day))
                    .toList();
        }

        @Override
        public Set<UnitCode> unitsOf(OfficerId officer) {
            return relatives.getOrDefault(officer, Set.of());
        }
    }
}

package vn.customs.inspections.domain.team;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/** A proposal takes the inspectors without refusals, those who never (or longest ago) inspected the unit first. */
class TeamProposalTest {

    static final UnitCode GATE = new UnitCode("HUU_NGHI");
    static final LocalDate DAY = LocalDate.parse("2026-03-10");

    final OfficerId a = officer(1);
    final OfficerId b = officer(2);
    final OfficerId c = officer(3);
    final OfficerId d = officer(4);
    final OfficerId e = officer(5);
    final ScreenedOfficer refused =
            new ScreenedOfficer(e, List.of(new Refusal(RefusalCode.RELATIVE_AT_TARGET, "relative")));

    @Test
    void neverInspectedFirstThenLongestAgoThenById() {
        Map<OfficerId, LocalDate> lastInspectedOn =
                Map.of(a, LocalDate.parse("2025-01-01"), b, LocalDate.parse("2023-01-01"));
        ProposedTeam team =
                TeamProposal.of(GATE, DAY, 2, List.of(free(a), free(b), free(c), free(d), refused), lastInspectedOn);
        assertThat(team.lead(), equalTo(c));
        assertThat(team.deputy(), equalTo(d));
        assertThat(team.members(), contains(b, a));
        assertThat(team.excluded(), contains(refused));
    }

    @Test
    void theSameFactsGiveTheSameTeamWhateverTheOrderTheyCameIn() {
        ProposedTeam one = TeamProposal.of(GATE, DAY, 1, List.of(free(d), free(b), free(c), free(a)), Map.of());
        ProposedTeam two = TeamProposal.of(GATE, DAY, 1, List.of(free(a), free(c), free(b), free(d)), Map.of());
        assertThat(one, equalTo(two));
        assertThat(List.of(one.lead(), one.deputy(), one.members().get(0)), contains(a, b, c));
    }

    @Test
    void tooFewWithoutRefusalIsANoValidTeamNamingTheRefused() {
        RuleViolationException refusal = assertThrows(
                RuleViolationException.class,
                () -> TeamProposal.of(GATE, DAY, 1, List.of(free(a), free(b), refused), Map.of()));
        assertThat(refusal.code(), equalTo("no-valid-team"));
        assertThat(refusal.getMessage(), containsString("needs 3 inspectors"));
        assertThat(refusal.getMessage(), containsString("only 2 of the 3"));
        assertThat(refusal.getMessage(), containsString(e + " (RELATIVE_AT_TARGET)"));
    }

    @Test
    void aLeadAndADeputyAreEnoughForATeamWithoutMembers() {
        ProposedTeam team = TeamProposal.of(GATE, DAY, 0, List.of(free(b), free(a)), Map.of());
        assertThat(team, equalTo(new ProposedTeam(a, b, List.of(), List.of())));
    }

    private static ScreenedOfficer free(OfficerId officer) {
        return new ScreenedOfficer(officer, List.of());
    }

    private static OfficerId officer(int n) {
        return new OfficerId(UUID.fromString("00000000-0000-0000-0000-00000000000" + n));
    }
}

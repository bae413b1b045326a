package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.customs.inspections.domain.staffing.Posting;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.inspections.domain.team.PreviousTeams;
import vn.customs.inspections.domain.team.ProposedTeam;
import vn.customs.inspections.domain.team.ScreenedOfficer;
import vn.customs.inspections.domain.team.TeamProposal;
import vn.customs.inspections.domain.team.TeamRules;
import vn.customs.inspections.domain.team.TeamScreen;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;

/**
 * Proposes a valid team for an inspection of a unit on a day: a lead, a deputy and members, drawn from the officers
 * holding a post with the INSPECTION function that day who have no refusal, the longest since they inspected the
 * unit first; every inspector left out is named with his refusals.
 */
@ApplicationScoped
public class ProposeTeam {

    private final TeamScreening screening;
    private final UnitDirectory units;
    private final PostingHistory postings;
    private final PreviousTeams previousTeams;

    ProposeTeam(TeamScreening screening, UnitDirectory units, PostingHistory postings, PreviousTeams previousTeams) {
        this.screening = screening;
        this.units = units;
        this.postings = postings;
        this.previousTeams = previousTeams;
    }

    /**
     * @param members how many members besides the lead and the deputy, 0 to {@link TeamProposal#MAX_MEMBERS}
     * @param inspectionId the inspection the team is for, or null when it does not exist yet
     * @throws UnknownObjectException when staffing never opened the unit
     * @throws vn.customs.platform.domain.RuleViolationException {@code no-valid-team} when too few may sit
     */
    @Transactional
    public ProposedTeam propose(String unitCode, LocalDate day, int members, UUID inspectionId) {
        UnitCode unit = new UnitCode(unitCode);
        if (units.find(unit).isEmpty()) {
            throw new UnknownObjectException("unit", unit);
        }
        TeamScreen.Target target = screening.screen(unit, day, inspectionId);
        List<ScreenedOfficer> screened = postings.withFunctionOn(TeamRules.INSPECTION_FUNCTION, day).stream()
                .map(Posting::officer)
                .distinct()
                .map(target::screen)
                .toList();
        return TeamProposal.of(unit, day, members, screened, previousTeams.lastInspectedOn(unit, inspectionId));
    }
}

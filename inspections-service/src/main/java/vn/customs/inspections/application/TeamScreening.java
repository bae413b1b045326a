package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.customs.inspections.domain.staffing.DeclaredRelatives;
import vn.customs.inspections.domain.staffing.PostingHistory;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.inspections.domain.team.PreviousTeams;
import vn.customs.inspections.domain.team.Refusal;
import vn.customs.inspections.domain.team.ScreenedOfficer;
import vn.customs.inspections.domain.team.TeamRules;
import vn.customs.inspections.domain.team.TeamScreen;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;

/**
 * Whether an officer may sit on the team of an inspection of a unit on a day, and if not, why: every refusal with a
 * reason a user can read. Assigning a team refuses the officers this screens out.
 */
@ApplicationScoped
public class TeamScreening {

    private final TeamRules rules;
    private final UnitDirectory units;
    private final PostingHistory postings;
    private final DeclaredRelatives relatives;
    private final PreviousTeams previousTeams;

    TeamScreening(
            TeamRules rules,
            UnitDirectory units,
            PostingHistory postings,
            DeclaredRelatives relatives,
            PreviousTeams previousTeams) {
        this.rules = rules;
        this.units = units;
        this.postings = postings;
        this.relatives = relatives;
        this.previousTeams = previousTeams;
    }

    /**
     * The refusals of {@code officerId} for an inspection of {@code unitCode} on {@code day}; empty when he may sit.
     *
     * @param inspectionId the inspection the team is for (its own team is not "the previous one"); null when the
     *     inspection does not exist yet
     */
    @Transactional
    public List<Refusal> screen(UUID officerId, String unitCode, LocalDate day, UUID inspectionId) {
        UnitCode unit = new UnitCode(unitCode);
        return screen(unit, day, inspectionId).screen(new OfficerId(officerId)).refusals();
    }

    /**
     * The officer screened for an inspection of a unit staffing announced, as the API shows it.
     *
     * @throws UnknownObjectException when staffing never opened the unit
     */
    @Transactional
    public ScreenedOfficer screenAtKnownUnit(UUID officerId, String unitCode, LocalDate day, UUID inspectionId) {
        UnitCode unit = new UnitCode(unitCode);
        if (units.find(unit).isEmpty()) {
            throw new UnknownObjectException("unit", unit);
        }
        return screen(unit, day, inspectionId).screen(new OfficerId(officerId));
    }

    /**
     * The screen of one inspection, for screening several officers with the same lookups (a proposal, and TeamCheck
     * when a team is seated).
     */
    TeamScreen.Target screen(UnitCode unit, LocalDate day, UUID inspectionId) {
        return new TeamScreen(rules, units, postings, relatives)
                .at(unit, day, previousTeams.ofLastInspectionAt(unit, inspectionId));
    }
}

package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.Team;
import vn.customs.inspections.domain.team.Refusal;
import vn.customs.inspections.domain.team.ScreenedOfficer;
import vn.customs.inspections.domain.team.TeamScreen;
import vn.customs.platform.domain.RuleViolationException;

/**
 * Screens a team against the target unit before it is seated (and again at the decision, since postings may have
 * changed in between): on the planned start, every officer must be an inspector without a conflict of interest.
 */
@ApplicationScoped
public class TeamCheck {

    private final TeamScreening screening;

    TeamCheck(TeamScreening screening) {
        this.screening = screening;
    }

    /** Refuses (422 team-conflict) a team with any refused officer, naming each one with all his reasons. */
    public void requireNoConflict(Inspection inspection, Team team) {
        if (team == null) {
            return;
        }
        TeamScreen.Target target =
                screening.screen(inspection.unitCode(), inspection.schedule().plannedStart(), inspection.id());
        List<ScreenedOfficer> refused = team.everyone().stream()
                .map(target::screen)
                .filter(screened -> !screened.mayServe())
                .toList();
        if (!refused.isEmpty()) {
            throw new RuleViolationException(
                    "team-conflict",
                    refused.stream()
                            .map(screened -> "Officer " + screened.officer().value() + ": "
                                    + screened.refusals().stream()
                                            .map(Refusal::reason)
                                            .collect(Collectors.joining("; ")))
                            .collect(Collectors.joining(". ")));
        }
    }
}

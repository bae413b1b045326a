package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.Team;

/** Screens a team against the target unit before it is seated (and again at the decision). */
@ApplicationScoped
public class TeamCheck {

    /** Refuses (422, with every officer's reasons) a team with a conflict of interest at the inspection's unit. */
    public void requireNoConflict(Inspection inspection, Team team) {
        // wired to the team screening of staffing's read models when it lands
    }
}

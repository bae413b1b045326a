package vn.customs.inspections.infrastructure.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.customs.inspections.domain.team.TeamRules;

/** Turns {@link InspectionsTeamsConfig} into the {@link TeamRules} the use cases take; a wrong setting stops the start. */
@ApplicationScoped
public class TeamSettings {

    @Produces
    @Singleton
    TeamRules teamRules(InspectionsTeamsConfig config) {
        return new TeamRules(config.postingLookbackYears());
    }
}

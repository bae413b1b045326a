package vn.customs.inspections.infrastructure.staffing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of team composition ({@code inspections.teams.*}); {@link TeamSettings} makes them domain values. */
@ConfigMapping(prefix = "inspections.teams")
public interface InspectionsTeamsConfig {

    /** How many years after a posting at the inspected unit (or below it) ended it still bars the officer. */
    @WithDefault("3")
    int postingLookbackYears();
}

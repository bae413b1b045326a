package vn.customs.inspections.domain.team;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/**
 * The teams of earlier inspections of a unit. Only inspections that have STARTED count: a sealed surprise inspection
 * has not, so nothing here ever reveals one.
 */
public interface PreviousTeams {

    /**
     * The team (lead, deputy, members) of the most recently started inspection of {@code unit} other than {@code
     * excludingInspection} (null: none excluded); the teams of all that started on that same day. Empty when the unit
     * was never inspected.
     */
    Set<OfficerId> ofLastInspectionAt(UnitCode unit, UUID excludingInspection);

    /**
     * For each officer who sat on the team of a started inspection of {@code unit} (other than {@code
     * excludingInspection}), the day the latest such inspection started.
     */
    Map<OfficerId, LocalDate> lastInspectedOn(UnitCode unit, UUID excludingInspection);
}

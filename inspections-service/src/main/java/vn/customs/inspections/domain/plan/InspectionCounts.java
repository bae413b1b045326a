package vn.customs.inspections.domain.plan;

import java.util.List;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/**
 * The raw counts behind the inspection statistics, for one {@link StatisticsScope}: inspections of the period (planned
 * to start in it, or started in it) by unit, type and status, and the units where one started in the period.
 */
public record InspectionCounts(List<Row> rows, Set<UnitCode> unitsStarted) {

    public InspectionCounts {
        rows = List.copyOf(rows);
        unitsStarted = Set.copyOf(unitsStarted);
    }

    /** How many inspections of one type at one unit are in one status. */
    public record Row(UnitCode unit, String type, String status, long count) {}
}

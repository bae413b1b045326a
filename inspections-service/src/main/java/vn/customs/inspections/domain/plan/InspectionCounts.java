package vn.customs.inspections.domain.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/**
 * The raw counts behind the inspection statistics, for one {@link StatisticsScope}: inspections of the period (planned
 * to start in it, or started in it) by unit, type and status; the units where one started in the period; and what the
 * period's inspections found.
 */
public record InspectionCounts(List<Row> rows, Set<UnitCode> unitsStarted, Findings findings) {

    public InspectionCounts {
        rows = List.copyOf(rows);
        unitsStarted = Set.copyOf(unitsStarted);
    }

    /** How many inspections of one type at one unit are in one status. */
    public record Row(UnitCode unit, String type, String status, long count) {}

    /**
     * The findings of the period's inspections by category and by severity (only values that occur); their corrective
     * actions still pending and, of those, past their due date; the distinct heads of unit held accountable.
     */
    public record Findings(
            Map<String, Long> byCategory,
            Map<String, Long> bySeverity,
            long actionsOpen,
            long actionsOverdue,
            long headsAccountable) {

        public Findings {
            byCategory = Map.copyOf(byCategory);
            bySeverity = Map.copyOf(bySeverity);
        }
    }
}

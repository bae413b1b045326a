package vn.customs.inspections.domain.plan;

/** Counts inspections (and what came of them) for the statistics; sealed ones only when the scope says so. */
public interface InspectionTallies {

    InspectionCounts count(StatisticsScope scope);
}

package vn.customs.inspections.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.customs.inspections.application.InspectionKpis;
import vn.customs.inspections.domain.finding.FindingCategory;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.platform.observability.GaugeFamily;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;

/**
 * The inspection KPIs of the current quarter on {@code /q/metrics}, for the Grafana dashboard: inspections by type and
 * status (never a sealed surprise inspection: see {@link InspectionKpis}), findings by category, corrective actions
 * open and overdue. Every type, status and category has its series from the start, at 0.
 */
@ApplicationScoped
public class InspectionKpiGauges {

    private final InspectionKpis kpis;
    private final Today today;
    private final GaugeFamily inspections;
    private final GaugeFamily findings;
    private final GaugeFamily actionsOpen;
    private final GaugeFamily actionsOverdue;

    InspectionKpiGauges(InspectionKpis kpis, Today today, MeterRegistry registry) {
        this.kpis = kpis;
        this.today = today;
        inspections = GaugeFamily.counts(
                        registry,
                        "customs.inspections.inspections",
                        "Inspections of this quarter (started in it, or planned to start in it) by type and status;"
                                + " a sealed surprise inspection is not counted until it starts",
                        "type",
                        "status")
                .withTagSets(Arrays.stream(InspectionType.values())
                        .flatMap(type -> Arrays.stream(InspectionStatus.values())
                                .map(status -> List.of(type.name(), status.name())))
                        .toList());
        findings = GaugeFamily.counts(
                        registry,
                        "customs.inspections.findings",
                        "Findings of this quarter's inspections, by category",
                        "category")
                .withTagSets(Arrays.stream(FindingCategory.values())
                        .map(category -> List.of(category.name()))
                        .toList());
        actionsOpen = GaugeFamily.counts(
                        registry,
                        "customs.inspections.corrective.actions.open",
                        "Corrective actions of this quarter's findings still pending")
                .withTagSets(List.of(List.of()));
        actionsOverdue = GaugeFamily.counts(
                        registry,
                        "customs.inspections.corrective.actions.overdue",
                        "Corrective actions of this quarter's findings pending past their due date")
                .withTagSets(List.of(List.of()));
    }

    @Scheduled(
            every = "{customs.metrics.kpi-refresh}",
            identity = "inspection-kpi-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        Quarter quarter = Quarter.of(today.date());
        InspectionKpis.Figures figures = kpis.of(quarter.first(), quarter.last());
        inspections.replace(figures.inspectionsByTypeAndStatus());
        Map<List<String>, Number> byCategory = new HashMap<>();
        figures.findingsByCategory().forEach((category, count) -> byCategory.put(List.of(category), count));
        findings.replace(byCategory);
        actionsOpen.replace(Map.of(List.of(), figures.correctiveActionsOpen()));
        actionsOverdue.replace(Map.of(List.of(), figures.correctiveActionsOverdue()));
    }
}

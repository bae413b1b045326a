package vn.customs.staffing.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.customs.platform.observability.GaugeFamily;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;
import vn.customs.staffing.application.StaffingKpis;

/**
 * Staffing's KPIs per unit on {@code /q/metrics}, for the Grafana dashboard: officers due and overdue for rotation
 * today, rotations done this quarter, discipline cases open. Refreshed every {@code customs.metrics.kpi-refresh}.
 */
@ApplicationScoped
public class StaffingKpiGauges {

    private final StaffingKpis kpis;
    private final Today today;
    private final GaugeFamily due;
    private final GaugeFamily overdue;
    private final GaugeFamily done;
    private final GaugeFamily casesOpen;

    StaffingKpiGauges(StaffingKpis kpis, Today today, MeterRegistry registry) {
        this.kpis = kpis;
        this.today = today;
        due = GaugeFamily.counts(
                registry,
                "customs.staffing.rotations.due",
                "Officers on sensitive posts due for rotation today (not yet overdue), per unit",
                "unit");
        overdue = GaugeFamily.counts(
                registry,
                "customs.staffing.rotations.overdue",
                "Officers on sensitive posts past their rotation date today, per unit",
                "unit");
        done = GaugeFamily.counts(
                registry,
                "customs.staffing.rotations.done",
                "Rotations (periodic, cadre) that took effect this quarter, per unit",
                "unit");
        casesOpen = GaugeFamily.counts(
                registry, "customs.staffing.discipline.cases.open", "Discipline cases open now, per unit", "unit");
    }

    @Scheduled(
            every = "{customs.metrics.kpi-refresh}",
            identity = "staffing-kpi-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        LocalDate day = today.date();
        Quarter quarter = Quarter.of(day);
        StaffingKpis.Figures figures = kpis.of(day, quarter.first(), quarter.last());
        // every unit named by one figure gets all four, at 0 where it has none: a dashboard then shows "no rotation
        // due" as 0 instead of no series, and the dashboard check finds every metric even when nobody is due
        Set<String> units = new TreeSet<>();
        List.of(
                        figures.rotationsDue(),
                        figures.rotationsOverdue(),
                        figures.rotationsDone(),
                        figures.disciplineCasesOpen())
                .forEach(counts -> units.addAll(counts.keySet()));
        due.replace(byUnit(figures.rotationsDue(), units));
        overdue.replace(byUnit(figures.rotationsOverdue(), units));
        done.replace(byUnit(figures.rotationsDone(), units));
        casesOpen.replace(byUnit(figures.disciplineCasesOpen(), units));
    }

    private static Map<List<String>, Number> byUnit(Map<String, Long> counts, Set<String> units) {
        Map<List<String>, Number> readings = new HashMap<>();
        units.forEach(unit -> readings.put(List.of(unit), counts.getOrDefault(unit, 0L)));
        return readings;
    }
}

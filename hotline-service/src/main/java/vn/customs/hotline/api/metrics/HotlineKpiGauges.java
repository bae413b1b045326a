package vn.customs.hotline.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.customs.hotline.application.ReportKpis;
import vn.customs.platform.observability.GaugeFamily;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;

/**
 * The hotline's KPIs per unit on {@code /q/metrics}, for the Grafana dashboard: reports received this quarter, open
 * now, overdue now. Refreshed from the database every {@code customs.metrics.kpi-refresh}.
 */
@ApplicationScoped
public class HotlineKpiGauges {

    private final ReportKpis kpis;
    private final Today today;
    private final GaugeFamily received;
    private final GaugeFamily open;
    private final GaugeFamily overdue;

    HotlineKpiGauges(ReportKpis kpis, Today today, MeterRegistry registry) {
        this.kpis = kpis;
        this.today = today;
        received = GaugeFamily.counts(
                registry, "customs.hotline.reports.received", "Reports received this quarter, per unit", "unit");
        open = GaugeFamily.counts(registry, "customs.hotline.reports.open", "Reports open now, per unit", "unit");
        overdue = GaugeFamily.counts(
                registry,
                "customs.hotline.reports.overdue",
                "Reports open now past their legal deadline (not paused), per unit",
                "unit");
    }

    @Scheduled(
            every = "{customs.metrics.kpi-refresh}",
            identity = "hotline-kpi-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        Quarter quarter = Quarter.of(today.date());
        List<ReportKpis.Unit> units =
                kpis.perUnit(quarter.start(Today.DEPARTMENT_ZONE), quarter.end(Today.DEPARTMENT_ZONE), today.now());
        received.replace(byUnit(units, ReportKpis.Unit::received));
        open.replace(byUnit(units, ReportKpis.Unit::open));
        overdue.replace(byUnit(units, ReportKpis.Unit::overdue));
    }

    private static Map<List<String>, Number> byUnit(
            List<ReportKpis.Unit> units, ToLongFunction<ReportKpis.Unit> value) {
        Map<List<String>, Number> readings = new HashMap<>();
        units.forEach(unit -> readings.put(List.of(unit.unit()), value.applyAsLong(unit)));
        return readings;
    }
}

package vn.customs.declarations.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.customs.declarations.application.DeclarationKpis;
import vn.customs.platform.observability.GaugeFamily;
import vn.customs.platform.time.Quarter;
import vn.customs.platform.time.Today;

/**
 * The department's declaration KPIs of the current quarter per gate on {@code /q/metrics}, for the Grafana dashboard
 * ({@code deploy/grafana/dashboards/customs-kpis.json}): declarations lodged, e-declaration share (target 90 %),
 * on-time share (target 100 %), charter breaches. Refreshed from the database every {@code customs.metrics.kpi-refresh}.
 */
@ApplicationScoped
public class DeclarationKpiGauges {

    private final DeclarationKpis kpis;
    private final Today today;
    private final GaugeFamily lodged;
    private final GaugeFamily electronicShare;
    private final GaugeFamily onTimeShare;
    private final GaugeFamily cleared;
    private final GaugeFamily breaches;

    DeclarationKpiGauges(DeclarationKpis kpis, Today today, MeterRegistry registry) {
        this.kpis = kpis;
        this.today = today;
        lodged = GaugeFamily.counts(
                registry, "customs.declarations.lodged", "Declarations submitted this quarter, per gate", "gate");
        electronicShare = GaugeFamily.shares(
                registry,
                "customs.declarations.electronic.share.percent",
                "Electronic declarations of all submitted this quarter, in %, per gate (target 90)",
                "gate");
        onTimeShare = GaugeFamily.shares(
                registry,
                "customs.declarations.on.time.share.percent",
                "Declarations cleared within the charter of all cleared this quarter, in %, per gate (target 100)",
                "gate");
        cleared = GaugeFamily.counts(
                registry, "customs.declarations.cleared", "Declarations of this quarter cleared, per gate", "gate");
        breaches = GaugeFamily.counts(
                registry,
                "customs.declarations.charter.breaches",
                "Declarations of this quarter whose charter clock ran out, per gate",
                "gate");
    }

    @Scheduled(
            every = "{customs.metrics.kpi-refresh}",
            identity = "declaration-kpi-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        Quarter quarter = Quarter.of(today.date());
        List<DeclarationKpis.Gate> gates =
                kpis.perGate(quarter.start(Today.DEPARTMENT_ZONE), quarter.end(Today.DEPARTMENT_ZONE));
        lodged.replace(byGate(gates, DeclarationKpis.Gate::lodged));
        electronicShare.replace(byGate(gates, DeclarationKpis.Gate::electronicSharePercent));
        onTimeShare.replace(byGate(gates, DeclarationKpis.Gate::onTimeSharePercent));
        cleared.replace(byGate(gates, DeclarationKpis.Gate::cleared));
        breaches.replace(byGate(gates, DeclarationKpis.Gate::breaches));
    }

    private static Map<List<String>, Number> byGate(
            List<DeclarationKpis.Gate> gates, Function<DeclarationKpis.Gate, Number> value) {
        Map<List<String>, Number> readings = new HashMap<>();
        gates.forEach(gate -> readings.put(List.of(gate.gate()), value.apply(gate)));
        return readings;
    }
}

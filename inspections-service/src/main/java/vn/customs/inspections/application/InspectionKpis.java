package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.customs.inspections.domain.plan.InspectionCounts;
import vn.customs.inspections.domain.plan.InspectionTallies;
import vn.customs.inspections.domain.plan.StatisticsScope;
import vn.customs.platform.time.Today;

/**
 * The inspection KPIs of a period for the service's own metrics, counted as {@link InspectionStatistics} counts them
 * for a caller who is not an inspection lead: THE SEAL holds here too, because {@code /q/metrics} is read without any
 * role, so a sealed surprise inspection is in no figure until it starts.
 */
@ApplicationScoped
public class InspectionKpis {

    /** Inspections by (type, status); findings by category; corrective actions open and overdue. */
    public record Figures(
            Map<List<String>, Long> inspectionsByTypeAndStatus,
            Map<String, Long> findingsByCategory,
            long correctiveActionsOpen,
            long correctiveActionsOverdue) {}

    private final InspectionTallies tallies;
    private final Today today;

    InspectionKpis(InspectionTallies tallies, Today today) {
        this.tallies = tallies;
        this.today = today;
    }

    /** The figures of the inspections of {@code from}–{@code to} (both included), every unit, sealed ones left out. */
    @Transactional
    public Figures of(LocalDate from, LocalDate to) {
        InspectionCounts counts = tallies.count(new StatisticsScope(from, to, Optional.empty(), false, today.date()));
        Map<List<String>, Long> byTypeAndStatus = new HashMap<>();
        counts.rows().forEach(row -> byTypeAndStatus.merge(List.of(row.type(), row.status()), row.count(), Long::sum));
        return new Figures(
                byTypeAndStatus,
                counts.findings().byCategory(),
                counts.findings().actionsOpen(),
                counts.findings().actionsOverdue());
    }
}

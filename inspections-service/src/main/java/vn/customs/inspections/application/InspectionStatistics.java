package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.finding.FindingCategory;
import vn.customs.inspections.domain.finding.Severity;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.plan.InspectionCounts;
import vn.customs.inspections.domain.plan.InspectionTallies;
import vn.customs.inspections.domain.plan.StatisticsScope;
import vn.customs.inspections.domain.staffing.Unit;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;

/**
 * The inspection figures per period and unit: inspections by type, status and unit, the share of gates covered, the
 * findings of those inspections by category and severity, their corrective actions pending and overdue, and the heads
 * of unit held accountable. An inspection belongs to the period in which it started, or, until it starts, in which it
 * is planned to start; its findings and corrective actions count with it.
 *
 * <p>THE SEAL: for a caller without INSPECTION_LEAD a sealed surprise inspection does not exist, so it is in no figure
 * (no count, no status, no unit, no coverage) until it starts; an inspection lead's figures include it from its
 * creation.
 */
@ApplicationScoped
public class InspectionStatistics {

    /** Coverage over the gates staffing has opened (units of kind SUB_DEPARTMENT). */
    public static final String OPEN_GATES = "OPEN_GATES";
    /** Coverage over the units the period's inspections are about: staffing announced no open gate there (yet). */
    public static final String UNITS_INSPECTED = "UNITS_INSPECTED";

    /** Everything at once. */
    public record Figures(
            String unit,
            LocalDate from,
            LocalDate to,
            long inspections,
            Map<String, Long> byType,
            Map<String, Long> byStatus,
            Map<String, Map<String, Long>> byUnit,
            Coverage coverage,
            long findings,
            Map<String, Long> findingsByCategory,
            Map<String, Long> findingsBySeverity,
            long correctiveActionsOpen,
            long correctiveActionsOverdue,
            long headsHeldAccountable) {}

    /**
     * The share of units with at least one inspection started in the period: {@code covered} of {@code units}, {@code
     * share} from 0 to 1 (null when there is no unit), and the units not covered.
     */
    public record Coverage(String basis, long units, long covered, BigDecimal share, List<String> notCovered) {}

    private final InspectionTallies tallies;
    private final UnitDirectory directory;
    private final InspectionAccess access;
    private final Today today;

    InspectionStatistics(InspectionTallies tallies, UnitDirectory directory, InspectionAccess access, Today today) {
        this.tallies = tallies;
        this.directory = directory;
        this.access = access;
        this.today = today;
    }

    /** The figures of {@code from}–{@code to} (both included) for {@code unit} and the units under it, or all. */
    @Transactional
    public Figures of(LocalDate from, LocalDate to, Optional<UnitCode> unit) {
        Optional<Set<UnitCode>> scoped = unit.map(directory::withDescendants);
        InspectionCounts counts =
                tallies.count(new StatisticsScope(from, to, scoped, access.seesSealed(), today.date()));
        Map<String, Long> byType = zeros(InspectionType.values());
        Map<String, Long> byStatus = zeros(InspectionStatus.values());
        Map<String, Map<String, Long>> byUnit = new TreeMap<>();
        scoped.ifPresent(codes -> codes.forEach(code -> byUnit.put(code.value(), zeros(InspectionType.values()))));
        long total = 0;
        for (InspectionCounts.Row row : counts.rows()) {
            total += row.count();
            byType.merge(row.type(), row.count(), Long::sum);
            byStatus.merge(row.status(), row.count(), Long::sum);
            byUnit.computeIfAbsent(row.unit().value(), code -> zeros(InspectionType.values()))
                    .merge(row.type(), row.count(), Long::sum);
        }
        return new Figures(
                unit.map(UnitCode::value).orElse(null),
                from,
                to,
                total,
                byType,
                byStatus,
                byUnit,
                coverage(counts, scoped, directory),
                counts.findings().byCategory().values().stream()
                        .mapToLong(Long::longValue)
                        .sum(),
                filled(FindingCategory.values(), counts.findings().byCategory()),
                filled(Severity.values(), counts.findings().bySeverity()),
                counts.findings().actionsOpen(),
                counts.findings().actionsOverdue(),
                counts.findings().headsAccountable());
    }

    /**
     * Gates covered: over the open gates staffing announced (within the asked unit), or, while staffing has announced
     * none there (its units are not known here yet), over the units the period's inspections are about.
     */
    private static Coverage coverage(InspectionCounts counts, Optional<Set<UnitCode>> scoped, UnitDirectory units) {
        Set<String> gates = units.open().stream()
                .filter(Unit::gate)
                .map(Unit::code)
                .filter(code -> scoped.map(codes -> codes.contains(code)).orElse(true))
                .map(UnitCode::value)
                .collect(Collectors.toCollection(TreeSet::new));
        String basis = OPEN_GATES;
        if (gates.isEmpty()) {
            basis = UNITS_INSPECTED;
            counts.rows().forEach(row -> gates.add(row.unit().value()));
        }
        Set<String> started =
                counts.unitsStarted().stream().map(UnitCode::value).collect(Collectors.toSet());
        List<String> notCovered =
                gates.stream().filter(code -> !started.contains(code)).toList();
        long covered = gates.size() - notCovered.size();
        return new Coverage(
                basis,
                gates.size(),
                covered,
                gates.isEmpty()
                        ? null
                        : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(gates.size()), 3, RoundingMode.HALF_UP),
                notCovered);
    }

    /** Every value named, with its count or 0. */
    private static Map<String, Long> filled(Enum<?>[] values, Map<String, Long> counts) {
        Map<String, Long> filled = zeros(values);
        counts.forEach((value, count) -> filled.computeIfPresent(value, (name, zero) -> count));
        return filled;
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0L);
        }
        return counts;
    }
}

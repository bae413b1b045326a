package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.plan.InspectionCounts;
import vn.customs.inspections.domain.plan.InspectionTallies;
import vn.customs.inspections.domain.plan.StatisticsScope;
import vn.customs.platform.domain.UnitCode;

/**
 * The inspection statistics in native SQL. An inspection belongs to the period of the day it started, or, until it
 * starts, the day it is planned to start; findings and corrective actions count with their inspection. A sealed
 * inspection counts only when the scope says so (a lead asks): for anyone else the condition {@code NOT i.sealed}
 * keeps it out of every figure.
 */
@ApplicationScoped
public class JpaInspectionStatistics implements InspectionTallies {

    /** The inspections in scope (alias {@code i}): period, units, seal. */
    private static final String SCOPE = " COALESCE(i.started_on, i.planned_start) BETWEEN :from AND :to"
            + " AND (:all OR i.unit_code IN (:units)) AND (:sealedCounted OR NOT i.sealed)";

    /** The corrective actions still to be done by their owner. */
    private static final String PENDING = "a.status IN ('OPEN', 'IN_PROGRESS', 'OVERDUE')";

    private final EntityManager entityManager;

    JpaInspectionStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public InspectionCounts count(StatisticsScope scope) {
        List<Object[]> rows = bind(
                        "SELECT i.unit_code, i.type, i.status, COUNT(*) FROM inspections i WHERE" + SCOPE
                                + " GROUP BY i.unit_code, i.type, i.status ORDER BY i.unit_code, i.type, i.status",
                        scope)
                .getResultList();
        List<String> started = bind(
                        "SELECT DISTINCT i.unit_code FROM inspections i WHERE" + SCOPE
                                + " AND i.started_on BETWEEN :from AND :to ORDER BY i.unit_code",
                        scope)
                .getResultList();
        return new InspectionCounts(
                rows.stream()
                        .map(row -> new InspectionCounts.Row(
                                new UnitCode((String) row[0]), (String) row[1], (String) row[2], number(row[3])))
                        .toList(),
                started.stream().map(UnitCode::new).collect(Collectors.toSet()),
                findings(scope));
    }

    private InspectionCounts.Findings findings(StatisticsScope scope) {
        String ofPeriod = " FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE" + SCOPE;
        Object heads = bind("SELECT COUNT(DISTINCT f.accountable_head_id)" + ofPeriod, scope)
                .getSingleResult();
        Object[] actions = (Object[]) bind(
                        "SELECT COUNT(*) FILTER (WHERE " + PENDING + "), COUNT(*) FILTER (WHERE a.status = 'OVERDUE'"
                                + " OR (" + PENDING + " AND a.due_date < :today))"
                                + " FROM corrective_actions a JOIN inspections i ON i.id = a.inspection_id WHERE"
                                + SCOPE,
                        scope)
                .setParameter("today", Date.valueOf(scope.today()))
                .getSingleResult();
        return new InspectionCounts.Findings(
                grouped("f.category", ofPeriod, scope),
                grouped("f.severity", ofPeriod, scope),
                number(actions[0]),
                number(actions[1]),
                number(heads));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String column, String from, StatisticsScope scope) {
        List<Object[]> rows = bind("SELECT " + column + ", COUNT(*)" + from + " GROUP BY " + column, scope)
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], number(row[1])));
        return counts;
    }

    private Query bind(String sql, StatisticsScope scope) {
        Set<String> units = scope.units()
                .map(codes -> codes.stream().map(UnitCode::value).collect(Collectors.toSet()))
                .orElse(Set.of());
        return entityManager
                .createNativeQuery(sql)
                .setParameter("from", Date.valueOf(scope.from()))
                .setParameter("to", Date.valueOf(scope.to()))
                .setParameter("all", scope.units().isEmpty())
                // never an empty list, which SQL's IN refuses; no unit code is blank
                .setParameter("units", units.isEmpty() ? List.of("") : List.copyOf(units))
                .setParameter("sealedCounted", scope.sealedCounted());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

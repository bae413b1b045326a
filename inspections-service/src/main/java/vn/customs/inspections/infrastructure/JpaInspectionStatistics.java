package vn.customs.inspections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.plan.InspectionCounts;
import vn.customs.inspections.domain.plan.InspectionTallies;
import vn.customs.inspections.domain.plan.StatisticsScope;
import vn.customs.platform.domain.UnitCode;

/**
 * The inspection statistics in native SQL. An inspection belongs to the period of the day it started, or, until it
 * starts, the day it is planned to start. A sealed inspection counts only when the scope says so (a lead asks): for
 * anyone else the condition {@code NOT sealed} keeps it out of every figure.
 */
@ApplicationScoped
public class JpaInspectionStatistics implements InspectionTallies {

    /** The inspections in scope: period, units, seal. */
    private static final String SCOPE =
            " FROM inspections WHERE COALESCE(started_on, planned_start) BETWEEN :from AND :to"
                    + " AND (:all OR unit_code IN (:units)) AND (:sealedCounted OR NOT sealed)";

    private final EntityManager entityManager;

    JpaInspectionStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public InspectionCounts count(StatisticsScope scope) {
        List<Object[]> rows = bind(
                        entityManager.createNativeQuery("SELECT unit_code, type, status, COUNT(*)" + SCOPE
                                + " GROUP BY unit_code, type, status ORDER BY unit_code, type, status"),
                        scope)
                .getResultList();
        List<String> started = bind(
                        entityManager.createNativeQuery("SELECT DISTINCT unit_code" + SCOPE
                                + " AND started_on BETWEEN :from AND :to ORDER BY unit_code"),
                        scope)
                .getResultList();
        return new InspectionCounts(
                rows.stream()
                        .map(row -> new InspectionCounts.Row(
                                new UnitCode((String) row[0]),
                                (String) row[1],
                                (String) row[2],
                                ((Number) row[3]).longValue()))
                        .toList(),
                started.stream().map(UnitCode::new).collect(Collectors.toSet()));
    }

    private static Query bind(Query query, StatisticsScope scope) {
        Set<String> units = scope.units()
                .map(codes -> codes.stream().map(UnitCode::value).collect(Collectors.toSet()))
                .orElse(Set.of());
        return query.setParameter("from", Date.valueOf(scope.from()))
                .setParameter("to", Date.valueOf(scope.to()))
                .setParameter("all", scope.units().isEmpty())
                // never an empty list, which SQL's IN refuses; no unit code is blank
                .setParameter("units", units.isEmpty() ? List.of("") : List.copyOf(units))
                .setParameter("sealedCounted", scope.sealedCounted());
    }
}

package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionStatus;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.paging.PageRequest;

/**
 * Reading inspections: the list (by type, status, unit and planned start) and one inspection. For every caller but
 * an INSPECTION_LEAD a sealed inspection is left out in the query itself, so no page, count or cursor shows it.
 */
@ApplicationScoped
@Transactional
public class InspectionQueries {

    /** List filters; null means any. {@code from}/{@code to} bound the planned start, both included. */
    public record Filter(InspectionType type, InspectionStatus status, UnitCode unit, LocalDate from, LocalDate to) {}

    private final EntityManager entityManager;
    private final InspectionAccess access;

    InspectionQueries(EntityManager entityManager, InspectionAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** A page in id order (creation order), read with {@code limit + 1} rows so the caller knows whether more follow. */
    public List<Inspection> list(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("i.id > :after"));
        Map<String, Object> parameters = new HashMap<>(Map.of("after", page.afterId()));
        if (!access.seesSealed()) {
            where.add("i.sealed = false");
        }
        var scope = access.unitScope();
        if (scope.isPresent()) {
            if (scope.get().isEmpty()) {
                return List.of();
            }
            where.add("i.unitCode in :scope");
            parameters.put("scope", scope.get());
        }
        if (filter.type() != null) {
            where.add("i.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            where.add("i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.unit() != null) {
            where.add("i.unitCode = :unit");
            parameters.put("unit", filter.unit());
        }
        if (filter.from() != null) {
            where.add("i.schedule.plannedStart >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("i.schedule.plannedStart <= :to");
            parameters.put("to", filter.to());
        }
        var query = entityManager.createQuery(
                "from Inspection i where " + String.join(" and ", where) + " order by i.id", Inspection.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(page.limit() + 1).getResultList();
    }

    /** One inspection, or 404 (also when it is sealed and the caller is not a lead). */
    public Inspection one(UUID id) {
        return access.visible(id);
    }
}

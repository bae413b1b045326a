package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import vn.customs.inspections.domain.plan.InspectionPlan;
import vn.customs.inspections.domain.plan.PlanRepository;
import vn.customs.inspections.domain.plan.PlanStatus;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;

/**
 * Plans of thematic inspections, for every role that reads them: thematic inspections are announced, so a plan and its
 * entries are no secret.
 */
@ApplicationScoped
public class PlanQueries {

    private final PlanRepository plans;
    private final EntityManager entityManager;

    PlanQueries(PlanRepository plans, EntityManager entityManager) {
        this.plans = plans;
        this.entityManager = entityManager;
    }

    /** One plan; 404 when unknown. */
    public InspectionPlan plan(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("inspection plan", id));
    }

    /** A page of plans by id (oldest first), of one year and status when asked. */
    public List<InspectionPlan> plans(PageRequest page, Integer year, PlanStatus status) {
        TypedQuery<InspectionPlan> query = entityManager.createQuery(
                "SELECT p FROM InspectionPlan p WHERE p.id > :after"
                        + (year == null ? "" : " AND p.period.year = :year")
                        + (status == null ? "" : " AND p.status = :status")
                        + " ORDER BY p.id",
                InspectionPlan.class);
        query.setParameter("after", page.afterId());
        if (year != null) {
            query.setParameter("year", year);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(page.limit() + 1).getResultList();
    }
}

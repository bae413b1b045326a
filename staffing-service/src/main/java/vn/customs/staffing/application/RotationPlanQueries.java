package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.customs.platform.paging.PageRequest;
import vn.customs.staffing.domain.rotation.PlanStatus;
import vn.customs.staffing.domain.rotation.RotationPlan;

/**
 * Rotation plans, newest last. Reads run without a transaction of their own, in the request's persistence context, so
 * that the views a resource builds may load the entities' lazy parts.
 */
@ApplicationScoped
public class RotationPlanQueries {

    private final EntityManager entityManager;

    RotationPlanQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<RotationPlan> plans(PlanStatus status, PageRequest page) {
        return new Query("SELECT p FROM RotationPlan p")
                .where("p.id > :after", "after", page.afterId())
                .whereGiven("p.status = :status", "status", status)
                .build(entityManager, "p.id", RotationPlan.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }
}

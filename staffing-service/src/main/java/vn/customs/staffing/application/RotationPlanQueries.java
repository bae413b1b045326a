package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.domain.UnknownObjectException;
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

    /** A plan, read in the request's persistence context (its entries and pins load lazily). */
    public RotationPlan plan(UUID id) {
        return Optional.ofNullable(entityManager.find(RotationPlan.class, id))
                .orElseThrow(() -> new UnknownObjectException("rotation plan", id));
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

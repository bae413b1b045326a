package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationPlanRepository;

/** Solves a plan again, keeping its pins. */
@ApplicationScoped
public class ResolveRotationPlan {

    private final RotationPlanRepository plans;
    private final SolveRotationPlans solving;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    ResolveRotationPlan(
            RotationPlanRepository plans, SolveRotationPlans solving, EntityManager entityManager, AuditTrail audit) {
        this.plans = plans;
        this.solving = solving;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public RotationPlan resolve(UUID planId, ExpectedVersion expected) {
        RotationPlan plan = find(planId);
        expected.requireMatches(plan.version());
        plan.resolve();
        entityManager.flush();
        solving.afterCommit(plan.id(), plan.solveRound());
        audit.record("resolve-rotation-plan", "rotation-plan", planId, Map.of());
        return plan;
    }

    private RotationPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("rotation plan", id));
    }
}

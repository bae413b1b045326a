package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationPlanRepository;

/** Approves an optimized plan: a second person, never its creator (four eyes). */
@ApplicationScoped
public class ApproveRotationPlan {

    private final RotationPlanRepository plans;
    private final EntityManager entityManager;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    ApproveRotationPlan(
            RotationPlanRepository plans, EntityManager entityManager, Caller caller, AuditTrail audit, Today today) {
        this.plans = plans;
        this.entityManager = entityManager;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public RotationPlan approve(UUID planId, ExpectedVersion expected) {
        RotationPlan plan = find(planId);
        expected.requireMatches(plan.version());
        plan.approve(caller.subject(), today.now());
        entityManager.flush();
        audit.record("approve-rotation-plan", "rotation-plan", planId, Map.of("createdBy", plan.createdBy()));
        return plan;
    }

    private RotationPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("rotation plan", id));
    }
}

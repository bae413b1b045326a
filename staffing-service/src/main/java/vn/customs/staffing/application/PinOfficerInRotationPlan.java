package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.staffing.domain.officer.OfficerRepository;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationPlanRepository;

/** Fixes an officer to a post in a plan; the plan goes back to DRAFT and is solved again around the pin. */
@ApplicationScoped
public class PinOfficerInRotationPlan {

    private final RotationPlanRepository plans;
    private final OfficerRepository officers;
    private final OrganisationRepository organisation;
    private final SolveRotationPlans solving;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    PinOfficerInRotationPlan(
            RotationPlanRepository plans,
            OfficerRepository officers,
            OrganisationRepository organisation,
            SolveRotationPlans solving,
            EntityManager entityManager,
            AuditTrail audit) {
        this.plans = plans;
        this.officers = officers;
        this.organisation = organisation;
        this.solving = solving;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Fixes an officer to a post; the plan is solved again around the pin. */
    @Transactional
    public RotationPlan pin(UUID planId, ExpectedVersion expected, UUID officerId, UUID postId) {
        RotationPlan plan = find(planId);
        expected.requireMatches(plan.version());
        officers.officer(officerId)
                .orElseThrow(() -> new RuleViolationException("unknown-officer", "No officer " + officerId + "."));
        organisation
                .post(postId)
                .orElseThrow(() -> new RuleViolationException("unknown-post", "No post " + postId + "."));
        plan.pin(officerId, postId);
        entityManager.flush();
        solving.afterCommit(plan.id(), plan.solveRound());
        audit.record("pin-rotation-plan", "rotation-plan", planId, Map.of("officer", officerId, "post", postId));
        return plan;
    }

    private RotationPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("rotation plan", id));
    }
}

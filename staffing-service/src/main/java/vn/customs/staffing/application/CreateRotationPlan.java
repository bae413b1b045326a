package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationPlanRepository;
import vn.customs.staffing.domain.rotation.RotationRules;

/** Creates a rotation plan in DRAFT; its solve starts in the background once the plan is committed. */
@ApplicationScoped
public class CreateRotationPlan {

    private final RotationPlanRepository plans;
    private final OrganisationRepository organisation;
    private final SolveRotationPlans solving;
    private final EntityManager entityManager;
    private final RotationRules rules;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    CreateRotationPlan(
            RotationPlanRepository plans,
            OrganisationRepository organisation,
            SolveRotationPlans solving,
            EntityManager entityManager,
            RotationRules rules,
            Caller caller,
            AuditTrail audit,
            Today today) {
        this.plans = plans;
        this.organisation = organisation;
        this.solving = solving;
        this.entityManager = entityManager;
        this.rules = rules;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    /** Creates the plan in DRAFT and starts its solve once the plan is committed. */
    @Transactional
    public RotationPlan create(LocalDate from, LocalDate to, List<String> unitCodes, Integer timeLimitSeconds) {
        for (String code : unitCodes) {
            organisation
                    .unitByCode(new UnitCode(code))
                    .orElseThrow(() -> new RuleViolationException("unknown-unit", "No unit with code " + code + "."));
        }
        RotationPlan plan = RotationPlan.draft(
                TimeOrderedIds.next(),
                from,
                to,
                unitCodes,
                timeLimitSeconds == null ? rules.defaultSolveSeconds() : timeLimitSeconds,
                caller.subject(),
                today.now());
        plans.add(plan);
        entityManager.flush();
        solving.afterCommit(plan.id(), plan.solveRound());
        audit.record("create-rotation-plan", "rotation-plan", plan.id(), Map.of("from", from, "to", to));
        return plan;
    }

    private RotationPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("rotation plan", id));
    }
}

package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;
import vn.customs.staffing.domain.officer.PostingKind;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.Unit;
import vn.customs.staffing.domain.rotation.PlanEntry;
import vn.customs.staffing.domain.rotation.RotationPlan;
import vn.customs.staffing.domain.rotation.RotationPlanRepository;
import vn.customs.staffing.domain.rotation.RotationRules;

/**
 * Rotation plans: create (solved in the background), pin, re-solve, approve with a second person's eyes, and execute
 * as postings under one decision number in one transaction.
 */
@ApplicationScoped
public class RotationPlanning {

    private final RotationPlanRepository plans;
    private final OfficerRepository officers;
    private final OrganisationRepository organisation;
    private final PostingRecorder recorder;
    private final SolveRotationPlans solving;
    private final EntityManager entityManager;
    private final RotationRules rules;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    RotationPlanning(
            RotationPlanRepository plans,
            OfficerRepository officers,
            OrganisationRepository organisation,
            PostingRecorder recorder,
            SolveRotationPlans solving,
            EntityManager entityManager,
            RotationRules rules,
            Caller caller,
            AuditTrail audit,
            Today today) {
        this.plans = plans;
        this.officers = officers;
        this.organisation = organisation;
        this.recorder = recorder;
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
                    .unitByCode(code)
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

    @Transactional
    public RotationPlan approve(UUID planId, ExpectedVersion expected) {
        RotationPlan plan = find(planId);
        expected.requireMatches(plan.version());
        plan.approve(caller.subject(), today.now());
        entityManager.flush();
        audit.record("approve-rotation-plan", "rotation-plan", planId, Map.of("createdBy", plan.createdBy()));
        return plan;
    }

    /**
     * Executes an approved plan from {@code effectiveFrom}: every mover's posting ends the day before, then every new
     * posting opens, so that swaps between two full posts pass the establishment check. All or nothing.
     */
    @Transactional
    public RotationPlan execute(UUID planId, ExpectedVersion expected, String decision, LocalDate effectiveFrom) {
        RotationPlan plan = find(planId);
        expected.requireMatches(plan.version());
        if (effectiveFrom.isBefore(plan.periodFrom()) || effectiveFrom.isAfter(plan.periodTo())) {
            throw new RuleViolationException(
                    "outside-period",
                    "The moves take effect within the plan's period, " + plan.periodFrom() + " to " + plan.periodTo()
                            + ".");
        }
        List<PlanEntry> moves = plan.execute(decision, today.now());
        List<Officer> movers = new ArrayList<>();
        for (PlanEntry move : moves) {
            Officer officer = officers.officerForUpdate(move.officerId()).orElseThrow();
            Post from = organisation.post(move.fromPostId()).orElseThrow();
            if (officer.openPosting()
                    .filter(open -> open.postId().equals(from.id()))
                    .isEmpty()) {
                throw new RuleViolationException(
                        "plan-outdated",
                        officer.fullName() + " no longer holds the post the plan moves him from;"
                                + " solve the plan again.");
            }
            recorder.ended(officer.endPosting(effectiveFrom.minusDays(1), plan.decisionNumber(), today.now()), from);
            movers.add(officer);
        }
        entityManager.flush();
        for (int i = 0; i < moves.size(); i++) {
            Post to = organisation.postForUpdate(moves.get(i).toPostId()).orElseThrow();
            Unit unit = organisation.unit(to.unitId()).orElseThrow();
            unit.requireOpen();
            to.requireRoomForOneMore(organisation.officersOnOrAfter(to.id(), effectiveFrom));
            recorder.opened(
                    movers.get(i)
                            .takeUpPost(
                                    to.placementIn(unit),
                                    effectiveFrom,
                                    PostingKind.PERIODIC_ROTATION,
                                    plan.decisionNumber(),
                                    TimeOrderedIds.next(),
                                    today.now()),
                    to);
            entityManager.flush();
        }
        audit.record(
                "execute-rotation-plan",
                "rotation-plan",
                planId,
                Map.of("decision", plan.decisionNumber(), "moves", moves.size(), "from", effectiveFrom));
        return plan;
    }

    public RotationPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("rotation plan", id));
    }
}

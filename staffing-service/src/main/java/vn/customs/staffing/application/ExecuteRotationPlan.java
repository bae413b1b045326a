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

/** Executes an approved plan as postings under one decision number, in one transaction. */
@ApplicationScoped
public class ExecuteRotationPlan {

    private final RotationPlanRepository plans;
    private final OfficerRepository officers;
    private final OrganisationRepository organisation;
    private final PostingRecorder recorder;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final Today today;

    ExecuteRotationPlan(
            RotationPlanRepository plans,
            OfficerRepository officers,
            OrganisationRepository organisation,
            PostingRecorder recorder,
            EntityManager entityManager,
            AuditTrail audit,
            Today today) {
        this.plans = plans;
        this.officers = officers;
        this.organisation = organisation;
        this.recorder = recorder;
        this.entityManager = entityManager;
        this.audit = audit;
        this.today = today;
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
            Officer officer =
                    officers.officerForUpdate(move.officerId().value()).orElseThrow();
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

    private RotationPlan find(UUID id) {
        return plans.find(id).orElseThrow(() -> new UnknownObjectException("rotation plan", id));
    }
}

package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.plan.InspectionPlan;
import vn.customs.inspections.domain.plan.PlanApproved;
import vn.customs.inspections.domain.plan.PlanEntry;
import vn.customs.inspections.domain.plan.PlanRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * A second inspection lead approves a draft plan (four eyes). In the same transaction every entry becomes a proposed
 * THEMATIC inspection (DRAFT) resting on the plan, with the entry's id: all of them or none. Audited, the plan and each
 * inspection.
 */
@ApplicationScoped
public class ApproveInspectionPlan {

    private final PlanRepository plans;
    private final InspectionRepository inspections;
    private final InspectionAccess access;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    ApproveInspectionPlan(
            PlanRepository plans,
            InspectionRepository inspections,
            InspectionAccess access,
            Caller caller,
            AuditTrail audit,
            Today today) {
        this.plans = plans;
        this.inspections = inspections;
        this.access = access;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public InspectionPlan approve(UUID planId, ExpectedVersion expected) {
        InspectionPlan plan =
                plans.findForUpdate(planId).orElseThrow(() -> new UnknownObjectException("inspection plan", planId));
        expected.requireMatches(plan.version());
        PlanApproved approved = plan.approve(caller.subject(), today.now());
        List<UUID> proposed = approved.entries().stream()
                .map(entry -> propose(approved, entry))
                .toList();
        plans.flush();
        audit.record(
                "approve-inspection-plan",
                "inspection-plan",
                planId,
                Map.of("draftedBy", plan.draftedBy(), "inspections", proposed));
        return plan;
    }

    private UUID propose(PlanApproved approved, PlanEntry entry) {
        Inspection inspection = Inspection.propose(
                entry.id(),
                InspectionType.THEMATIC,
                Basis.PLAN,
                approved.basisReference(),
                entry.unitCode(),
                List.of(),
                entry.inspectionScope(),
                entry.schedule(),
                approved.approvedAt());
        inspections.add(inspection);
        access.audit(
                inspection,
                "propose-inspection",
                Map.of("type", InspectionType.THEMATIC.name(), "basis", Basis.PLAN.name(), "plan", approved.planId()));
        return inspection.id();
    }
}

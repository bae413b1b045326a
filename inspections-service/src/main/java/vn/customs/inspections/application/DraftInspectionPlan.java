package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.inspections.domain.plan.InspectionPlan;
import vn.customs.inspections.domain.plan.PlanEntry;
import vn.customs.inspections.domain.plan.PlanPeriod;
import vn.customs.inspections.domain.plan.PlanRepository;
import vn.customs.inspections.domain.plan.PlanTheme;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * An inspection lead drafts the plan of thematic inspections for a year or a quarter, and adds or removes its entries
 * while it is a draft. Every change is audited; nothing about a plan is sealed.
 */
@ApplicationScoped
public class DraftInspectionPlan {

    /** An entry as the lead writes it; its id is given here. */
    public record EntryDraft(UnitCode unit, PlanTheme theme, String scope, LocalDate plannedStart, int durationDays) {

        PlanEntry toEntry() {
            return new PlanEntry(TimeOrderedIds.next(), unit, theme, scope, plannedStart, durationDays);
        }
    }

    private final PlanRepository plans;
    private final Caller caller;
    private final AuditTrail audit;
    private final Today today;

    DraftInspectionPlan(PlanRepository plans, Caller caller, AuditTrail audit, Today today) {
        this.plans = plans;
        this.caller = caller;
        this.audit = audit;
        this.today = today;
    }

    /** A new plan in DRAFT, with its first entries (maybe none). */
    @Transactional
    public InspectionPlan draft(PlanPeriod period, String title, List<EntryDraft> entries) {
        InspectionPlan plan = InspectionPlan.draft(
                TimeOrderedIds.next(),
                period,
                title,
                entries.stream().map(EntryDraft::toEntry).toList(),
                caller.subject(),
                today.now());
        plans.add(plan);
        audit.record(
                "draft-inspection-plan",
                "inspection-plan",
                plan.id(),
                Map.of("period", period.label(), "entries", plan.entries().size()));
        return plan;
    }

    /** Adds an entry to a draft; returns the plan and the new entry's id. */
    @Transactional
    public Added addEntry(UUID planId, ExpectedVersion expected, EntryDraft draft) {
        InspectionPlan plan = load(planId, expected);
        PlanEntry entry = draft.toEntry();
        plan.addEntry(entry);
        plans.flush();
        audit.record(
                "add-plan-entry",
                "inspection-plan",
                planId,
                Map.of(
                        "entry",
                        entry.id(),
                        "unit",
                        entry.unitCode().value(),
                        "plannedStart",
                        entry.plannedStart().toString()));
        return new Added(plan, entry.id());
    }

    /** The plan after an entry was added, and that entry's id. */
    public record Added(InspectionPlan plan, UUID entryId) {}

    /** Removes an entry from a draft. */
    @Transactional
    public InspectionPlan removeEntry(UUID planId, ExpectedVersion expected, UUID entryId) {
        InspectionPlan plan = load(planId, expected);
        plan.removeEntry(entryId);
        plans.flush();
        audit.record("remove-plan-entry", "inspection-plan", planId, Map.of("entry", entryId));
        return plan;
    }

    private InspectionPlan load(UUID planId, ExpectedVersion expected) {
        InspectionPlan plan =
                plans.findForUpdate(planId).orElseThrow(() -> new UnknownObjectException("inspection plan", planId));
        expected.requireMatches(plan.version());
        return plan;
    }
}

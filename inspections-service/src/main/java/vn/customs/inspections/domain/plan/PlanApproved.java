package vn.customs.inspections.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A plan was approved: each entry is now to be proposed as a THEMATIC inspection resting on the plan. */
public record PlanApproved(UUID planId, String approvedBy, Instant approvedAt, List<PlanEntry> entries) {

    public PlanApproved {
        entries = List.copyOf(entries);
    }

    /** The basis reference of every inspection the plan gives rise to. */
    public String basisReference() {
        return planId.toString();
    }
}

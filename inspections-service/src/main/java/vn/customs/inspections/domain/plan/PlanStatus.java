package vn.customs.inspections.domain.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a plan of thematic inspections stands: DRAFT while its entries are written, APPROVED (by a second lead) once
 * its inspections have been proposed. An approved plan does not change.
 */
public enum PlanStatus {
    DRAFT,
    APPROVED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Entries are added and removed only while the plan is a draft. */
    public boolean editable() {
        return switch (this) {
            case DRAFT -> true;
            case APPROVED -> false;
        };
    }
}

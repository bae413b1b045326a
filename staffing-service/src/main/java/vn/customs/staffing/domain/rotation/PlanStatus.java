package vn.customs.staffing.domain.rotation;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT (being solved) → OPTIMIZED (a proposal to review) → APPROVED (by a second person) → EXECUTED (postings made).
 * An optimized plan goes back to DRAFT when personnel pins an officer or asks for another solve.
 */
public enum PlanStatus {
    DRAFT,
    OPTIMIZED,
    APPROVED,
    EXECUTED;

    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPTIMIZED);
            case OPTIMIZED -> EnumSet.of(DRAFT, APPROVED);
            case APPROVED -> EnumSet.of(EXECUTED);
            case EXECUTED -> EnumSet.noneOf(PlanStatus.class);
        };
    }
}

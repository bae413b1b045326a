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
        switch (this) {
            case DRAFT:
                return EnumSet.of(OPTIMIZED);
            case OPTIMIZED:
                return EnumSet.of(DRAFT, APPROVED);
            case APPROVED:
                return EnumSet.of(EXECUTED);
            case EXECUTED:
                return EnumSet.noneOf(PlanStatus.class);
        }
        throw new IllegalStateException("unreachable: " + this);
    }
}

package vn.customs.hotline.domain.custody;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a custodian's request to read a reporter's identity stands.
 *
 * <pre>
 * REQUESTED ──▶ APPROVED | REFUSED   (decided by a second custodian; both final)
 * </pre>
 *
 * An approval lapses after {@link IdentityRequest#APPROVAL_VALIDITY}; the status stays APPROVED, the reads stop.
 */
public enum IdentityRequestStatus {
    REQUESTED,
    APPROVED,
    REFUSED;

    /** The states a decision may lead to from this one. */
    public Set<IdentityRequestStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED, REFUSED);
            case APPROVED, REFUSED -> EnumSet.noneOf(IdentityRequestStatus.class);
        };
    }

    public boolean canMoveTo(IdentityRequestStatus target) {
        return next().contains(target);
    }

    /** Whether the identity may be read in this state (the requester only, before the approval lapses). */
    public boolean opensIdentity() {
        return switch (this) {
            case APPROVED -> true;
            case REQUESTED, REFUSED -> false;
        };
    }
}

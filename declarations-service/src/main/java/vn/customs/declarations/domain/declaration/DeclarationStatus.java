package vn.customs.declarations.domain.declaration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a declaration is in its lifecycle, and the one table of the steps allowed from each state. The channel then
 * narrows the first step after registration (GREEN clears, YELLOW goes to the document check, RED to the goods).
 */
public enum DeclarationStatus {
    SUBMITTED,
    REJECTED,
    REGISTERED,
    ASSESSED_AWAITING_PAYMENT,
    UNDER_DOC_CHECK,
    AWAITING_DOCUMENTS,
    AWAITING_GOODS,
    UNDER_INSPECTION,
    CLEARED,
    CANCELLED,
    EXPIRED;

    public Set<DeclarationStatus> next() {
        switch (this) {
            case SUBMITTED:
                return EnumSet.of(REGISTERED, REJECTED);
            case REGISTERED:
                return EnumSet.of(
                        CLEARED, ASSESSED_AWAITING_PAYMENT, UNDER_DOC_CHECK, AWAITING_GOODS, CANCELLED, EXPIRED);
            case ASSESSED_AWAITING_PAYMENT:
                return EnumSet.of(CLEARED, CANCELLED, EXPIRED);
            case UNDER_DOC_CHECK:
                return EnumSet.of(AWAITING_DOCUMENTS, AWAITING_GOODS, CLEARED, CANCELLED);
            case AWAITING_DOCUMENTS:
                return EnumSet.of(UNDER_DOC_CHECK, CANCELLED, EXPIRED);
            case AWAITING_GOODS:
                return EnumSet.of(UNDER_INSPECTION, CANCELLED, EXPIRED);
            case UNDER_INSPECTION:
                return EnumSet.of(CLEARED, CANCELLED);
            case REJECTED:
            case CLEARED:
            case CANCELLED:
            case EXPIRED:
                return EnumSet.noneOf(DeclarationStatus.class);
        }
        throw new IllegalStateException("unreachable: " + this);
    }

    public boolean terminal() {
        return next().isEmpty();
    }

    /** Waiting on the declarant (documents or goods): the charter clock does not run. */
    public boolean waitingOnDeclarant() {
        return this == AWAITING_DOCUMENTS || this == AWAITING_GOODS || this == ASSESSED_AWAITING_PAYMENT;
    }
}

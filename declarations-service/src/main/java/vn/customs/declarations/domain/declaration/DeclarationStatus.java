package vn.customs.declarations.domain.declaration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a declaration is in its lifecycle, the one table of the states allowed next from each, and who it waits on
 * there. The channel then narrows the first step after registration (GREEN clears, YELLOW goes to the document check,
 * RED to the goods).
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

    /** Who must act next for a declaration in a state to move on. */
    public enum WaitingOn {
        /** Customs: registration or an officer's check or inspection. The charter clock runs. */
        CUSTOMS,
        /** The declarant: documents or goods. The clock pauses, and 15 days of it after registration lapse it. */
        DECLARANT,
        /** The payment of assessed duties. The clock pauses; the declaration does not lapse. */
        PAYMENT,
        /** Nobody: the declaration is finished. */
        NOBODY
    }

    public Set<DeclarationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(REGISTERED, REJECTED);
            case REGISTERED ->
                EnumSet.of(CLEARED, ASSESSED_AWAITING_PAYMENT, UNDER_DOC_CHECK, AWAITING_GOODS, CANCELLED, EXPIRED);
            case ASSESSED_AWAITING_PAYMENT -> EnumSet.of(CLEARED, CANCELLED, EXPIRED);
            case UNDER_DOC_CHECK -> EnumSet.of(AWAITING_DOCUMENTS, AWAITING_GOODS, CLEARED, CANCELLED);
            case AWAITING_DOCUMENTS -> EnumSet.of(UNDER_DOC_CHECK, CANCELLED, EXPIRED);
            case AWAITING_GOODS -> EnumSet.of(UNDER_INSPECTION, CANCELLED, EXPIRED);
            case UNDER_INSPECTION -> EnumSet.of(CLEARED, CANCELLED);
            case REJECTED, CLEARED, CANCELLED, EXPIRED -> EnumSet.noneOf(DeclarationStatus.class);
        };
    }

    public WaitingOn waitingOn() {
        return switch (this) {
            case SUBMITTED, REGISTERED, UNDER_DOC_CHECK, UNDER_INSPECTION -> WaitingOn.CUSTOMS;
            case AWAITING_DOCUMENTS, AWAITING_GOODS -> WaitingOn.DECLARANT;
            case ASSESSED_AWAITING_PAYMENT -> WaitingOn.PAYMENT;
            case REJECTED, CLEARED, CANCELLED, EXPIRED -> WaitingOn.NOBODY;
        };
    }

    /**
     * Whether the declarant may still amend: only before customs decided anything on the content. Registered, under
     * the document check or waiting on the declarant, an amendment replaces what customs is about to decide on (and
     * runs the registration checks and channel rules again). Not once duties are assessed (the assessment is a decision
     * on this content), not while the goods are inspected against it, and never after the end.
     */
    public boolean amendable() {
        return switch (this) {
            case REGISTERED, UNDER_DOC_CHECK, AWAITING_DOCUMENTS, AWAITING_GOODS -> true;
            case SUBMITTED, ASSESSED_AWAITING_PAYMENT, UNDER_INSPECTION -> false;
            case REJECTED, CLEARED, CANCELLED, EXPIRED -> false;
        };
    }

    public boolean terminal() {
        return next().isEmpty();
    }

    /** The charter clock runs only while customs has the work. */
    public boolean clockRuns() {
        return waitingOn() == WaitingOn.CUSTOMS;
    }

    /** Not yet decided: an amendment, a reassignment or a cancellation request may still come. */
    public boolean open() {
        return !terminal();
    }
}

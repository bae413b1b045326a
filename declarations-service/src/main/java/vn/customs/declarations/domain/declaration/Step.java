package vn.customs.declarations.domain.declaration;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps an officer takes on a declaration: each from the states it applies to, into one state. Cancelling applies
 * to every state that may still be cancelled; the status table has the last word on every step.
 */
public enum Step {
    START_DOC_CHECK(DeclarationStatus.UNDER_DOC_CHECK, EnumSet.of(DeclarationStatus.REGISTERED)),
    REQUEST_DOCUMENTS(DeclarationStatus.AWAITING_DOCUMENTS, EnumSet.of(DeclarationStatus.UNDER_DOC_CHECK)),
    DOCUMENTS_RECEIVED(DeclarationStatus.UNDER_DOC_CHECK, EnumSet.of(DeclarationStatus.AWAITING_DOCUMENTS)),
    ESCALATE_TO_GOODS(DeclarationStatus.AWAITING_GOODS, EnumSet.of(DeclarationStatus.UNDER_DOC_CHECK)),
    REQUIRE_GOODS(DeclarationStatus.AWAITING_GOODS, EnumSet.of(DeclarationStatus.REGISTERED)),
    GOODS_PRESENTED(DeclarationStatus.UNDER_INSPECTION, EnumSet.of(DeclarationStatus.AWAITING_GOODS)),
    ASSESS_DUTIES(DeclarationStatus.ASSESSED_AWAITING_PAYMENT, EnumSet.of(DeclarationStatus.REGISTERED)),
    CLEAR(
            DeclarationStatus.CLEARED,
            EnumSet.of(
                    DeclarationStatus.REGISTERED,
                    DeclarationStatus.ASSESSED_AWAITING_PAYMENT,
                    DeclarationStatus.UNDER_DOC_CHECK,
                    DeclarationStatus.UNDER_INSPECTION)),
    CANCEL(DeclarationStatus.CANCELLED, EnumSet.allOf(DeclarationStatus.class)),
    REJECT(DeclarationStatus.REJECTED, EnumSet.of(DeclarationStatus.SUBMITTED));

    private final DeclarationStatus target;
    private final Set<DeclarationStatus> from;

    Step(DeclarationStatus target, Set<DeclarationStatus> from) {
        this.target = target;
        this.from = from;
    }

    public DeclarationStatus target() {
        return target;
    }

    /** True when the step applies to a declaration in {@code status} (the status table must allow it too). */
    public boolean appliesTo(DeclarationStatus status) {
        return from.contains(status) && status.next().contains(target);
    }
}

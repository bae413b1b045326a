package vn.customs.declarations.domain.declaration;

/** The steps an officer takes on a declaration; each moves it to one state. */
public enum Step {
    START_DOC_CHECK(DeclarationStatus.UNDER_DOC_CHECK),
    REQUEST_DOCUMENTS(DeclarationStatus.AWAITING_DOCUMENTS),
    DOCUMENTS_RECEIVED(DeclarationStatus.UNDER_DOC_CHECK),
    ESCALATE_TO_GOODS(DeclarationStatus.AWAITING_GOODS),
    REQUIRE_GOODS(DeclarationStatus.AWAITING_GOODS),
    GOODS_PRESENTED(DeclarationStatus.UNDER_INSPECTION),
    ASSESS_DUTIES(DeclarationStatus.ASSESSED_AWAITING_PAYMENT),
    CLEAR(DeclarationStatus.CLEARED),
    CANCEL(DeclarationStatus.CANCELLED),
    REJECT(DeclarationStatus.REJECTED);

    private final DeclarationStatus target;

    Step(DeclarationStatus target) {
        this.target = target;
    }

    public DeclarationStatus target() {
        return target;
    }
}

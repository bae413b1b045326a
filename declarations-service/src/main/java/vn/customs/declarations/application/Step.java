package vn.customs.declarations.application;

/**
 * The steps an officer takes on a declaration through {@code /steps}; {@link ProcessDeclaration} maps each to the
 * aggregate's named transition, which decides whether it applies.
 */
public enum Step {
    START_DOC_CHECK,
    REQUEST_DOCUMENTS,
    DOCUMENTS_RECEIVED,
    ESCALATE_TO_GOODS,
    REQUIRE_GOODS,
    GOODS_PRESENTED,
    ASSESS_DUTIES,
    CLEAR,
    CANCEL
}

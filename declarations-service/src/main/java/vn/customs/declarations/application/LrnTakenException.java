package vn.customs.declarations.application;

import java.util.UUID;
import vn.customs.platform.domain.DomainException;

/**
 * The declarant's LRN already names another declaration with other content (HTTP 409 {@code lrn-taken}, with a
 * pointer to {@code /lrn}): the declarant uses a new LRN or amends that declaration.
 */
public class LrnTakenException extends DomainException {

    private final UUID heldBy;

    public LrnTakenException(String lrn, UUID heldBy) {
        super(
                "lrn-taken",
                "LRN " + lrn + " already names declaration " + heldBy
                        + " with other content; use a new LRN or amend that declaration.");
        this.heldBy = heldBy;
    }

    /** The declaration that holds the LRN. */
    public UUID heldBy() {
        return heldBy;
    }
}

package vn.customs.contracts.declarations;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A declarant lodged a goods declaration at a gate: {@code flow} IMPORT or EXPORT, {@code submissionChannel}
 * ELECTRONIC or PAPER (the e-declaration share counts these). Keyed by declaration.
 */
@CustomsEvent(source = "declarations", type = "DeclarationSubmitted")
public record DeclarationSubmitted(
        String declarationId,
        String lrn,
        String declarantTaxId,
        String gateCode,
        String flow,
        String submissionChannel,
        int items,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

package vn.customs.contracts.declarations;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/** A declaration was cancelled before clearance, at the declarant's request and by an officer's decision. */
@CustomsEvent(source = "declarations", type = "DeclarationCancelled")
public record DeclarationCancelled(
        String declarationId, String gateCode, String reason, String officerId, Instant occurredAt) implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

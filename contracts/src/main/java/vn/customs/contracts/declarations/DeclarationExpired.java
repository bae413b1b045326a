package vn.customs.contracts.declarations;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/** Neither goods nor dossier came within 15 days of registration: the declaration lapsed. Keyed by declaration. */
@CustomsEvent(source = "declarations", type = "DeclarationExpired")
public record DeclarationExpired(String declarationId, String gateCode, String status, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

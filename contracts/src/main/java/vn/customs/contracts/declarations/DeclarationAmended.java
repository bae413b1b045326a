package vn.customs.contracts.declarations;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A registered declaration was amended before clearance and is now at {@code version}; the earlier version stays
 * readable. The registration checks and channel rules ran again: {@code channel} never falls below
 * {@code previousChannel}, and {@code riskReasons} says why it rose. Keyed by declaration.
 */
@CustomsEvent(source = "declarations", type = "DeclarationAmended")
public record DeclarationAmended(
        String declarationId,
        String number,
        String gateCode,
        String declarantTaxId,
        int version,
        String previousChannel,
        String channel,
        List<String> riskReasons,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

package vn.customs.contracts.declarations;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A declaration was registered: it has its number and its risk channel (GREEN, YELLOW, RED) with the reasons of the
 * selection, and the officer it was assigned to (null while the gate's queue holds it). Keyed by declaration.
 */
@CustomsEvent(source = "declarations", type = "DeclarationRegistered")
public record DeclarationRegistered(
        String declarationId,
        String number,
        String gateCode,
        String channel,
        List<String> riskReasons,
        String assignedOfficerId,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

package vn.customs.contracts.declarations;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A declaration was not handled within its charter time: published the moment the deadline passed, with the
 * gate, the channel (GREEN, YELLOW, RED) and the officer holding it, if any.
 */
@CustomsEvent(source = "declarations", type = "CharterBreached")
public record CharterBreached(
        String declarationId, String gateCode, String channel, Instant deadline, String officerId, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

package vn.customs.contracts.declarations;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A declaration was cleared: goods may go. {@code processingSeconds} is the working time the clock counted,
 * {@code withinCharter} whether that was within the committed time. Keyed by declaration.
 */
@CustomsEvent(source = "declarations", type = "DeclarationCleared")
public record DeclarationCleared(
        String declarationId,
        String number,
        String gateCode,
        String channel,
        long processingSeconds,
        boolean withinCharter,
        String officerId,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

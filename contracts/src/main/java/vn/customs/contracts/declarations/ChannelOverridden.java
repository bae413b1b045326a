package vn.customs.contracts.declarations;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer changed a declaration's risk channel with a reason code, approved by a second officer (four eyes).
 * Inspections watch these: frequent overrides at one gate, or on one enterprise ({@code declarantTaxId}), are a
 * reason to look.
 */
@CustomsEvent(source = "declarations", type = "ChannelOverridden")
public record ChannelOverridden(
        String declarationId,
        String gateCode,
        String declarantTaxId,
        String fromChannel,
        String toChannel,
        String reasonCode,
        String officerId,
        String approvedByOfficerId,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return declarationId;
    }
}

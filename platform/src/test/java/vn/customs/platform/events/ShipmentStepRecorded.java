package vn.customs.platform.events;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/** A test event: step {@code step} of shipment {@code shipmentId} happened. */
@CustomsEvent(source = "platformtest", type = "ShipmentStepRecorded")
public record ShipmentStepRecorded(String shipmentId, int step, Instant occurredAt) implements Event {

    @Override
    public String aggregateId() {
        return shipmentId;
    }
}

package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A unit is closed from {@code closedOn}: nothing new may be lodged at or posted to it, while its history stays
 * readable. Keyed by unit.
 */
@CustomsEvent(source = "staffing", type = "UnitClosed")
public record UnitClosed(String unitCode, LocalDate closedOn, String decisionNumber, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}

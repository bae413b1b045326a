package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A unit has a new head from {@code from} ({@code headOfficerId} null while the post is vacant): the head answers
 * for violations by the unit's staff. Keyed by unit.
 */
@CustomsEvent(source = "staffing", type = "UnitHeadChanged")
public record UnitHeadChanged(String unitCode, String headOfficerId, LocalDate from, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}

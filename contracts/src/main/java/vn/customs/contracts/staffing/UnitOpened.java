package vn.customs.contracts.staffing;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A unit of the department exists from now on: the department, a sub-department at a gate, or a team. Other services
 * keep a read model of units from this event (a declaration names its gate by {@code unitCode}); {@code parentCode}
 * is null only for the department. Keyed by unit.
 */
@CustomsEvent(source = "staffing", type = "UnitOpened")
public record UnitOpened(
        String unitCode, String name, String kind, String parentCode, boolean remoteArea, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}

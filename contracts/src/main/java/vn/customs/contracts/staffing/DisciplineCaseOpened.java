package vn.customs.contracts.staffing;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A discipline case was opened against an officer; {@code origin} is FINDING, REPORT or MANUAL with the id of the
 * finding or report when there is one. A {@code suspended} officer may not process declarations nor be moved
 * into a sensitive post. Keyed by officer.
 */
@CustomsEvent(source = "staffing", type = "DisciplineCaseOpened")
public record DisciplineCaseOpened(
        String officerId, String caseId, String origin, String originId, boolean suspended, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

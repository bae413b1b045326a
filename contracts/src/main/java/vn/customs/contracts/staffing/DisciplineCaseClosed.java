package vn.customs.contracts.staffing;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A discipline case was closed with an {@code outcome} (NO_VIOLATION, REPRIMAND, WARNING, DEMOTION, DISMISSAL);
 * {@code suspended} says whether the officer stays suspended afterwards. Keyed by officer.
 */
@CustomsEvent(source = "staffing", type = "DisciplineCaseClosed")
public record DisciplineCaseClosed(
        String officerId, String caseId, String outcome, boolean suspended, Instant occurredAt) implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

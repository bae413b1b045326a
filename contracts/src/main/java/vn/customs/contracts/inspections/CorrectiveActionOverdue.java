package vn.customs.contracts.inspections;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A corrective action ordered by an inspection's finding was not done by its due date; {@code ownerOfficerId} is
 * the officer who answers for it. Sent once per action. Keyed by inspection.
 */
@CustomsEvent(source = "inspections", type = "CorrectiveActionOverdue")
public record CorrectiveActionOverdue(
        String inspectionId,
        String findingId,
        String actionId,
        String unitCode,
        String ownerOfficerId,
        LocalDate dueDate,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}

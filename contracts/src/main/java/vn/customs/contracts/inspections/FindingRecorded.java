package vn.customs.contracts.inspections;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An inspection recorded a finding at a unit, about an officer when one is named. {@code severity} is REMINDER,
 * ADMINISTRATIVE or DISCIPLINARY (a disciplinary finding opens a discipline case in staffing); the head of the
 * unit on {@code violationDate} is recorded as accountable. {@code declarationId} names the declaration the finding is
 * about, or is null. Keyed by inspection.
 */
@CustomsEvent(source = "inspections", type = "FindingRecorded")
public record FindingRecorded(
        String inspectionId,
        String findingId,
        String unitCode,
        String officerId,
        String category,
        String severity,
        LocalDate violationDate,
        String accountableHeadOfficerId,
        String declarationId,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}

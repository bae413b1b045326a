package vn.customs.contracts.inspections;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An inspection recorded a finding at a unit, about an officer when one is named. {@code category} is UNIFORM,
 * NAME_BADGE, CONDUCT, PROCEDURE, DELAY, BRIBERY or OTHER; {@code severity} is REMINDER, CORRECTIVE,
 * DISCIPLINARY_REFERRAL or CRIMINAL_REFERRAL (a referral about a named officer opens a discipline case in staffing
 * that suspends him). From CORRECTIVE up, the head of the unit on {@code violationDate} (staffing's history, not
 * today's head) is named in {@code accountableHeadOfficerId}; null below it or while the post was vacant. {@code declarationId} names the declaration the finding is
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

package vn.customs.contracts.hotline;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A report about an officer or a unit was accepted for handling. Never the reporter's identity, never the message
 * text: only the unit, the category (BRIBE_REQUEST, HARASSMENT, DELAY,
 * NO_UNIFORM_OR_BADGE, PROCEDURE_BREACH, OTHER) and the accused officer if known.
 */
@CustomsEvent(source = "hotline", type = "ReportAccepted")
public record ReportAccepted(
        String reportId, String unitCode, String category, String accusedOfficerId, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return reportId;
    }
}

package vn.customs.contracts.hotline;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A report passed a legal deadline without the decision it was waiting for: {@code deadline} ACCEPTANCE (no
 * acceptance decision in time) or SETTLEMENT (no conclusion in time). The report moved to the queue of
 * {@code escalatedTo} (DEPARTMENT or GENERAL_DEPARTMENT). Published once per report and deadline.
 */
@CustomsEvent(source = "hotline", type = "ReportDeadlineBreached")
public record ReportDeadlineBreached(
        String reportId, String unitCode, String deadline, Instant dueAt, String escalatedTo, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return reportId;
    }
}

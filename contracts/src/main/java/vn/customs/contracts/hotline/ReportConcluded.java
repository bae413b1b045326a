package vn.customs.contracts.hotline;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A report was concluded: {@code outcome} SUBSTANTIATED, PARTLY_SUBSTANTIATED or UNSUBSTANTIATED, with the
 * officers it concerns (staffing flags them under review when substantiated). Never the reporter's identity.
 */
@CustomsEvent(source = "hotline", type = "ReportConcluded")
public record ReportConcluded(String reportId, String outcome, List<String> officerIds, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return reportId;
    }
}

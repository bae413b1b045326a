package vn.customs.contracts.hotline;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A report reached the hotline. Carries no content at all: not the category, not the accused, not the reporter,
 * not the text; only that one arrived, through which channel, of which kind, about which unit, so that dashboards
 * count intake without learning anything a reporter said.
 */
@CustomsEvent(source = "hotline", type = "ReportReceived")
public record ReportReceived(String reportId, String intakeChannel, String kind, String unitCode, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return reportId;
    }
}

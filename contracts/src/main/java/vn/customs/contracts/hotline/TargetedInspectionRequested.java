package vn.customs.contracts.hotline;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/** A substantiated or repeated report asks inspections for a targeted inspection of a unit. */
@CustomsEvent(source = "hotline", type = "TargetedInspectionRequested")
public record TargetedInspectionRequested(
        String reportId, String unitCode, List<String> officerIds, String reason, Instant occurredAt) implements Event {

    @Override
    public String aggregateId() {
        return reportId;
    }
}

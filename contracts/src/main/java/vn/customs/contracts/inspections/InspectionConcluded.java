package vn.customs.contracts.inspections;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An inspection was concluded. {@code type} is THEMATIC, SURPRISE or TARGETED; {@code requestedByReportId} names
 * the hotline report that asked for it, if one did, so the outcome can go back to the reporter in plain words.
 */
@CustomsEvent(source = "inspections", type = "InspectionConcluded")
public record InspectionConcluded(
        String inspectionId,
        String type,
        List<String> unitCodes,
        String requestedByReportId,
        int findings,
        String outcomeSummary,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}

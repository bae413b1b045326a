package vn.customs.contracts.inspections;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An inspection started at its target unit. {@code type} is THEMATIC, SURPRISE or TARGETED; {@code basis} is PLAN,
 * REPORT, RISK_DRAW or DIRECTIVE with {@code basisReference} the report or draw id when there is one. A surprise
 * inspection is sealed until this moment: nothing about it is published earlier. Keyed by inspection.
 */
@CustomsEvent(source = "inspections", type = "InspectionStarted")
public record InspectionStarted(
        String inspectionId,
        String type,
        String basis,
        String basisReference,
        String decisionNumber,
        String unitCode,
        LocalDate startedOn,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}

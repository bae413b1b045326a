package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer's tenure on a sensitive post will complete its rotation period on {@code rotationDate}: personnel has
 * the warning window to plan the move. Sent once per posting. Keyed by officer.
 */
@CustomsEvent(source = "staffing", type = "RotationDue")
public record RotationDue(
        String officerId,
        String postingId,
        String unitCode,
        String postId,
        String postFunction,
        LocalDate since,
        LocalDate rotationDate,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

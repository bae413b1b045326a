package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer is still on a sensitive post after its rotation date; {@code exemption} names the legal reason when
 * one applies (null: the move is late). Sent once per posting. Keyed by officer.
 */
@CustomsEvent(source = "staffing", type = "RotationOverdue")
public record RotationOverdue(
        String officerId,
        String postingId,
        String unitCode,
        String postId,
        String postFunction,
        LocalDate since,
        LocalDate rotationDate,
        String exemption,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

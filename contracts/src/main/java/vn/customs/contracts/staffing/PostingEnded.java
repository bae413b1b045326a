package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/** An officer's posting ended on {@code to} (the last day on the post), by a move, a retirement or a dismissal. */
@CustomsEvent(source = "staffing", type = "PostingEnded")
public record PostingEnded(
        String officerId,
        String postingId,
        String unitCode,
        String postId,
        LocalDate to,
        String decisionNumber,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

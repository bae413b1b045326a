package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer's posting ended on {@code to} (the last day on the post). {@code reason} is MOVE when a new posting
 * follows at once, otherwise why the officer left without one: RETIREMENT, LONG_LEAVE, SECONDMENT_OUT, DISMISSAL.
 */
@CustomsEvent(source = "staffing", type = "PostingEnded")
public record PostingEnded(
        String officerId,
        String postingId,
        String unitCode,
        String postId,
        LocalDate to,
        String decisionNumber,
        String reason,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer took up a post from {@code from} (a posting opened). {@code unitCode} is the gate or unit (e.g.
 * {@code HUU_NGHI}); {@code postFunction} one of CLEARANCE, PHYSICAL_INSPECTION, SUPERVISION, ACCOUNTING,
 * PROCUREMENT, PERSONNEL, INSPECTION, HOTLINE, MANAGEMENT; {@code kind} one of INITIAL, PERIODIC_ROTATION,
 * CADRE_ROTATION, TEMPORARY_TRANSFER, DISCIPLINARY, PROMOTION. Keyed by officer, so one officer's postings
 * arrive in order.
 */
@CustomsEvent(source = "staffing", type = "OfficerPosted")
public record OfficerPosted(
        String officerId,
        String postingId,
        String unitCode,
        String postId,
        String postFunction,
        boolean sensitivePost,
        LocalDate from,
        String kind,
        String decisionNumber,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

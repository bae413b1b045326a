package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * While a discipline case is open, the officer's suspension was set ({@code suspended} true) or lifted (false) from
 * {@code from}, with a reason. A suspended officer processes no declarations and is moved into no sensitive post.
 * Keyed by officer.
 */
@CustomsEvent(source = "staffing", type = "SuspensionChanged")
public record SuspensionChanged(
        String officerId, String caseId, boolean suspended, LocalDate from, String reason, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

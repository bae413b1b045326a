package vn.customs.contracts.staffing;

import java.time.Instant;
import java.time.LocalDate;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer obliged to declare assets (a unit head or the holder of a sensitive post) filed no annual declaration
 * for {@code year} by {@code deadline}. Sent once per officer and year. Keyed by officer.
 */
@CustomsEvent(source = "staffing", type = "AssetDeclarationOverdue")
public record AssetDeclarationOverdue(String officerId, int year, LocalDate deadline, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

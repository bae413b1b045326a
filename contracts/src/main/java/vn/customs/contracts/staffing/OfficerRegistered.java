package vn.customs.contracts.staffing;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * An officer entered the personnel register. {@code conflictOfInterestTaxIds} are the enterprises the officer
 * declared an interest in (own business, relatives' workplaces): other services refuse to let the officer act on
 * their files. {@code relativeUnitCodes} are the department's units where a declared relative works: nobody inspects
 * a unit where his relative works. Nothing else personal travels.
 */
@CustomsEvent(source = "staffing", type = "OfficerRegistered")
public record OfficerRegistered(
        String officerId,
        String serviceNumber,
        String fullName,
        String rank,
        List<String> conflictOfInterestTaxIds,
        List<String> relativeUnitCodes,
        Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return officerId;
    }
}

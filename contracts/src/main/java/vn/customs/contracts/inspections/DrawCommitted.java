package vn.customs.contracts.inspections;

import java.time.Instant;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A risk-weighted draw of surprise-inspection targets was made. Only the {@code commitment} travels: the SHA-256 of
 * the seed, the candidate snapshot with its weights and the formula version. Which units were drawn stays sealed
 * until {@code DrawRevealed}. Keyed by draw.
 */
@CustomsEvent(source = "inspections", type = "DrawCommitted")
public record DrawCommitted(
        String drawId, String commitment, String formulaVersion, int candidates, int drawn, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return drawId;
    }
}

package vn.customs.contracts.inspections;

import java.time.Instant;
import java.util.List;
import vn.customs.contracts.CustomsEvent;
import vn.customs.contracts.Event;

/**
 * A draw's seed was revealed after every inspection it chose had started: with {@code seed} and the published
 * candidate snapshot anyone recomputes the draw and the {@code commitment}. {@code drawnUnitCodes} in draw order.
 * Keyed by draw.
 */
@CustomsEvent(source = "inspections", type = "DrawRevealed")
public record DrawRevealed(
        String drawId, String commitment, String seed, List<String> drawnUnitCodes, Instant occurredAt)
        implements Event {

    @Override
    public String aggregateId() {
        return drawId;
    }
}

package vn.customs.inspections.domain.draw;

import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.UnitCode;

/** The inspections made on a draw's basis (RISK_DRAW with the draw's id), as far as they have gone. */
public interface DrawnInspections {

    /**
     * The units with an inspection on the basis of draw {@code drawId} that has started (IN_PROGRESS or any state
     * after it).
     */
    Set<UnitCode> startedFor(UUID drawId);
}

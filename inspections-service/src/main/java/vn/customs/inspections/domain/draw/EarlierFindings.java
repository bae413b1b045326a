package vn.customs.inspections.domain.draw;

import vn.customs.platform.domain.UnitCode;

/** What this service's own earlier inspections found at a unit. */
public interface EarlierFindings {

    /** How many findings of this service's earlier inspections count against the unit. */
    int countAt(UnitCode unit);
}

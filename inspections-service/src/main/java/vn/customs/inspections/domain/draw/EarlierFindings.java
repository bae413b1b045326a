package vn.customs.inspections.domain.draw;

import vn.customs.platform.domain.UnitCode;

/** What this service's own earlier inspections found at a unit. */
public interface EarlierFindings {

    /** How many earlier findings (or concluded inspections, while findings are not kept) count against the unit. */
    int countAt(UnitCode unit);
}

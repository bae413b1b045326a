package vn.customs.inspections.domain.staffing;

import java.util.Set;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** The units where officers declared that a relative works, from staffing's {@code OfficerRegistered} events. */
public interface DeclaredRelatives {

    /** The units where {@code officer} declared a relative; empty when none (or the officer is not known yet). */
    Set<UnitCode> unitsOf(OfficerId officer);
}

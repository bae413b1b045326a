package vn.customs.inspections.domain.staffing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.customs.platform.domain.UnitCode;

/** The units this service knows from staffing's {@code UnitOpened} and {@code UnitClosed} events. */
public interface UnitDirectory {

    Optional<Unit> find(UnitCode code);

    /** Every unit staffing has opened and not closed, ordered by code. */
    List<Unit> open();

    /**
     * The unit and every unit below it, at any depth, closed ones included (their history still counts). A unit
     * this directory does not know (yet: staffing's events about units and postings travel apart) counts as itself
     * alone.
     */
    Set<UnitCode> withDescendants(UnitCode code);

    /** The unit above {@code code}; empty for the department and for a unit this directory does not know. */
    default Optional<UnitCode> parentOf(UnitCode code) {
        return find(code).map(Unit::parent);
    }
}

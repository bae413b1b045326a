package vn.customs.declarations.domain.unit;

import java.util.Optional;
import java.util.Set;

/** The units this service knows from staffing's {@code UnitOpened} and {@code UnitClosed} events. */
public interface UnitDirectory {

    Optional<Unit> find(String code);

    /** The gates at or under {@code unitCode} (a department's gates; a gate itself), closed ones included. */
    Set<String> gatesUnder(String unitCode);

    /**
     * The gate an officer posted to {@code unitCode} acts at: the unit itself when it is a gate, else the nearest
     * gate above it (a team or post under a gate acts at that gate). Empty for a unit under no gate (the
     * department). A unit this directory does not know (yet: staffing's events about units and postings travel
     * apart) counts as itself, as before the directory existed.
     */
    default Optional<String> gateOf(String unitCode) {
        Optional<Unit> unit = find(unitCode);
        if (unit.isEmpty()) {
            return Optional.of(unitCode);
        }
        for (int depth = 0; depth < MAX_DEPTH && unit.isPresent(); depth++) {
            Unit current = unit.get();
            if (current.gate()) {
                return Optional.of(current.code());
            }
            unit = current.parentCode() == null ? Optional.empty() : find(current.parentCode());
        }
        return Optional.empty();
    }

    /** Deeper than any organisation chart: a cycle in bad data ends the walk instead of looping. */
    int MAX_DEPTH = 16;
}

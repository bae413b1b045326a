package vn.customs.inspections.domain.staffing;

import java.util.Objects;
import vn.customs.platform.domain.UnitCode;

/**
 * A unit of the department as staffing announced it: its code and name, its kind ({@code DEPARTMENT}, {@code
 * SUB_DEPARTMENT} — a gate —, {@code TEAM}), the unit above it (null for the department), whether it lies in a
 * remote area (the legal clocks give such units more time) and whether it is open (staffing has not closed it).
 */
public record Unit(UnitCode code, String name, String kind, UnitCode parent, boolean remoteArea, boolean open) {

    /** The kind of unit at a border crossing: the forces inspected work there. */
    public static final String GATE = "SUB_DEPARTMENT";

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean gate() {
        return GATE.equals(kind);
    }
}

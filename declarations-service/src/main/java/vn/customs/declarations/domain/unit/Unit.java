package vn.customs.declarations.domain.unit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the department as staffing announced it: its code, its kind ({@code DEPARTMENT}, {@code
 * SUB_DEPARTMENT}, {@code TEAM}), the unit above it (null for the department) and the day it closed, if it did. A
 * gate is a sub-department: declarations are lodged there, and officers posted to it or to a team under it act there.
 */
public record Unit(String code, String kind, String parentCode, LocalDate closedOn) {

    /** The kind of unit a declaration is lodged at. */
    public static final String GATE = "SUB_DEPARTMENT";

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean gate() {
        return GATE.equals(kind);
    }

    /** Open on {@code day}: not closed, or closed only from a later day. */
    public boolean openOn(LocalDate day) {
        return closedOn == null || day.isBefore(closedOn);
    }

    /**
     * Why a declaration may not be lodged at {@code code} on {@code day}, given what the directory knows of it
     * ({@code unit}, empty when staffing never opened such a unit): unknown, not a gate, or closed.
     */
    public static Optional<Refusal> refusalAsGate(String code, Optional<Unit> unit, LocalDate day) {
        if (unit.isEmpty()) {
            return Optional.of(
                    new Refusal("unknown-gate", "No unit " + code + " is known (staffing never opened it)."));
        }
        if (!unit.get().gate()) {
            return Optional.of(new Refusal(
                    "not-a-gate", "Unit " + code + " is a " + unit.get().kind() + ", not a gate (" + GATE + ")."));
        }
        if (!unit.get().openOn(day)) {
            return Optional.of(new Refusal(
                    "gate-closed",
                    "Gate " + code + " is closed since " + unit.get().closedOn() + "."));
        }
        return Optional.empty();
    }

    /** A refusal with its problem code and explanation. */
    public record Refusal(String code, String detail) {}
}

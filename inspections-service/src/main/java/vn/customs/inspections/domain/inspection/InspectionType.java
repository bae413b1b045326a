package vn.customs.inspections.domain.inspection;

import vn.customs.platform.domain.RuleViolationException;

/** What kind of inspection: announced by plan, triggered by a report, or unannounced. */
public enum InspectionType {
    /** A planned inspection of one theme (conduct, badges and uniforms, procedures), announced to the unit. */
    THEMATIC,
    /** Unannounced: sealed until it starts, so that the unit cannot prepare. */
    SURPRISE,
    /** About named officers or facts, usually asked for by a hotline report. */
    TARGETED;

    /** Refuses a basis this type cannot rest on, or a basis without the source it names. */
    void requireRestsOn(Basis basis, String reference) {
        boolean fits = switch (this) {
            case THEMATIC -> basis == Basis.PLAN || basis == Basis.DIRECTIVE;
            case SURPRISE -> basis == Basis.RISK_DRAW || basis == Basis.DIRECTIVE;
            case TARGETED -> basis == Basis.REPORT || basis == Basis.DIRECTIVE;
        };
        if (!fits) {
            throw new RuleViolationException(
                    "basis-does-not-fit", "A " + this + " inspection cannot rest on basis " + basis + ".");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolationException(
                    "basis-reference-required",
                    "Basis " + basis + " names its source (plan, report, draw, directive).");
        }
    }

    /** Only a surprise inspection is sealed: the others are announced when decided. */
    public boolean sealedUntilStart() {
        return switch (this) {
            case SURPRISE -> true;
            case THEMATIC, TARGETED -> false;
        };
    }
}

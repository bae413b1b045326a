package vn.customs.inspections.domain.plan;

/** What a thematic inspection looks at; OTHER needs the entry's own scope text. */
public enum PlanTheme {
    /** How the officers at the gate treat travellers and businesses. */
    CONDUCT,
    /** Uniforms and name badges worn as the rules require. */
    UNIFORM_AND_BADGE,
    /** Clearance and inspection procedures followed as written. */
    PROCEDURE,
    /** Files and goods held up beyond the legal terms. */
    DELAY,
    /** Bribes asked for or taken, and what the unit does against them. */
    ANTI_CORRUPTION,
    /** Anything else, described in the entry's scope. */
    OTHER;

    /** The scope an inspection of this theme gets when its entry gives none. */
    public String defaultScope() {
        return switch (this) {
            case CONDUCT -> "Thematic inspection: the conduct of the officers working at the gate.";
            case UNIFORM_AND_BADGE -> "Thematic inspection: uniforms and name badges of the officers at the gate.";
            case PROCEDURE -> "Thematic inspection: clearance and inspection procedures at the gate.";
            case DELAY -> "Thematic inspection: files and goods held beyond the legal terms at the gate.";
            case ANTI_CORRUPTION -> "Thematic inspection: prevention of bribery and harassment at the gate.";
            case OTHER -> null;
        };
    }
}

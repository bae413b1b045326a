package vn.customs.inspections.domain.inspection;

/** Why the inspection takes place; each basis but DIRECTIVE names the object it comes from. */
public enum Basis {
    /** An entry of the approved annual or quarterly plan (reference: the plan's id). */
    PLAN,
    /** A hotline report (reference: the report's id). */
    REPORT,
    /** A verifiable risk-weighted draw (reference: the draw's id). */
    RISK_DRAW,
    /** A superior's directive (reference: the directive's number). */
    DIRECTIVE
}

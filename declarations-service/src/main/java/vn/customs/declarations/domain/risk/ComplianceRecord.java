package vn.customs.declarations.domain.risk;

/**
 * What the department holds against an enterprise (by tax id) when it lodges: its own declarations this service
 * rejected, and the findings inspections recorded about its declarations (a reminder is not a violation). Hotline
 * reports name no enterprise and no declaration, so they are not part of it (docs/decisions.md).
 */
public interface ComplianceRecord {

    /** The enterprise's prior violations: rejected declarations plus inspection findings above a reminder. */
    int priorViolations(String taxId);
}

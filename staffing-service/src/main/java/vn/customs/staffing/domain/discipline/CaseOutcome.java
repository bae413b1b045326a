package vn.customs.staffing.domain.discipline;

/** How a discipline case ended (Law on Cadres and Civil Servants: the disciplinary measures, or none). */
public enum CaseOutcome {
    NO_VIOLATION,
    REPRIMAND,
    WARNING,
    DEMOTION,
    DISMISSAL
}

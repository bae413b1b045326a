package vn.customs.staffing.domain.officer;

/**
 * Circumstances personnel records that put an officer's rotation off (Decree 59/2019/ND-CP on the Anti-Corruption
 * Law, art. 37). Discipline review and nearness to retirement are not recorded here: they follow from discipline
 * cases and the retirement date.
 */
public enum Exemption {
    PREGNANCY_OR_CHILD_UNDER_36_MONTHS("Pregnant or raising a child under 36 months"),
    SERIOUS_ILLNESS("Under treatment for a serious illness"),
    LONG_TRAINING("Away on long-term training");

    private final String legalReason;

    Exemption(String legalReason) {
        this.legalReason = legalReason;
    }

    public String legalReason() {
        return legalReason;
    }
}

package vn.customs.hotline.domain.report;

/** How much of himself the reporter gives. */
public enum ReporterMode {
    /** Nothing: he follows the report with the receipt alone. */
    ANONYMOUS,
    /** His identity, sealed, for the custodian only; handlers see a pseudonym. */
    CONFIDENTIAL,
    /** His identity, sealed the same way; he accepts being contacted under his name. */
    IDENTIFIED;

    public boolean givesIdentity() {
        return switch (this) {
            case ANONYMOUS -> false;
            case CONFIDENTIAL, IDENTIFIED -> true;
        };
    }
}

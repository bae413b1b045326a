package vn.customs.declarations.application;

import vn.customs.platform.domain.AccessRefusedException;

/** A declarant's token lodges, or dry-runs, a declaration naming another enterprise as declarant (403 at its tax id). */
public class NotYourEnterpriseException extends AccessRefusedException {

    public static final String CODE = "not-your-enterprise";
    public static final String POINTER = "/declarant/taxId";

    public NotYourEnterpriseException(String callerTaxId, String declarantTaxId) {
        super(
                CODE,
                "The token acts for enterprise " + (callerTaxId == null ? "(none)" : callerTaxId)
                        + ", not for the declarant " + declarantTaxId + ".");
    }
}

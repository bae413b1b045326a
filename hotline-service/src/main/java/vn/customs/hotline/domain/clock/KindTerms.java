package vn.customs.hotline.domain.clock;

import vn.customs.hotline.domain.report.Complexity;

/**
 * The terms of one kind of report under one version of the law: how long the acceptance decision may take (longer
 * when the facts must be checked in several places), how long
 * settlement may take by complexity and remoteness, and how much extension a complex case may get.
 */
public record KindTerms(
        int acceptanceDays,
        int severalPlacesAcceptanceDays,
        DayCount acceptanceCount,
        int settlementDays,
        int complexSettlementDays,
        int remoteSettlementDays,
        int remoteComplexSettlementDays,
        DayCount settlementCount,
        int extensionDays,
        int complexExtensions,
        int veryComplexExtensions) {

    public KindTerms {
        if (acceptanceDays <= 0 || settlementDays <= 0 || complexSettlementDays < settlementDays) {
            throw new IllegalArgumentException(
                    "terms must be positive, a complex case at least as long as a plain one");
        }
        if (severalPlacesAcceptanceDays < acceptanceDays) {
            throw new IllegalArgumentException("verifying in several places never shortens the acceptance term");
        }
        if (remoteSettlementDays < settlementDays || remoteComplexSettlementDays < complexSettlementDays) {
            throw new IllegalArgumentException("a remote area never shortens a term");
        }
        if (extensionDays < 0 || complexExtensions < 0 || veryComplexExtensions < complexExtensions) {
            throw new IllegalArgumentException("extensions are counted from zero, very complex at least as many");
        }
        if (acceptanceCount == null || settlementCount == null) {
            throw new IllegalArgumentException("each term says how its days count");
        }
    }

    /** Whether the acceptance term lengthens when the facts must be checked in several places. */
    public boolean acceptanceLengthens() {
        return severalPlacesAcceptanceDays > acceptanceDays;
    }

    /** Days from acceptance to the conclusion, before any extension. */
    public int settlementDays(Complexity complexity, boolean remoteArea) {
        return switch (complexity) {
            case NORMAL -> remoteArea ? remoteSettlementDays : settlementDays;
            case COMPLEX, VERY_COMPLEX -> remoteArea ? remoteComplexSettlementDays : complexSettlementDays;
        };
    }

    /** How many extensions of {@link #extensionDays()} a case of this complexity may get. */
    public int extensionsAllowed(Complexity complexity) {
        return switch (complexity) {
            case NORMAL -> 0;
            case COMPLEX -> complexExtensions;
            case VERY_COMPLEX -> veryComplexExtensions;
        };
    }
}

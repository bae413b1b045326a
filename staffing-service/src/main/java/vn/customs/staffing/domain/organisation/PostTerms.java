package vn.customs.staffing.domain.organisation;

/** The terms of a post that personnel sets and may revise. */
public record PostTerms(
        String title,
        PostFunction function,
        boolean sensitive,
        Integer rotationPeriodMonths,
        int minStaff,
        int establishment,
        Rank minRank,
        boolean headOfUnit) {}

package vn.customs.hotline.domain.clock;

import java.time.LocalDate;
import java.util.Map;
import vn.customs.hotline.domain.report.ReportKind;

/**
 * The clock rules in force from a day on: the terms per kind, whether a suspension pauses the settlement clock (from
 * 1 July 2026), whether a complaint may be withdrawn in part, and the share of a term after which a report is at risk.
 */
public record ClockRuleVersion(
        LocalDate effectiveFrom,
        boolean suspensionPausesClock,
        boolean partialWithdrawal,
        int atRiskPercent,
        Map<ReportKind, KindTerms> terms) {

    public ClockRuleVersion {
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("a rule version says from which day it holds");
        }
        if (atRiskPercent < 1 || atRiskPercent > 99) {
            throw new IllegalArgumentException("the at-risk share is a percentage between 1 and 99");
        }
        terms = Map.copyOf(terms);
        for (ReportKind kind : ReportKind.values()) {
            if (!terms.containsKey(kind)) {
                throw new IllegalArgumentException("the rules of " + effectiveFrom + " give no terms for " + kind);
            }
        }
    }

    public KindTerms of(ReportKind kind) {
        return terms.get(kind);
    }
}

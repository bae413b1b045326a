package vn.customs.declarations.domain.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every version of the risk rules, by the day it took effect. A declaration is selected by the version in force on
 * the day it is lodged: the latest that took effect on or before that day (the first version also covers any day
 * before it, so that a book always answers). Rules change by adding a version, never by editing one in force, so
 * that every registration can say which rules chose its channel.
 */
public final class RiskRuleBook {

    private final NavigableMap<LocalDate, RiskRuleVersion> versions = new TreeMap<>();

    public RiskRuleBook(Collection<RiskRuleVersion> versions) {
        for (RiskRuleVersion version : versions) {
            if (this.versions.put(version.effectiveFrom(), version) != null) {
                throw new IllegalArgumentException("Two risk rule versions take effect on " + version.id() + ".");
            }
        }
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("The risk rules need at least one version.");
        }
    }

    /** A book of one version of the same rules at every gate. */
    public static RiskRuleBook of(LocalDate effectiveFrom, RiskRules rules) {
        return new RiskRuleBook(java.util.List.of(new RiskRuleVersion(effectiveFrom, rules, Map.of())));
    }

    /** The version in force on {@code day}. */
    public RiskRuleVersion inForce(LocalDate day) {
        Map.Entry<LocalDate, RiskRuleVersion> entry = versions.floorEntry(day);
        return entry != null ? entry.getValue() : versions.firstEntry().getValue();
    }
}

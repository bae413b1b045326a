package vn.customs.hotline.domain.clock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every version of the clock rules, by the day it took effect; each decision uses the version in force that day. */
public final class ClockRuleBook {

    private final List<ClockRuleVersion> versions;

    public ClockRuleBook(List<ClockRuleVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one version of the clock rules is needed");
        }
        this.versions = versions.stream()
                .sorted(Comparator.comparing(ClockRuleVersion::effectiveFrom))
                .toList();
    }

    /** The version in force on a day; before the first version, the first (the oldest law this service knows). */
    public ClockRuleVersion inForceOn(LocalDate day) {
        ClockRuleVersion found = versions.get(0);
        for (ClockRuleVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }

    public List<ClockRuleVersion> versions() {
        return versions;
    }
}

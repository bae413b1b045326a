package vn.customs.staffing.domain.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.customs.platform.domain.Money;

/**
 * What must be declared, from a date: every single asset worth at least {@code perAsset} is listed on its own, and a
 * supplementary declaration is owed when assets rose by at least {@code yearlyRise} in a year. The thresholds are
 * versioned by the date they took effect; {@link #on(LocalDate)} picks the one in force.
 */
public record AssetThreshold(LocalDate validFrom, Money perAsset, Money yearlyRise) {

    /** The thresholds of the Anti-Corruption Law 2018 (in force from 1 July 2019), then those raised from 1 July 2026. */
    public static final List<AssetThreshold> VERSIONS = List.of(
            new AssetThreshold(
                    LocalDate.of(2019, 7, 1),
                    Money.vnd(new BigDecimal("50000000")),
                    Money.vnd(new BigDecimal("300000000"))),
            new AssetThreshold(
                    LocalDate.of(2026, 7, 1),
                    Money.vnd(new BigDecimal("150000000")),
                    Money.vnd(new BigDecimal("1000000000"))));

    /** The thresholds in force on {@code day}. */
    public static AssetThreshold on(LocalDate day) {
        return VERSIONS.stream()
                .filter(version -> !version.validFrom().isAfter(day))
                .max(Comparator.comparing(AssetThreshold::validFrom))
                .orElse(VERSIONS.get(0));
    }

    /** Whether an asset worth {@code value} must be listed on its own (at least the per-asset threshold). */
    public boolean mustBeListed(Money value) {
        return !perAsset.exceeds(value);
    }
}

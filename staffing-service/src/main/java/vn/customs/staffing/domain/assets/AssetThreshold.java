package vn.customs.staffing.domain.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What must be declared, from a date: single assets worth at least {@code perAssetVnd}, and a supplementary
 * declaration when assets rose by at least {@code yearlyRiseVnd} in a year. The thresholds are versioned by the
 * date they took effect; {@link #on(LocalDate)} picks the one in force.
 */
public record AssetThreshold(LocalDate validFrom, BigDecimal perAssetVnd, BigDecimal yearlyRiseVnd) {

    /** The thresholds of the Anti-Corruption Law 2018 (in force from 1 July 2019), then those raised from 1 July 2026. */
    public static final List<AssetThreshold> VERSIONS = List.of(
            new AssetThreshold(LocalDate.of(2019, 7, 1), new BigDecimal("50000000"), new BigDecimal("300000000")),
            new AssetThreshold(LocalDate.of(2026, 7, 1), new BigDecimal("150000000"), new BigDecimal("1000000000")));

    /** The thresholds in force on {@code day}. */
    public static AssetThreshold on(LocalDate day) {
        return VERSIONS.stream()
                .filter(version -> !version.validFrom().isAfter(day))
                .max(Comparator.comparing(AssetThreshold::validFrom))
                .orElse(VERSIONS.get(0));
    }
}

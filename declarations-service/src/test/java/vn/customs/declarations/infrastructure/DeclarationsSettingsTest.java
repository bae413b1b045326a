package vn.customs.declarations.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.customs.declarations.domain.risk.RiskRuleBook;
import vn.customs.declarations.domain.risk.RiskRules;

/** The risk rules as configured: versions by the day they take effect, a gate overriding what it names. */
class DeclarationsSettingsTest {

    private static final String V1 = "declarations.risk.versions.\"2026-01-01\".";
    private static final String V2 = "declarations.risk.versions.\"2026-07-01\".";

    private static RiskRuleBook book(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(DeclarationsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return DeclarationsSettings.book(
                config.getConfigMapping(DeclarationsConfig.class).risk());
    }

    private static Map<String, String> twoVersions() {
        Map<String, String> properties = new HashMap<>();
        properties.put(V1 + "default.red-hs-chapters", "24,93");
        properties.put(V1 + "default.violations-for-red", "2");
        properties.put(V1 + "default.minimum-random-red-rate", "0.02");
        properties.put(V1 + "default.minimum-random-yellow-rate", "0.05");
        properties.put(V2 + "default.red-hs-chapters", "24,30,93");
        properties.put(V2 + "default.yellow-hs-chapters", "85");
        properties.put(V2 + "default.watched-origins", "XX");
        properties.put(V2 + "default.violations-for-red", "3");
        properties.put(V2 + "default.minimum-random-red-rate", "0.03");
        properties.put(V2 + "default.minimum-random-yellow-rate", "0.06");
        properties.put(V2 + "gates.HUU_NGHI.minimum-random-red-rate", "0.1");
        properties.put(V2 + "gates.HUU_NGHI.violations-for-red", "1");
        return properties;
    }

    @Test
    void eachVersionHoldsFromTheDayItTakesEffectAndAGateOverridesOnlyWhatItNames() {
        RiskRuleBook book = book(twoVersions());
        RiskRules january = book.inForce(LocalDate.of(2026, 3, 1)).rulesAt("HUU_NGHI");
        assertEquals(new RiskRules(Set.of("24", "93"), Set.of(), Set.of(), 2, 0.02, 0.05), january);
        RiskRules julyAtHuuNghi = book.inForce(LocalDate.of(2026, 9, 1)).rulesAt("HUU_NGHI");
        assertEquals(new RiskRules(Set.of("24", "30", "93"), Set.of("85"), Set.of("XX"), 1, 0.1, 0.06), julyAtHuuNghi);
        RiskRules julyElsewhere = book.inForce(LocalDate.of(2026, 9, 1)).rulesAt("CHI_MA");
        assertEquals(new RiskRules(Set.of("24", "30", "93"), Set.of("85"), Set.of("XX"), 3, 0.03, 0.06), julyElsewhere);
    }

    @Test
    void aVersionWithoutAThresholdOrWithABadValueStopsTheServiceNamingTheKey() {
        Map<String, String> missing = twoVersions();
        missing.remove(V1 + "default.violations-for-red");
        IllegalArgumentException noThreshold = assertThrows(IllegalArgumentException.class, () -> book(missing));
        assertTrue(noThreshold.getMessage().contains("2026-01-01"), noThreshold.getMessage());

        Map<String, String> zeroRate = twoVersions();
        zeroRate.put(V2 + "gates.CHI_MA.minimum-random-red-rate", "0");
        IllegalArgumentException never = assertThrows(IllegalArgumentException.class, () -> book(zeroRate));
        assertTrue(never.getMessage().contains("gates.CHI_MA"), never.getMessage());

        Map<String, String> badDay = twoVersions();
        badDay.put("declarations.risk.versions.\"1 July\".default.violations-for-red", "2");
        assertThrows(IllegalArgumentException.class, () -> book(badDay));
    }
}

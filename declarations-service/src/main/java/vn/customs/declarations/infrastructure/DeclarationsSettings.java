package vn.customs.declarations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.risk.RiskRuleBook;
import vn.customs.declarations.domain.risk.RiskRuleVersion;
import vn.customs.declarations.domain.risk.RiskRules;

/**
 * Turns the service's configuration ({@link DeclarationsConfig}) into the domain values the use cases take: the
 * charter terms and the risk rules. The use cases never see the configuration interface.
 */
@ApplicationScoped
public class DeclarationsSettings {

    @Produces
    @Singleton
    CharterTerms charterTerms(DeclarationsConfig config) {
        return new CharterTerms(
                config.charter().green(),
                config.charter().yellow(),
                config.charter().red());
    }

    @Produces
    @Singleton
    RiskRuleBook riskRules(DeclarationsConfig config) {
        return book(config.risk());
    }

    /**
     * The rule book of the configured versions; a gate's rules take each value it leaves out from its version's
     * default. A version without a threshold or a random rate, or with a malformed value, stops the service at
     * start, naming the version and gate.
     */
    static RiskRuleBook book(DeclarationsConfig.Risk risk) {
        List<RiskRuleVersion> versions = new ArrayList<>();
        risk.versions().forEach((day, version) -> {
            LocalDate effectiveFrom;
            try {
                effectiveFrom = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "declarations.risk.versions: '" + day + "' is not the ISO date a version takes effect", e);
            }
            RiskRules defaults = rules(day, "default", version.defaults(), null);
            Map<String, RiskRules> gates = new HashMap<>();
            version.gates().forEach((gate, rules) -> gates.put(gate, rules(day, "gates." + gate, rules, defaults)));
            versions.add(new RiskRuleVersion(effectiveFrom, defaults, gates));
        });
        return new RiskRuleBook(versions);
    }

    private static RiskRules rules(String day, String where, DeclarationsConfig.Rules rules, RiskRules base) {
        String key = "declarations.risk.versions.\"" + day + "\"." + where + ".";
        try {
            return new RiskRules(
                    rules.redHsChapters().orElse(base == null ? Set.of() : base.redHsChapters()),
                    rules.yellowHsChapters().orElse(base == null ? Set.of() : base.yellowHsChapters()),
                    rules.watchedOrigins().orElse(base == null ? Set.of() : base.watchedOrigins()),
                    rules.violationsForRed()
                            .orElseGet(() ->
                                    required(base, key + "violations-for-red").violationsForRed()),
                    rules.minimumRandomRedRate()
                            .orElseGet(() -> required(base, key + "minimum-random-red-rate")
                                    .minimumRandomRedRate()),
                    rules.minimumRandomYellowRate()
                            .orElseGet(() -> required(base, key + "minimum-random-yellow-rate")
                                    .minimumRandomYellowRate()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "*: " + e.getMessage(), e);
        }
    }

    private static RiskRules required(RiskRules base, String key) {
        if (base == null) {
            throw new IllegalArgumentException(key + " is required in a version's default rules");
        }
        return base;
    }
}

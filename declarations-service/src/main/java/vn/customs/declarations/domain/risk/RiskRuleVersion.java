package vn.customs.declarations.domain.risk;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The risk rules that took effect on {@code effectiveFrom}: the rules of every gate, and the rules of the gates that
 * have their own. Its id is the day it took effect ({@code 2026-01-01}), which each registration records.
 */
public record RiskRuleVersion(LocalDate effectiveFrom, RiskRules defaults, Map<String, RiskRules> gates) {

    public RiskRuleVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(defaults, "defaults");
        gates = Map.copyOf(Objects.requireNonNull(gates, "gates"));
    }

    /** The version's id: the day it took effect, ISO-8601. */
    public String id() {
        return effectiveFrom.toString();
    }

    /** The rules at {@code gate}: its own when it has them, else the version's defaults. */
    public RiskRules rulesAt(String gate) {
        return gates.getOrDefault(gate, defaults);
    }

    /** Selects the channel with the rules at the facts' gate, and records this version as the one that chose. */
    public ChannelSelection select(RiskFacts facts, java.util.random.RandomGenerator random) {
        return new ChannelSelector(rulesAt(facts.gateCode()))
                .select(facts, random)
                .chosenBy(id());
    }
}

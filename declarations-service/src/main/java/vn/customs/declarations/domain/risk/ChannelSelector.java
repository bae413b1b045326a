package vn.customs.declarations.domain.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Assigns a declaration its risk channel: the highest channel any rule gives, then a single random draw that may
 * raise it to RED (at the minimum random red rate) or a clean declaration to YELLOW (at the yellow rate among
 * those not drawn for RED). Stateless and thread-safe; the caller passes the random generator, so a seeded one
 * reproduces a run.
 */
public final class ChannelSelector {

    private final RiskRules rules;

    public ChannelSelector(RiskRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The channel of the declaration described by {@code facts}, with its reasons (see {@link ChannelSelection}).
     * Draws exactly one double from {@code random} whatever the facts, so that the same seed gives the same
     * sequence of draws over the same declarations whatever the rules decide.
     */
    public ChannelSelection select(RiskFacts facts, RandomGenerator random) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(random, "random");
        double draw = random.nextDouble();

        List<String> reasons = new ArrayList<>();
        Channel channel = Channel.GREEN;

        // Distinct chapters in the order of the goods lines, so that reasons read like the declaration.
        Set<String> chapters = new LinkedHashSet<>();
        for (String hsCode : facts.hsCodes()) {
            chapters.add(hsCode.substring(0, 2));
        }
        for (String chapter : chapters) {
            if (rules.redHsChapters().contains(chapter)) {
                reasons.add(ChannelSelection.HS_CHAPTER_RED + ":" + chapter);
                channel = Channel.RED;
            }
        }
        if (facts.priorViolations() >= rules.violationsForRed()) {
            reasons.add(ChannelSelection.PRIOR_VIOLATIONS + ":" + facts.priorViolations());
            channel = Channel.RED;
        }

        List<String> yellowReasons = new ArrayList<>();
        for (String chapter : chapters) {
            if (rules.yellowHsChapters().contains(chapter)) {
                yellowReasons.add(ChannelSelection.HS_CHAPTER_YELLOW + ":" + chapter);
            }
        }
        if (facts.firstTimeDeclarant()) {
            yellowReasons.add(ChannelSelection.FIRST_TIME_DECLARANT);
        }
        for (String origin : new LinkedHashSet<>(facts.originCountries())) {
            if (rules.watchedOrigins().contains(origin)) {
                yellowReasons.add(ChannelSelection.WATCHED_ORIGIN + ":" + origin);
            }
        }
        if (facts.paperSubmission()) {
            yellowReasons.add(ChannelSelection.PAPER_SUBMISSION);
        }
        reasons.addAll(yellowReasons);
        if (!yellowReasons.isEmpty() && channel.lowerThan(Channel.YELLOW)) {
            channel = Channel.YELLOW;
        }

        // One draw serves both rates: [0, red) raises to RED; the next (1 - red) * yellow of the unit interval
        // raises a clean declaration to YELLOW, i.e. the yellow rate applies among those not drawn for RED.
        double red = rules.minimumRandomRedRate();
        double yellow = red + (1.0 - red) * rules.minimumRandomYellowRate();
        if (channel.lowerThan(Channel.RED) && draw < red) {
            reasons.add(ChannelSelection.RANDOM_RED);
            channel = Channel.RED;
        } else if (channel.lowerThan(Channel.YELLOW) && draw < yellow) {
            reasons.add(ChannelSelection.RANDOM_YELLOW);
            channel = Channel.YELLOW;
        }

        if (reasons.isEmpty()) {
            reasons.add(ChannelSelection.NO_RISK_FOUND);
        }
        return new ChannelSelection(channel, reasons);
    }
}

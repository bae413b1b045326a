package vn.customs.declarations.domain.risk;

import java.util.List;
import java.util.Objects;

/**
 * The channel assigned to a declaration and every reason found for it, in the order the rules are applied.
 *
 * <p>A reason is a stable, machine-readable code, followed for some codes by a colon and the value that matched:
 * {@code HS_CHAPTER_RED:93}, {@code PRIOR_VIOLATIONS:3}, {@code HS_CHAPTER_YELLOW:85}, {@code FIRST_TIME_DECLARANT},
 * {@code WATCHED_ORIGIN:XX}, {@code PAPER_SUBMISSION}, {@code RANDOM_RED}, {@code RANDOM_YELLOW}, and {@code
 * NO_RISK_FOUND} alone for a GREEN declaration that nothing flagged. Reasons below the channel are kept: a
 * declaration sent to RED by its HS chapter still records that its declarant is new. {@code rulesVersion} names the
 * version of the risk rules that chose the channel (see {@link RiskRuleBook}), null when unversioned.
 */
public record ChannelSelection(Channel channel, List<String> reasons, String rulesVersion) {

    /** A GREEN declaration that no rule flagged and the draw left alone. */
    public static final String NO_RISK_FOUND = "NO_RISK_FOUND";

    /** A RED HS chapter among the goods lines; followed by {@code :} and the chapter. */
    public static final String HS_CHAPTER_RED = "HS_CHAPTER_RED";

    /** At least the configured number of prior violations; followed by {@code :} and the count. */
    public static final String PRIOR_VIOLATIONS = "PRIOR_VIOLATIONS";

    /** A YELLOW HS chapter among the goods lines; followed by {@code :} and the chapter. */
    public static final String HS_CHAPTER_YELLOW = "HS_CHAPTER_YELLOW";

    /** The declarant's first declaration. */
    public static final String FIRST_TIME_DECLARANT = "FIRST_TIME_DECLARANT";

    /** A watched origin country among the goods lines; followed by {@code :} and the country. */
    public static final String WATCHED_ORIGIN = "WATCHED_ORIGIN";

    /** Lodged on paper rather than electronically. */
    public static final String PAPER_SUBMISSION = "PAPER_SUBMISSION";

    /** Raised to RED by the minimum random rate. */
    public static final String RANDOM_RED = "RANDOM_RED";

    /** Raised to YELLOW by the minimum random rate. */
    public static final String RANDOM_YELLOW = "RANDOM_YELLOW";

    /** A selection by rules that carry no version (tests, demo data). */
    public ChannelSelection(Channel channel, List<String> reasons) {
        this(channel, reasons, null);
    }

    /** The same selection, recorded as chosen by the rules of {@code version} (the day they took effect). */
    public ChannelSelection chosenBy(String version) {
        return new ChannelSelection(channel, reasons, version);
    }

    public ChannelSelection {
        Objects.requireNonNull(channel, "channel");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A channel selection records at least one reason.");
        }
    }
}

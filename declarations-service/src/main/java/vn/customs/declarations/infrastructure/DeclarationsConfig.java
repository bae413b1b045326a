package vn.customs.declarations.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How declarations are processed ({@code declarations.*}). Each default is written here and nowhere else; {@link
 * DeclarationsSettings} turns these into the domain values the use cases take.
 */
@ConfigMapping(prefix = "declarations")
public interface DeclarationsConfig {

    /** Committed working time per channel (Customs Law 2014 art. 23 by default). */
    Charter charter();

    /** The risk rules by version and gate (HS chapters, origins, violation threshold, minimum random rates). */
    Risk risk();

    /**
     * How many demo declarations {@code ./suite up} loads into an empty database when {@code
     * customs.demo-data.enabled} is on: a few hundred over the last quarter; {@code DECLARATIONS_DEMO_DATA_COUNT=28000}
     * loads the article's quarter.
     */
    DemoData demoData();

    /** The demo data's size. */
    interface DemoData {
        @WithDefault("400")
        int count();
    }

    /** How often running clocks are checked for a breach: the event goes out within this much of the deadline. */
    CharterWatch charterWatch();

    /** The breach watch's period (read by the scheduler's expression). */
    interface CharterWatch {
        @WithDefault("10s")
        String every();
    }

    /** Committed working time per channel. */
    interface Charter {
        @WithDefault("PT2H")
        Duration green();

        @WithDefault("PT2H")
        Duration yellow();

        @WithDefault("PT8H")
        Duration red();
    }

    /**
     * The risk rules, versioned by the day each version takes effect: {@code
     * declarations.risk.versions."2026-01-01".default.*} for every gate, {@code ...gates.<GATE>.*} for a gate whose
     * rules differ (a key a gate leaves out is the version's default). The versions are written in
     * application.properties, the one place.
     */
    interface Risk {
        Map<String, RuleVersion> versions();
    }

    /** One version of the rules. */
    interface RuleVersion {
        @WithName("default")
        Rules defaults();

        Map<String, Rules> gates();
    }

    /**
     * Rules: HS chapters (2 digits) that send a declaration to RED or YELLOW, watched origin countries, how many
     * prior violations send an enterprise to RED, and the minimum random rates.
     */
    interface Rules {
        Optional<Set<String>> redHsChapters();

        Optional<Set<String>> yellowHsChapters();

        Optional<Set<String>> watchedOrigins();

        OptionalInt violationsForRed();

        OptionalDouble minimumRandomRedRate();

        OptionalDouble minimumRandomYellowRate();
    }
}

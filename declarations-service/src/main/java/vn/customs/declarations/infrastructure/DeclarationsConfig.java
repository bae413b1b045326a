package vn.customs.declarations.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How declarations are processed ({@code declarations.*}). Each default is written here and nowhere else; {@link
 * DeclarationsSettings} turns these into the domain values the use cases take.
 */
@ConfigMapping(prefix = "declarations")
public interface DeclarationsConfig {

    /** Committed working time per channel (Customs Law 2014 art. 23 by default). */
    Charter charter();

    /** Minimum random inspection rates, so that every declaration may be inspected (ASYCUDA's minimum rate). */
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

    /** Random selection rates. */
    interface Risk {
        @WithDefault("0.02")
        double minimumRandomRedRate();

        @WithDefault("0.05")
        double minimumRandomYellowRate();
    }
}

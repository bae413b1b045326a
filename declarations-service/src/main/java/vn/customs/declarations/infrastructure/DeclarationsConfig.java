package vn.customs.declarations.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How declarations are processed ({@code declarations.*}). */
@ConfigMapping(prefix = "declarations")
public interface DeclarationsConfig {

    /** Committed working time per channel (Customs Law 2014 art. 23 by default). */
    Charter charter();

    /** Minimum random inspection rates per gate, so that every declaration may be inspected. */
    Risk risk();

    /** How many demo declarations ./suite up loads into an empty database. */
    DemoData demoData();

    /** The demo data's size. */
    interface DemoData {
        @WithDefault("400")
        int count();
    }

    /** How often running clocks are checked for a breach (read by the scheduler). */
    CharterWatch charterWatch();

    /** The breach watch's period. */
    interface CharterWatch {
        @WithDefault("10s")
        String every();
    }

    /** Committed working time per channel. */
    interface Charter {
        @WithDefault("PT2H")
        java.time.Duration green();

        @WithDefault("PT2H")
        java.time.Duration yellow();

        @WithDefault("PT8H")
        java.time.Duration red();
    }

    /** Random selection rates. */
    interface Risk {
        @WithDefault("0.02")
        double minimumRandomRedRate();

        @WithDefault("0.05")
        double minimumRandomYellowRate();
    }
}

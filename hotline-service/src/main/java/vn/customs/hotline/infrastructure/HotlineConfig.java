package vn.customs.hotline.infrastructure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The hotline's own settings ({@code hotline.*}); {@link HotlineSettings} turns them into domain values. */
@ConfigMapping(prefix = "hotline")
public interface HotlineConfig {

    Clock clock();

    Handling handling();

    FollowUp followUp();

    DeadlineWatch deadlineWatch();

    /** How often WatchDeadlines runs (read by its @Scheduled expression). */
    interface DeadlineWatch {
        String every();
    }

    /** The legal clocks, one version per day a law changed, keyed by that day (ISO date). */
    interface Clock {
        Map<String, Version> versions();
    }

    interface Version {
        boolean suspensionPausesClock();

        boolean partialWithdrawal();

        int atRiskPercent();

        /** By kind (denunciation, complaint, petition); a kind not named keeps the previous version's terms. */
        Map<String, Terms> terms();
    }

    /** A kind's terms in three short lines (see application.properties). */
    interface Terms {
        /** "7 10 WORKING": days to the acceptance decision, when checked in several places, and how they count. */
        String acceptance();

        /** "30 45 45 60 CALENDAR": plain, complex, remote, remote and complex, and how they count. */
        String settlement();

        /** "30 1 2": days per extension, extensions of a complex case, of a very complex case. */
        String extension();
    }

    interface Handling {
        /** A handler posted at the accused unit (or with the accused officer) this many years back is refused. */
        @WithDefault("3")
        int conflictLookbackYears();

        /** This many accepted reports about one officer or unit within the window ask for a targeted inspection. */
        @WithDefault("3")
        int repeatedReports();

        @WithDefault("P365D")
        Duration repeatWindow();
    }

    /** Guessing receipts: wrong or unknown receipts allowed per report and per client before a lockout. */
    interface FollowUp {
        @WithDefault("5")
        int failuresPerReport();

        @WithDefault("20")
        int failuresPerClient();

        @WithDefault("PT15M")
        Duration lockout();
    }
}

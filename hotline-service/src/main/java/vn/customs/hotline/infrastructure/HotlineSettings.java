package vn.customs.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DayCount;
import vn.customs.hotline.domain.clock.KindTerms;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.protection.GuessingLimits;
import vn.customs.hotline.domain.report.HandlingRules;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.platform.domain.time.WorkingCalendar;

/** Turns {@link HotlineConfig} into the domain values the use cases take; a wrong setting stops the service at start. */
@ApplicationScoped
public class HotlineSettings {

    @Produces
    @Singleton
    ClockRuleBook clockRules(HotlineConfig config) {
        List<ClockRuleVersion> versions = new ArrayList<>();
        Map<ReportKind, KindTerms> previous = new EnumMap<>(ReportKind.class);
        for (Map.Entry<String, HotlineConfig.Version> entry :
                new TreeMap<>(config.clock().versions()).entrySet()) {
            LocalDate from = day(entry.getKey());
            HotlineConfig.Version version = entry.getValue();
            Map<ReportKind, KindTerms> terms = new EnumMap<>(previous);
            version.terms().forEach((kind, text) -> terms.put(kind(from, kind), terms(from, kind, text)));
            versions.add(new ClockRuleVersion(
                    from,
                    version.suspensionPausesClock(),
                    version.partialWithdrawal(),
                    version.atRiskPercent(),
                    terms));
            previous = terms;
        }
        return new ClockRuleBook(versions);
    }

    @Produces
    @Singleton
    TermCalendar termCalendar(WorkingCalendar calendar) {
        return new TermCalendar(calendar);
    }

    @Produces
    @Singleton
    HandlingRules handlingRules(HotlineConfig config) {
        HotlineConfig.Handling handling = config.handling();
        return new HandlingRules(handling.conflictLookbackYears(), handling.repeatedReports(), handling.repeatWindow());
    }

    @Produces
    @Singleton
    GuessingLimits guessingLimits(HotlineConfig config) {
        HotlineConfig.FollowUp followUp = config.followUp();
        return new GuessingLimits(followUp.failuresPerReport(), followUp.failuresPerClient(), followUp.lockout());
    }

    private static LocalDate day(String key) {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("hotline.clock.versions keys are days (2026-07-01): " + key, e);
        }
    }

    private static ReportKind kind(LocalDate from, String name) {
        try {
            return ReportKind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "hotline.clock.versions.\"" + from + "\".terms names no kind " + name, e);
        }
    }

    private static KindTerms terms(LocalDate from, String kind, HotlineConfig.Terms terms) {
        String where = "hotline.clock.versions.\"" + from + "\".terms." + kind;
        String[] acceptance = words(where + ".acceptance", terms.acceptance(), 3);
        String[] settlement = words(where + ".settlement", terms.settlement(), 5);
        String[] extension = words(where + ".extension", terms.extension(), 3);
        return new KindTerms(
                number(acceptance[0]),
                number(acceptance[1]),
                DayCount.valueOf(acceptance[2]),
                number(settlement[0]),
                number(settlement[1]),
                number(settlement[2]),
                number(settlement[3]),
                DayCount.valueOf(settlement[4]),
                number(extension[0]),
                number(extension[1]),
                number(extension[2]));
    }

    private static String[] words(String key, String text, int count) {
        String[] words = text.trim().split("\\s+");
        if (words.length != count) {
            throw new IllegalArgumentException(key + " has " + count + " words, not \"" + text + "\"");
        }
        return words;
    }

    private static int number(String word) {
        return Integer.parseInt(word);
    }
}

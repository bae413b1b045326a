package vn.customs.platform.domain.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the calendar rules from their configuration text: a zone id, periods like {@code 07:30-11:30}, day
 * names like {@code SATURDAY}, and per year dates like {@code 2026-01-01} or inclusive ranges like {@code
 * 2026-02-14..2026-02-22}. Each method names its {@code source} (the property) and the bad token when it refuses.
 */
public final class CalendarRulesParser {

    private static final String RANGE = "..";

    private CalendarRulesParser() {}

    /** A time zone id such as {@code Asia/Ho_Chi_Minh}. */
    public static ZoneId zone(String source, String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw bad(source, text, "is not a time zone id such as Asia/Ho_Chi_Minh");
        }
    }

    /** Working periods, each {@code HH:mm-HH:mm}, in the order given (the calendar checks order and overlap). */
    public static List<WorkingPeriod> workingPeriods(String source, List<String> tokens) {
        List<WorkingPeriod> periods = new ArrayList<>();
        for (String raw : nonEmpty(source, tokens)) {
            String token = raw.trim();
            String[] ends = token.split("-", -1);
            if (ends.length != 2) {
                throw bad(source, raw, "is not a working period HH:mm-HH:mm");
            }
            LocalTime start = time(source, raw, ends[0]);
            LocalTime end = time(source, raw, ends[1]);
            if (!start.isBefore(end)) {
                throw bad(source, raw, "does not start before it ends (periods cannot run past midnight)");
            }
            periods.add(new WorkingPeriod(start, end));
        }
        return periods;
    }

    /** Weekend days by English name, in any letter case, e.g. {@code SATURDAY,SUNDAY}. */
    public static Set<DayOfWeek> weekend(String source, List<String> tokens) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String raw : nonEmpty(source, tokens)) {
            try {
                days.add(DayOfWeek.valueOf(raw.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw bad(source, raw, "is not a day of the week such as SATURDAY");
            }
        }
        return days;
    }

    /**
     * Dates listed per year, e.g. key {@code 2026} with {@code 2026-01-01} and {@code 2026-02-14..2026-02-22}.
     * Every date must lie in the year of its key, which catches a list copied from another year.
     */
    public static Set<LocalDate> datesByYear(String source, Map<String, List<String>> byYear) {
        Set<LocalDate> dates = new TreeSet<>();
        byYear.forEach((year, tokens) -> dates.addAll(datesOfYear(source, year, tokens)));
        return dates;
    }

    private static Set<LocalDate> datesOfYear(String source, String yearKey, List<String> tokens) {
        String where = source + "." + yearKey;
        int year = year(source, yearKey);
        Set<LocalDate> dates = new TreeSet<>();
        for (String raw : tokens) {
            String token = raw.trim();
            int range = token.indexOf(RANGE);
            LocalDate first = date(where, raw, range < 0 ? token : token.substring(0, range));
            LocalDate last = range < 0 ? first : date(where, raw, token.substring(range + RANGE.length()));
            if (last.isBefore(first)) {
                throw bad(where, raw, "ends before it starts");
            }
            if (first.getYear() != year || last.getYear() != year) {
                throw bad(where, raw, "is not in " + year);
            }
            first.datesUntil(last.plusDays(1)).forEach(dates::add);
        }
        return dates;
    }

    private static int year(String source, String key) {
        String trimmed = key.trim();
        if (!trimmed.matches("\\d{4}")) {
            throw new IllegalArgumentException(
                    source + ": the key \"" + key + "\" is not a year such as 2026 (dates are listed per year).");
        }
        return Integer.parseInt(trimmed);
    }

    private static LocalTime time(String source, String token, String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw bad(source, token, "has \"" + text + "\", which is not a time of day HH:mm");
        }
    }

    private static LocalDate date(String source, String token, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw bad(source, token, "has \"" + text + "\", which is not a date yyyy-MM-dd");
        }
    }

    private static List<String> nonEmpty(String source, List<String> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException(source + ": no value given.");
        }
        for (String token : tokens) {
            if (token.isBlank()) {
                throw bad(source, token, "is empty");
            }
        }
        return tokens;
    }

    private static IllegalArgumentException bad(String source, String token, String problem) {
        return new IllegalArgumentException(source + ": \"" + token + "\" " + problem + ".");
    }
}

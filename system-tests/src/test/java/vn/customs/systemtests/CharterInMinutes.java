package vn.customs.systemtests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Declarations' charter as the system tests run it: the committed times in minutes instead of hours, over a working
 * day of 24 hours, with the run's days working days, so that a declaration left alone really runs out of working
 * time — by the service's own calendar, clock and breach watch — within a run of minutes instead of days. These are
 * the documented settings {@code declarations.charter.*} and {@code customs.calendar.*}, given to declarations' JVM
 * as system properties (the map keys of the calendar have no environment-variable form); nothing else changes.
 */
final class CharterInMinutes {

    /** The committed working time of the GREEN and YELLOW channels (two hours in production). */
    static final String GREEN_AND_YELLOW = "PT2M";

    /** The committed working time of the RED channel (eight hours in production). */
    static final String RED = "PT3M";

    private CharterInMinutes() {}

    /** The JVM options added to declarations' (and only declarations') command line. */
    static List<String> javaOptions() {
        List<String> options = new ArrayList<>(List.of(
                "-Ddeclarations.charter.green=" + GREEN_AND_YELLOW,
                "-Ddeclarations.charter.yellow=" + GREEN_AND_YELLOW,
                "-Ddeclarations.charter.red=" + RED,
                "-Dcustoms.calendar.working-periods=00:00-23:59"));
        // Today and tomorrow at the department are working days: a weekend day among them is decreed one (the
        // calendar accepts only weekend days as extra working days; a public holiday would still stop the clock).
        Map<Integer, List<String>> extra = new TreeMap<>();
        LocalDate today = Lodging.today();
        for (LocalDate day : List.of(today, today.plusDays(1))) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                extra.computeIfAbsent(day.getYear(), year -> new ArrayList<>()).add(day.toString());
            }
        }
        extra.forEach((year, days) ->
                options.add("-Dcustoms.calendar.extra-working-days.\"" + year + "\"=" + String.join(",", days)));
        return options;
    }
}

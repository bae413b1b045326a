package vn.customs.systemtests;

import java.time.LocalDate;
import java.util.Map;

/**
 * Declarations' charter as the system tests run it: the committed times in minutes instead of hours, over a working
 * day of 24 hours (and no weekend day during the run), so that a declaration left alone really runs out of working
 * time — by the service's own calendar, clock and breach watch — within a run of minutes instead of days. These are
 * the documented settings {@code declarations.charter.*} and {@code customs.calendar.*}, given through the
 * environment like any other; nothing else about the service changes.
 */
final class CharterInMinutes {

    /** The committed working time of the GREEN and YELLOW channels; RED gets {@link #RED}. */
    static final String GREEN_AND_YELLOW = "PT3M";

    static final String RED = "PT5M";

    private CharterInMinutes() {}

    /** The variables added to declarations' environment. */
    static Map<String, String> environment() {
        // The calendar needs a weekend day: one that is neither today nor in the next two days at the department.
        String weekend = Lodging.today().plusDays(3).getDayOfWeek().name();
        return Map.of(
                "DECLARATIONS_CHARTER_GREEN", GREEN_AND_YELLOW,
                "DECLARATIONS_CHARTER_YELLOW", GREEN_AND_YELLOW,
                "DECLARATIONS_CHARTER_RED", RED,
                "CUSTOMS_CALENDAR_WORKING_PERIODS", "00:00-23:59",
                "CUSTOMS_CALENDAR_WEEKEND", weekend);
    }

    /** For the record in the run's output. */
    static String describe() {
        return "charter " + GREEN_AND_YELLOW + " (GREEN, YELLOW), " + RED + " (RED), working day 00:00-23:59, weekend "
                + Lodging.today().plusDays(3).getDayOfWeek() + " (" + LocalDate.now() + ")";
    }
}

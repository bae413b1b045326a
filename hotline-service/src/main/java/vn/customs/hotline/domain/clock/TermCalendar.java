package vn.customs.hotline.domain.clock;

import java.time.Duration;
import java.time.Instant;
import vn.customs.platform.domain.time.TimeInterval;
import vn.customs.platform.domain.time.WorkingCalendar;

/** Day arithmetic for legal terms: calendar days in the department's zone, or working days of the shared calendar. */
public final class TermCalendar {

    private final WorkingCalendar calendar;

    public TermCalendar(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The moment a term of {@code days} that starts at {@code start} ends. */
    public Instant add(Instant start, int days, DayCount count) {
        return switch (count) {
            case CALENDAR -> start.atZone(calendar.zone()).plusDays(days).toInstant();
            case WORKING -> calendar.addWorkingDays(start, days);
        };
    }

    /** How much of a term the interval used: all of it in calendar days, only its working time in working days. */
    public Duration used(Instant from, Instant to, DayCount count) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return switch (count) {
            case CALENDAR -> new TimeInterval(from, to).duration();
            case WORKING -> calendar.workingTimeBetween(from, to);
        };
    }

    /** Moves a moment on by a paused amount, counted the way the term counts. */
    public Instant shift(Instant moment, Duration paused, DayCount count) {
        if (paused.isZero()) {
            return moment;
        }
        return switch (count) {
            case CALENDAR -> moment.plus(paused);
            case WORKING -> calendar.addWorkingTime(moment, paused);
        };
    }
}

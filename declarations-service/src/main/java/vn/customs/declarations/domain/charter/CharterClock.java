package vn.customs.declarations.domain.charter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.customs.platform.domain.time.TimeInterval;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * The clock of one declaration against the committed processing time of its risk channel, counted in working
 * time and paused while the declaration waits on the declarant. Immutable: every event returns a new clock, and
 * every reading is a pure function of the calendar and the moment it is asked about.
 *
 * <p>{@code pauses} are the finished pauses, in order and not overlapping; {@code pausedSince} is the start of an
 * ongoing pause or {@code null}; {@code stoppedAt} is when the work finished (the declaration was cleared) or
 * {@code null}. A stopped clock has no ongoing pause: stopping ends it.
 */
public record CharterClock(
        Instant startedAt, Duration committed, List<TimeInterval> pauses, Instant pausedSince, Instant stoppedAt) {

    public CharterClock {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(committed, "committed");
        if (committed.isNegative() || committed.isZero()) {
            throw new IllegalArgumentException("The committed time must be positive, but was " + committed + ".");
        }
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        // A clock read back from storage must tell the same story as one built event by event, in which time
        // only moves forward; otherwise paused time would be discounted twice or counted before the start.
        Instant cursor = startedAt;
        for (TimeInterval pause : pauses) {
            if (pause.start().isBefore(cursor)) {
                throw new IllegalArgumentException("Pauses must follow the start (" + startedAt
                        + ") and each other without overlapping, but " + pause + " begins before " + cursor + ".");
            }
            cursor = pause.end();
        }
        if (pausedSince != null && pausedSince.isBefore(cursor)) {
            throw new IllegalArgumentException(
                    "The ongoing pause (" + pausedSince + ") cannot begin before " + cursor + ".");
        }
        if (stoppedAt != null) {
            if (pausedSince != null) {
                throw new IllegalArgumentException("A stopped clock has no ongoing pause: stopping ends it.");
            }
            if (stoppedAt.isBefore(cursor)) {
                throw new IllegalArgumentException("The clock cannot stop (" + stoppedAt + ") before " + cursor + ".");
            }
        }
    }

    /** A running clock started {@code at} with {@code committed} working time to finish the work. */
    public static CharterClock start(Instant at, Duration committed) {
        return new CharterClock(at, committed, List.of(), null, null);
    }

    /**
     * The clock paused {@code at}, as when documents are requested from the declarant.
     *
     * @throws IllegalStateException if the clock is already paused or stopped
     * @throws IllegalArgumentException if {@code at} is before the clock's last event
     */
    public CharterClock pause(Instant at) {
        Objects.requireNonNull(at, "at");
        requireNotStopped("pause");
        if (pausedSince != null) {
            throw new IllegalStateException("The charter clock is already paused since " + pausedSince + ".");
        }
        requireNotBeforeLastEvent(at, "pause");
        return new CharterClock(startedAt, committed, pauses, at, null);
    }

    /**
     * The clock running again {@code at}, the ongoing pause moved into {@link #pauses()}.
     *
     * @throws IllegalStateException if the clock is not paused, or is stopped
     * @throws IllegalArgumentException if {@code at} is before the pause began
     */
    public CharterClock resume(Instant at) {
        Objects.requireNonNull(at, "at");
        requireNotStopped("resume");
        if (pausedSince == null) {
            throw new IllegalStateException("The charter clock is not paused, so it cannot resume.");
        }
        requireNotBeforeLastEvent(at, "resume");
        List<TimeInterval> finished = new ArrayList<>(pauses);
        finished.add(new TimeInterval(pausedSince, at));
        return new CharterClock(startedAt, committed, finished, null, null);
    }

    /**
     * The clock stopped {@code at} because the work is done; an ongoing pause ends at the same moment.
     *
     * @throws IllegalStateException if the clock is already stopped
     * @throws IllegalArgumentException if {@code at} is before the clock's last event
     */
    public CharterClock stop(Instant at) {
        Objects.requireNonNull(at, "at");
        requireNotStopped("stop");
        CharterClock running = pausedSince == null ? this : resume(at);
        running.requireNotBeforeLastEvent(at, "stop");
        return new CharterClock(startedAt, committed, running.pauses, null, at);
    }

    /**
     * The working time used from the start to {@code now} (or to the stop, if earlier), less the working time
     * paused; an ongoing pause counts up to {@code now}. Zero when {@code now} is before the start.
     */
    public Duration used(WorkingCalendar calendar, Instant now) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        Instant end = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
        if (end.isBefore(startedAt)) {
            return Duration.ZERO;
        }
        List<TimeInterval> paused = new ArrayList<>(pauses);
        if (pausedSince != null && pausedSince.isBefore(end)) {
            paused.add(new TimeInterval(pausedSince, end));
        }
        return calendar.workingTimeBetween(startedAt, end, paused);
    }

    /** The committed time less the time {@link #used used}; negative once the clock is breached. */
    public Duration left(WorkingCalendar calendar, Instant now) {
        return committed.minus(used(calendar, now));
    }

    /**
     * The moment the committed time runs out if nothing else pauses the clock. A paused clock is read as if it
     * resumed at {@code now} (or at the pause, if {@code now} is earlier); a breached clock gives the past moment
     * it ran out; a stopped clock gives the moment it was working against, as if it had kept running.
     */
    public Instant deadline(WorkingCalendar calendar, Instant now) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        // Walk the stretches in which the clock ran, so that a clock which already ran out gives the moment it
        // did, not "now": addWorkingTime cannot go backwards.
        List<TimeInterval> ran = new ArrayList<>();
        Instant cursor = startedAt;
        for (TimeInterval pause : pauses) {
            ran.add(new TimeInterval(cursor, pause.start()));
            cursor = pause.end();
        }
        if (pausedSince != null) {
            ran.add(new TimeInterval(cursor, pausedSince));
            cursor = now.isAfter(pausedSince) ? now : pausedSince;
        }
        Duration remaining = committed;
        for (TimeInterval stretch : ran) {
            Duration worked = calendar.workingTimeBetween(stretch.start(), stretch.end());
            if (remaining.compareTo(worked) <= 0) {
                return calendar.addWorkingTime(stretch.start(), remaining);
            }
            remaining = remaining.minus(worked);
        }
        return calendar.addWorkingTime(cursor, remaining);
    }

    /**
     * The clock's state at {@code now}: {@link ClockState#BREACHED} once more than the committed time is used,
     * stopped or not; {@link ClockState#MET} once stopped within it; otherwise {@link ClockState#AT_RISK} from
     * 80% used, and {@link ClockState#ON_TRACK} below.
     */
    public ClockState state(WorkingCalendar calendar, Instant now) {
        Duration used = used(calendar, now);
        if (used.compareTo(committed) > 0) {
            return ClockState.BREACHED;
        }
        if (stoppedAt != null && !now.isBefore(stoppedAt)) {
            return ClockState.MET;
        }
        // used / committed >= 4 / 5, compared in whole durations so that exactly 80% is at risk
        if (used.multipliedBy(5).compareTo(committed.multipliedBy(4)) >= 0) {
            return ClockState.AT_RISK;
        }
        return ClockState.ON_TRACK;
    }

    /** Whether more than the committed time is used at {@code now}. */
    public boolean breachedBy(WorkingCalendar calendar, Instant now) {
        return used(calendar, now).compareTo(committed) > 0;
    }

    private void requireNotStopped(String event) {
        if (stoppedAt != null) {
            throw new IllegalStateException(
                    "The charter clock stopped at " + stoppedAt + ", so it cannot " + event + ".");
        }
    }

    private void requireNotBeforeLastEvent(Instant at, String event) {
        Instant last = lastEvent();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException(
                    "The clock cannot " + event + " at " + at + ", before its last event at " + last + ".");
        }
    }

    private Instant lastEvent() {
        if (pausedSince != null) {
            return pausedSince;
        }
        return pauses.isEmpty() ? startedAt : pauses.get(pauses.size() - 1).end();
    }
}

package vn.customs.platform.domain.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The department's working time: daily working periods on working days, in one time zone. A day is a working
 * day unless it is a public holiday, or a weekend day that was not decreed an extra (make-up) working day.
 *
 * <p>Immutable and pure: every method computes from its arguments only, never from the current time. Working
 * periods are half-open, so 17:00 is not a working moment of a 07:30–11:30, 13:00–17:00 day. A computation that
 * would walk more than {@link #MAX_SPAN_DAYS} calendar days is refused with an {@link IllegalArgumentException},
 * so a calendar without working days ahead fails at once instead of looping.
 */
public final class WorkingCalendar {

    /** The department's time zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The department's office hours: 07:30–11:30 and 13:00–17:00. */
    public static final List<WorkingPeriod> DEFAULT_WORKING_PERIODS = List.of(
            new WorkingPeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
            new WorkingPeriod(LocalTime.of(13, 0), LocalTime.of(17, 0)));

    /** Saturday and Sunday. */
    public static final Set<DayOfWeek> DEFAULT_WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /**
     * The most calendar days (about a hundred years) one computation may walk. Real deadlines are days or
     * months away; anything longer is a mistake in the input or in the calendar, and is refused.
     */
    public static final int MAX_SPAN_DAYS = 36_525;

    private final ZoneId zone;
    private final List<WorkingPeriod> workingPeriods;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkingDays;

    private WorkingCalendar(Builder builder) {
        this.zone = builder.zone;
        this.workingPeriods = List.copyOf(builder.workingPeriods);
        this.weekend = Set.copyOf(builder.weekend);
        this.holidays = Set.copyOf(builder.holidays);
        this.extraWorkingDays = Set.copyOf(builder.extraWorkingDays);
        checkWorkingPeriods();
        checkWeekend();
        checkExtraWorkingDays();
    }

    /** A builder preset with the department's zone, office hours and weekend, and no holidays. */
    public static Builder builder() {
        return new Builder();
    }

    public ZoneId zone() {
        return zone;
    }

    public List<WorkingPeriod> workingPeriods() {
        return workingPeriods;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> extraWorkingDays() {
        return extraWorkingDays;
    }

    /** Whether {@code date} is a working day: not a holiday, and not a weekend day unless decreed a working day. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (holidays.contains(date)) {
            return false;
        }
        return extraWorkingDays.contains(date) || !weekend.contains(date.getDayOfWeek());
    }

    /**
     * The earliest working moment at or after {@code instant}: the instant itself when it lies inside a working
     * period, otherwise the start of the next working period (after lunch, next morning, after the weekend).
     */
    public Instant nextWorkingMoment(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        LocalDate date = LocalDate.ofInstant(instant, zone);
        for (int walked = 0; walked <= MAX_SPAN_DAYS; walked++, date = date.plusDays(1)) {
            for (TimeInterval stretch : workingStretches(date)) {
                if (stretch.end().isAfter(instant)) {
                    return later(instant, stretch.start());
                }
            }
        }
        throw tooFar("No working moment", instant);
    }

    /**
     * The same wall-clock time {@code days} working days later, as for "answered within N working days".
     *
     * <p>Counting starts at {@link #nextWorkingMoment(Instant) the next working moment}: a start inside a working
     * period keeps its own time of day; a start outside working hours (before opening, at lunch, after closing,
     * on a weekend or holiday) counts as if made at the start of the next working period. So Monday 10:00 plus
     * one day is Tuesday 10:00, Monday 12:00 plus one day is Tuesday 13:00, Friday 18:00 plus one day is Tuesday
     * 07:30, and zero days gives the next working moment itself.
     *
     * @throws IllegalArgumentException if {@code days} is negative or the result lies beyond {@link #MAX_SPAN_DAYS}
     */
    public Instant addWorkingDays(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative, but was " + days + ".");
        }
        ZonedDateTime anchor = nextWorkingMoment(start).atZone(zone);
        LocalDate date = anchor.toLocalDate();
        int counted = 0;
        for (int walked = 0; counted < days; walked++) {
            if (walked >= MAX_SPAN_DAYS) {
                throw tooFar(days + " working days", start);
            }
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return ZonedDateTime.of(date, anchor.toLocalTime(), zone).toInstant();
    }

    /**
     * The earliest instant at which {@code workingTime} of working time has elapsed since {@code start}, as for
     * "handled within N working hours". Friday 15:00 plus 8 working hours is Monday 15:00; a result that falls
     * exactly on the end of a period stays there (Monday 07:30 plus 4 hours is Monday 11:30, not 13:00). Zero
     * working time gives {@code start} itself.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative or the result lies beyond {@link
     *     #MAX_SPAN_DAYS}
     */
    public Instant addWorkingTime(Instant start, Duration workingTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(workingTime, "workingTime");
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException(
                    "Working time to add must not be negative, but was " + workingTime + ".");
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration remaining = workingTime;
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (int walked = 0; walked <= MAX_SPAN_DAYS; walked++, date = date.plusDays(1)) {
            for (TimeInterval stretch : workingStretches(date)) {
                if (!stretch.end().isAfter(start)) {
                    continue;
                }
                Instant from = later(start, stretch.start());
                Duration available = Duration.between(from, stretch.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw tooFar(workingTime + " of working time", start);
    }

    /**
     * The working time in {@code [from, to)}.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to} or they are more than {@link
     *     #MAX_SPAN_DAYS} apart
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        return workingTimeBetween(from, to, List.of());
    }

    /**
     * The working time in {@code [from, to)} that lies in none of the {@code pauses}, as for a deadline clock
     * stopped while the officer waits on the declarant. Pauses may overlap each other (overlapping time is
     * discounted once) and may reach outside {@code [from, to)}.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to} or they are more than {@link
     *     #MAX_SPAN_DAYS} apart
     */
    public Duration workingTimeBetween(Instant from, Instant to, List<TimeInterval> pauses) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(pauses, "pauses");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ").");
        }
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        if (ChronoUnit.DAYS.between(first, last) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException(
                    "from (" + from + ") and to (" + to + ") are more than " + MAX_SPAN_DAYS + " days apart.");
        }
        TimeInterval range = new TimeInterval(from, to);
        List<TimeInterval> paused = merged(pauses);
        Duration total = Duration.ZERO;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeInterval stretch : workingStretches(date)) {
                if (stretch.overlap(range).isZero()) {
                    continue;
                }
                TimeInterval counted = clip(stretch, range);
                Duration worked = counted.duration();
                for (TimeInterval pause : paused) {
                    worked = worked.minus(counted.overlap(pause));
                }
                total = total.plus(worked);
            }
        }
        return total;
    }

    /** The working periods of {@code date} as instants; none on a non-working day. */
    private List<TimeInterval> workingStretches(LocalDate date) {
        if (!isWorkingDay(date)) {
            return List.of();
        }
        List<TimeInterval> stretches = new ArrayList<>(workingPeriods.size());
        for (WorkingPeriod period : workingPeriods) {
            stretches.add(new TimeInterval(
                    ZonedDateTime.of(date, period.start(), zone).toInstant(),
                    ZonedDateTime.of(date, period.end(), zone).toInstant()));
        }
        return stretches;
    }

    /** The pauses sorted and joined where they overlap or touch, so that no paused time is discounted twice. */
    private static List<TimeInterval> merged(List<TimeInterval> pauses) {
        List<TimeInterval> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(TimeInterval::start));
        List<TimeInterval> merged = new ArrayList<>();
        for (TimeInterval pause : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && !pause.start().isAfter(merged.get(lastIndex).end())) {
                TimeInterval previous = merged.get(lastIndex);
                merged.set(lastIndex, new TimeInterval(previous.start(), later(previous.end(), pause.end())));
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }

    private static TimeInterval clip(TimeInterval interval, TimeInterval range) {
        Instant start = later(interval.start(), range.start());
        Instant end = interval.end().isBefore(range.end()) ? interval.end() : range.end();
        return new TimeInterval(start, end);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static IllegalArgumentException tooFar(String what, Instant start) {
        return new IllegalArgumentException(what + " from " + start + " would end more than " + MAX_SPAN_DAYS
                + " days later; check the holidays and the weekend of the calendar.");
    }

    private void checkWorkingPeriods() {
        if (workingPeriods.isEmpty()) {
            throw new IllegalArgumentException("The calendar has no working period in a day.");
        }
        for (int i = 1; i < workingPeriods.size(); i++) {
            WorkingPeriod previous = workingPeriods.get(i - 1);
            WorkingPeriod next = workingPeriods.get(i);
            if (next.start().isBefore(previous.end())) {
                throw new IllegalArgumentException("Working periods must be in order of the day and must not overlap: "
                        + next + " starts before " + previous + " ends.");
            }
        }
    }

    private void checkWeekend() {
        // Holidays are finite, so one weekday a week is enough for every search to end.
        if (weekend.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException(
                    "The calendar has no working day: the weekend takes all seven days of the week.");
        }
    }

    private void checkExtraWorkingDays() {
        for (LocalDate day : extraWorkingDays) {
            if (holidays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and an extra working day.");
            }
            if (!weekend.contains(day.getDayOfWeek())) {
                throw new IllegalArgumentException("Extra working day " + day + " is a " + day.getDayOfWeek()
                        + ", not a weekend day: it is a working day anyway.");
            }
        }
    }

    /** Collects the rules of a {@link WorkingCalendar}; not thread-safe, unlike the calendar it builds. */
    public static final class Builder {

        private ZoneId zone = DEFAULT_ZONE;
        private List<WorkingPeriod> workingPeriods = DEFAULT_WORKING_PERIODS;
        private Set<DayOfWeek> weekend = DEFAULT_WEEKEND;
        private Set<LocalDate> holidays = Set.of();
        private Set<LocalDate> extraWorkingDays = Set.of();

        private Builder() {}

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The daily working periods, in order of the day and not overlapping. */
        public Builder workingPeriods(List<WorkingPeriod> workingPeriods) {
            this.workingPeriods = List.copyOf(workingPeriods);
            return this;
        }

        public Builder weekend(Collection<DayOfWeek> weekend) {
            this.weekend = Set.copyOf(weekend);
            return this;
        }

        /** Public holidays; a holiday on a weekend day changes nothing, so a whole break may be listed. */
        public Builder holidays(Collection<LocalDate> holidays) {
            this.holidays = Set.copyOf(holidays);
            return this;
        }

        /** Weekend days decreed working days, in exchange for a day off next to a holiday. */
        public Builder extraWorkingDays(Collection<LocalDate> extraWorkingDays) {
            this.extraWorkingDays = Set.copyOf(extraWorkingDays);
            return this;
        }

        /**
         * The calendar.
         *
         * @throws IllegalArgumentException if the rules contradict each other or leave no working day
         */
        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}

package vn.customs.declarations.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period of local days split the way the statistics rollups can answer it exactly: the whole months inside it
 * ({@code months}, read from the monthly rollups), the whole calendar years inside those ({@code years}, read from
 * the yearly ones where there are any), and the partial months at its two edges ({@code head} and {@code tail},
 * read from the declarations themselves). A period inside one month is all edge.
 *
 * @param first the first day
 * @param last the last day (inclusive)
 */
public record StatisticsPeriod(LocalDate first, LocalDate last) {

    /** Days {@code [from, to)}; empty when {@code from} equals {@code to}. */
    public record Days(LocalDate from, LocalDate to) {

        /** The instants of these local days in {@code zone}. */
        public Instant start(ZoneId zone) {
            return from.atStartOfDay(zone).toInstant();
        }

        public Instant end(ZoneId zone) {
            return to.atStartOfDay(zone).toInstant();
        }

        public boolean isEmpty() {
            return !from.isBefore(to);
        }
    }

    public StatisticsPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** The whole months, {@code [first day of a month, first day of a month)}. */
    public Days months() {
        LocalDate end = last.plusDays(1);
        LocalDate from =
                first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate to = end.withDayOfMonth(1);
        return from.isBefore(to) ? new Days(from, to) : new Days(end, end);
    }

    /** The whole calendar years inside {@link #months()}; empty (at the months' end) when there is none. */
    public Days years() {
        Days months = months();
        LocalDate from = months.from().getDayOfYear() == 1
                ? months.from()
                : months.from().withDayOfYear(1).plusYears(1);
        LocalDate to = months.to().withDayOfYear(1);
        return from.isBefore(to) ? new Days(from, to) : new Days(months.to(), months.to());
    }

    /** The days before the whole months (all of the period when it holds no whole month). */
    public Days head() {
        Days months = months();
        return months.isEmpty() ? new Days(first, last.plusDays(1)) : new Days(first, months.from());
    }

    /** The days after the whole months. */
    public Days tail() {
        Days months = months();
        LocalDate end = last.plusDays(1);
        return months.isEmpty() ? new Days(end, end) : new Days(months.to(), end);
    }
}

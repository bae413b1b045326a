package vn.customs.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3}: July to September 2026. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    /** How a quarter is written in a query parameter. */
    public static final String PATTERN = "^[0-9]{4}-Q[1-4]$";

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

    /** The first year figures may be asked for: nothing in the suite's databases is older. */
    public static final int FIRST_YEAR = 2000;

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4: " + number);
        }
    }

    /** The quarter {@code text} names ({@code 2026-Q3}); empty when it names none. */
    public static Optional<Quarter> parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        return matcher.matches()
                ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /** The quarter {@code day} falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that has ended by {@code today}: the one before today's. */
    public static Quarter lastFullBefore(LocalDate today) {
        return of(today).previous();
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** Its first day. */
    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** Its last day. */
    public LocalDate last() {
        return next().first().minusDays(1);
    }

    /** The instant it begins in {@code zone} (inclusive). */
    public Instant start(ZoneId zone) {
        return first().atStartOfDay(zone).toInstant();
    }

    /** The instant the next quarter begins in {@code zone} (exclusive end of this one). */
    public Instant end(ZoneId zone) {
        return next().first().atStartOfDay(zone).toInstant();
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return String.format("%04d-Q%d", year, number);
    }
}

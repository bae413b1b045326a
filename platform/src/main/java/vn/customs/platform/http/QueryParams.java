package vn.customs.platform.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Query parameters read strictly: a bad value is a 400 problem that names the parameter and what it expects. */
public final class QueryParams {

    private QueryParams() {}

    public static LocalDate date(String name, String value, LocalDate absent) {
        return value == null || value.isBlank()
                ? absent
                : within(name, parse(name, value, LocalDate::parse, "a date like 2025-06-30"));
    }

    /** Days from {@code from} to {@code to} (inclusive), as statistics endpoints take them. */
    public record DateRange(LocalDate first, LocalDate last) {}

    /**
     * The {@code from} and {@code to} parameters of a statistics endpoint: {@code to} defaults to {@code today},
     * {@code from} to three months before it; {@code from} after {@code to} is a 400 naming {@code from}.
     */
    public static DateRange dateRange(String from, String to, LocalDate today) {
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.minusMonths(3).plusDays(1));
        if (first.isAfter(last)) {
            throw bad("from", "a date not after 'to'");
        }
        return new DateRange(first, last);
    }

    /** A unit code ({@code HUU_NGHI}), or null when absent. */
    public static vn.customs.platform.domain.UnitCode unit(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!vn.customs.platform.domain.UnitCode.valid(value)) {
            throw bad(name, "a unit code: capital letters, digits and underscores");
        }
        return new vn.customs.platform.domain.UnitCode(value);
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = parse(
                name, value, text -> OffsetDateTime.parse(text).toInstant(), "a time like 2025-06-30T17:00:00+07:00");
        within(name, instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
        return instant;
    }

    /** The same years a body's dates may hold (StrictJson): year 999999999 once reached PostgreSQL and failed there. */
    private static LocalDate within(String name, LocalDate date) {
        if (date.isBefore(StrictJson.EARLIEST) || date.isAfter(StrictJson.LATEST)) {
            throw bad(name, "a date from " + StrictJson.EARLIEST + " to " + StrictJson.LATEST);
        }
        return date;
    }

    public static UUID uuid(String name, String value) {
        return value == null || value.isBlank() ? null : parse(name, value, UUID::fromString, "an id (UUID)");
    }

    public static Integer integer(String name, String value, Integer absent) {
        return value == null || value.isBlank() ? absent : parse(name, value, Integer::valueOf, "a whole number");
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw bad(name, "true or false");
        }
        return Boolean.valueOf(value);
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw bad(name, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw bad(name, expected);
        }
    }

    private static RequestProblemException bad(String name, String expected) {
        return new RequestProblemException(
                400,
                "validation",
                "Invalid query parameter '" + name + "'.",
                List.of(Problem.FieldError.parameter(name, "must be " + expected)));
    }
}

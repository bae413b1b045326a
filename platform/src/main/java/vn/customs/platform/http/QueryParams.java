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
                : parse(name, value, LocalDate::parse, "a date like 2025-06-30");
    }

    public static Instant instant(String name, String value) {
        return value == null || value.isBlank()
                ? null
                : parse(
                        name,
                        value,
                        text -> OffsetDateTime.parse(text).toInstant(),
                        "a time like 2025-06-30T17:00:00+07:00");
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

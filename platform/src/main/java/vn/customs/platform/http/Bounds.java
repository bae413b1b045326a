package vn.customs.platform.http;

import java.util.List;
import java.util.regex.Pattern;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.paging.PageRequest;

/**
 * The bounds of what the APIs accept, written once so that the code and the OpenAPI documents state the same
 * numbers: request records use them in bean validation ({@code @Size}, {@code @Pattern}) and {@code @Schema}, query
 * parameters and headers in {@code @Parameter} schemas and in the checks below. Text constants exist where an
 * annotation attribute wants text ({@code @Schema(minimum = ...)}).
 */
public final class Bounds {

    /** {@code limit}: 1 to {@link PageRequest#MAX_LIMIT} items a page, {@link PageRequest#DEFAULT_LIMIT} when absent. */
    public static final String LIMIT_MINIMUM = "1";

    public static final String LIMIT_MAXIMUM = "" + PageRequest.MAX_LIMIT;
    public static final String LIMIT_DEFAULT = "" + PageRequest.DEFAULT_LIMIT;

    /**
     * {@code cursor}: the longest the APIs write is 854 characters (the officers' list: a 200-character search name,
     * up to 3 bytes each in UTF-8, a bar and an id, base64url-encoded); lists by id write 52, lists by time and id 94.
     * Longer ones are refused by {@link #cursor(String)}.
     */
    public static final int CURSOR_MAX_LENGTH = 1024;

    /** base64url, as {@link PageRequest#encode(String)} writes it (its decoder also takes padding). */
    public static final String CURSOR_PATTERN = "[A-Za-z0-9_-]*={0,2}";

    /** A UUID as text: {@code 3f2504e0-4f89-41d3-9a0c-0305e82c3301}. */
    public static final int UUID_LENGTH = 36;

    /** A date: {@code 2026-11-28}. Years outside 1900..2199 are refused ({@link StrictJson}). */
    public static final int DATE_LENGTH = 10;

    /** The longest date-time within those years: {@code 2199-12-31T23:59:59.999999999+14:00}. */
    public static final int DATE_TIME_MAX_LENGTH = 35;

    /** A unit's code, which is also a gate's: {@code HUU_NGHI}. */
    public static final String UNIT_CODE = UnitCode.PATTERN;

    public static final int UNIT_CODE_MAX_LENGTH = 32;

    /** An enterprise's tax id: 10 digits, or 10-3 for a branch. */
    public static final String TAX_ID = TaxId.PATTERN;

    public static final int TAX_ID_MAX_LENGTH = 14;

    /**
     * {@code If-Match}: entity tags, as {@link Preconditions#requireMatch(String, long)} reads them, or {@code *}. Its
     * length is bounded before any resource runs: a header section over 20 KiB is refused (431).
     */
    public static final String IF_MATCH =
            "\\s*(\\*|(W/)?\"[\\x21\\x23-\\x7e]*\")(\\s*,\\s*(\\*|(W/)?\"[\\x21\\x23-\\x7e]*\"))*\\s*";

    public static final int HEADER_MAX_LENGTH = 20 * 1024;

    /** The largest whole numbers of their formats, for schemas that count or number things without another bound. */
    public static final String INT64_MAX = "9223372036854775807";

    public static final String INT32_MAX = "2147483647";

    /** A list's {@code next} link: its path and query, within the 4 KiB a request line may have (HttpEdge). */
    public static final int NEXT_LINK_MAX_LENGTH = 4096;

    /** A token's subject as the audit trail keeps it: identity providers' subjects are UUIDs or short names. */
    public static final int SUBJECT_MAX_LENGTH = 255;

    /** A Kafka topic's name (Kafka's own limit). */
    public static final int TOPIC_MAX_LENGTH = 249;

    /** A reason or error the platform reports (a dead letter's, a parked event's): longer text is cut there. */
    public static final int REASON_MAX_LENGTH = 2000;

    /** A CloudEvents attribute other than the id (type, source, subject) as the platform writes and reads them. */
    public static final int EVENT_ATTRIBUTE_MAX_LENGTH = 255;

    private Bounds() {}

    /** Text cut to {@code maxLength}, for reasons that quote what other systems said. */
    public static String cut(String text, int maxLength) {
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }

    /** The cursor as given, or a 400 naming it when it is longer than any cursor this API writes. */
    public static String cursor(String cursor) {
        return text("cursor", cursor, CURSOR_MAX_LENGTH);
    }

    /** A query parameter's text as given (null when absent), or a 400 naming it when it is over {@code maxLength}. */
    public static String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw bad(name, "at most " + maxLength + " characters");
        }
        return value;
    }

    /**
     * A query parameter's text, trimmed (null when absent or blank), or a 400 naming it and what it must be when it
     * does not match {@code regex}.
     */
    public static String matching(String name, String value, String regex, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!Pattern.matches(regex, trimmed)) {
            throw bad(name, expected);
        }
        return trimmed;
    }

    /** A whole-number query parameter within {@code minimum..maximum} (null when absent), or a 400 naming it. */
    public static Integer within(String name, Integer value, int minimum, int maximum) {
        if (value != null && (value < minimum || value > maximum)) {
            throw bad(name, "from " + minimum + " to " + maximum);
        }
        return value;
    }

    private static RequestProblemException bad(String name, String expected) {
        return new RequestProblemException(
                400,
                "validation",
                "Invalid query parameter '" + name + "'.",
                List.of(Problem.FieldError.parameter(name, "must be " + expected)));
    }
}

package vn.customs.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.customs.platform.http.Bounds;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;

/**
 * Keyset pagination: {@code limit} (default 50, at most 200) and an opaque {@code cursor} naming the last item of
 * the previous page. Lists never use offsets, so pages stay fast and stable while rows are added.
 */
public record PageRequest(int limit, Optional<String> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Reads the query parameters; a bad limit or a cursor we did not issue is a 400 problem naming the parameter. */
    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(
                parseLimit(limit),
                Optional.ofNullable(Bounds.cursor(cursor))
                        .filter(c -> !c.isBlank())
                        .map(PageRequest::decode));
    }

    /** The position after which the page starts, for lists keyed by a number (0 before the first item). */
    public long afterNumber() {
        try {
            return after.map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            throw badCursor();
        }
    }

    /** Below every id as PostgreSQL orders uuids (unsigned, byte by byte): where a list ordered by id starts. */
    public static final UUID FIRST_ID = new UUID(0L, 0L);

    /** The id after which a list ordered by id continues ({@link #FIRST_ID} before the first page). */
    public UUID afterId() {
        return after.map(PageRequest::cursorId).orElse(FIRST_ID);
    }

    /** A position of a list ordered by (key, id), written {@code key|id}. */
    public record Position<K>(K key, UUID id) {}

    /**
     * The (key, id) after which a list ordered by (key, id) continues, the key read by {@code keyParser}; empty before
     * the first page. A position this API did not write is a 400 naming the cursor.
     */
    public <K> Optional<Position<K>> afterPosition(Function<String, K> keyParser) {
        return after.map(position -> {
            int bar = position.lastIndexOf('|');
            if (bar < 0) {
                throw badCursor();
            }
            try {
                return new Position<>(
                        keyParser.apply(position.substring(0, bar)), cursorId(position.substring(bar + 1)));
            } catch (RuntimeException e) {
                throw badCursor();
            }
        });
    }

    /** The position string of an item of a list ordered by (key, id). */
    public static String position(Object key, UUID id) {
        return key + "|" + id;
    }

    private static UUID cursorId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    private static RequestProblemException badCursor() {
        return badParameter("cursor", "not a cursor of this list; use the next link of the previous page");
    }

    /** The opaque form of a position, to put in the {@code next} link. */
    public static String encode(String position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("v1:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("v1:")) {
                return text.substring(3);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw badParameter("cursor", "not a cursor this API issued; use the next link of the previous page");
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw badParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static RequestProblemException badParameter(String name, String message) {
        return new RequestProblemException(
                400,
                "validation",
                "Invalid query parameter '" + name + "'.",
                List.of(Problem.FieldError.parameter(name, message)));
    }
}

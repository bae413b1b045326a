package vn.customs.staffing.application;

import java.util.List;
import java.util.UUID;
import vn.customs.platform.http.PageRequest;
import vn.customs.platform.http.Problem;
import vn.customs.platform.http.RequestProblemException;

/** Positions in keyset-paginated lists: the cursor carries the last key read. */
final class Keys {

    /** Below every id as PostgreSQL orders uuids (unsigned, byte by byte). */
    static final UUID FIRST = new UUID(0L, 0L);

    private Keys() {}

    /** The id after which a list ordered by id continues; the smallest id before the first page. */
    static UUID afterId(PageRequest request) {
        return request.after().map(Keys::uuid).orElse(FIRST);
    }

    /** Both parts of a "text|id" position of a list ordered by (text, id). */
    static String[] afterPair(PageRequest request) {
        String position = request.after().orElse("|" + FIRST);
        int bar = position.lastIndexOf('|');
        if (bar < 0) {
            throw badCursor();
        }
        uuid(position.substring(bar + 1));
        return new String[] {position.substring(0, bar), position.substring(bar + 1)};
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    private static RequestProblemException badCursor() {
        return new RequestProblemException(
                400,
                "validation",
                "Invalid query parameter 'cursor'.",
                List.of(Problem.FieldError.parameter(
                        "cursor", "not a cursor of this list; use the next link of the previous page")));
    }
}

package vn.customs.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/**
 * Optimistic concurrency over HTTP: reads carry an {@code ETag} made from the entity's {@code @Version}; updates
 * and transitions must send it back in {@code If-Match}. Missing: 428. Stale: 412, nothing changed.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    private Preconditions() {}

    /** The strong entity tag of a version: {@code "7"}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version. Accepts {@code "7"}, {@code W/"7"} and (for shell users)
     * a bare {@code 7}, or a list of them; {@code *} matches any existing version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RequestProblemException(
                    428,
                    "precondition-required",
                    "Send If-Match with the ETag of your last read (GET returns it), so that you never overwrite"
                            + " a change you have not seen.",
                    java.util.List.of(Problem.FieldError.parameter(IF_MATCH, "required")));
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || normalise(tag).equals(Long.toString(currentVersion)));
        if (!matches) {
            throw new RequestProblemException(
                    412,
                    "precondition-failed",
                    "The object changed since you read it (now at version " + currentVersion + "); read it again.",
                    java.util.List.of(Problem.FieldError.parameter(
                            IF_MATCH, "stale: current ETag is \"" + currentVersion + "\"")));
        }
    }

    private static String normalise(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}

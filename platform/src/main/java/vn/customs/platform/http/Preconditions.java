package vn.customs.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.customs.platform.domain.ExpectedVersion;

/**
 * Optimistic concurrency over HTTP: reads carry an {@code ETag} made from the entity's {@code @Version}; updates
 * and transitions must send it back in {@code If-Match}. Missing: 428. Stale: 412, nothing changed.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    /** An entity tag (RFC 9110 8.8.3): optionally weak, then quoted visible characters other than a quote. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"");

    private Preconditions() {}

    /** The strong entity tag of a version: {@code "7"}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version, by the strong comparison RFC 9110 (13.1.1) requires: a
     * quoted tag ({@code "7"}) or a list of them matches when one equals the current ETag, and {@code *} matches any
     * existing version. A weak tag ({@code W/"7"}) never matches (412); a value that is not an entity tag at all
     * (unquoted {@code 7}) is refused as malformed (400), so that a script's mistake is not taken for a match.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        expectedVersion(ifMatch).requireMatches(currentVersion);
    }

    /**
     * Parses {@code If-Match} at the edge into the version the caller expects, for the use case to check: missing is
     * 428, a value that is no entity tag is 400. Weak tags and tags that are no version number are kept out, so they
     * never match (412 when the use case checks).
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RequestProblemException(
                    428,
                    "precondition-required",
                    "Send If-Match with the ETag of your last read (GET returns it), so that you never overwrite"
                            + " a change you have not seen.",
                    List.of(Problem.FieldError.parameter(IF_MATCH, "required")));
        }
        Set<Long> versions = new HashSet<>();
        boolean any = false;
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (!trimmed.equals("*") && !ENTITY_TAG.matcher(trimmed).matches()) {
                throw new RequestProblemException(
                        400,
                        "validation",
                        "If-Match holds entity tags as the ETag header gives them, quotes included (\"7\"), or *.",
                        List.of(Problem.FieldError.parameter(IF_MATCH, "not an entity tag: " + trimmed)));
            }
            any |= trimmed.equals("*");
            version(trimmed).ifPresent(versions::add);
        }
        return new ExpectedVersion(versions, any);
    }

    /** The version of a strong tag such as {@code "7"}; nothing for a weak tag or one that holds no number. */
    private static Optional<Long> version(String tag) {
        if (!tag.startsWith("\"") || !tag.substring(1, tag.length() - 1).matches("0|[1-9]\\d{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
    }
}

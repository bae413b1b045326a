package vn.customs.platform.domain;

import java.util.Set;

/**
 * The version a caller last saw of an object, sent back so that a change never overwrites one he has not seen
 * (optimistic concurrency). The edge parses it from {@code If-Match}; the use case checks it against the loaded
 * aggregate's version, inside the transaction that changes it.
 *
 * @param versions the versions any of which may be current
 * @param anyVersion {@code If-Match: *}: any existing version
 */
public record ExpectedVersion(Set<Long> versions, boolean anyVersion) {

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    /** Exactly this version. */
    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(Set.of(version), false);
    }

    /** Refuses (412 at the edge) when the object is no longer at a version the caller saw. */
    public void requireMatches(long currentVersion) {
        if (!anyVersion && !versions.contains(currentVersion)) {
            throw new StaleVersionException(currentVersion);
        }
    }
}

package vn.customs.platform.domain;

/** The object changed since the caller read it (HTTP 412); nothing was changed. */
public class StaleVersionException extends DomainException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super(
                "precondition-failed",
                "The object changed since you read it (now at version " + currentVersion + "), or the tag sent"
                        + " is weak (W/), which If-Match never accepts; read it again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

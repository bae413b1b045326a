package vn.customs.platform.domain;

import java.util.Objects;
import java.util.UUID;

/** An officer as staffing identifies him (a UUID); tokens carry it in the {@code officer_id} claim. */
public record OfficerId(UUID value) {

    public OfficerId {
        Objects.requireNonNull(value, "officer id");
    }

    /** Parses an officer id; a malformed one is a rule violation, not a crash. */
    public static OfficerId of(String value) {
        try {
            return new OfficerId(UUID.fromString(Objects.requireNonNull(value)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolationException("invalid-officer-id", "An officer id is a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

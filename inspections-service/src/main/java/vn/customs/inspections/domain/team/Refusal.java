package vn.customs.inspections.domain.team;

import java.util.Objects;

/**
 * Why an officer may not sit on the team of an inspection of a unit: a {@link RefusalCode} and a reason a user can read,
 * naming units and periods.
 */
public record Refusal(RefusalCode code, String reason) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}

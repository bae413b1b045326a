package vn.customs.declarations.domain.officer;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What this service knows of an officer on a day, from staffing's events: the gate he is posted at (if any), whether
 * a discipline case suspends him, and the enterprises he declared an interest in.
 */
public record OfficerStanding(
        UUID officerId, Optional<String> gateCode, boolean suspended, Set<String> conflictTaxIds) {

    /** Why the officer may not act on a declaration of {@code gate} lodged by or for these enterprises, if he may not. */
    public Optional<Refusal> refusalFor(String gate, Set<String> enterpriseTaxIds) {
        if (gateCode.isEmpty() || !gateCode.get().equals(gate)) {
            return Optional.of(new Refusal(
                    "not-posted-at-gate",
                    "Officer " + officerId + " is not posted at " + gate + " today"
                            + gateCode.map(g -> " (posted at " + g + ")").orElse("") + "."));
        }
        if (suspended) {
            return Optional.of(new Refusal("officer-suspended", "Officer " + officerId + " is suspended."));
        }
        if (enterpriseTaxIds.stream().anyMatch(conflictTaxIds::contains)) {
            return Optional.of(new Refusal(
                    "conflict-of-interest",
                    "Officer " + officerId + " declared an interest in an enterprise of this declaration."));
        }
        return Optional.empty();
    }

    /** The same standing with the posting's unit resolved to the gate the officer acts at. */
    public OfficerStanding atGate(Optional<String> gate) {
        return new OfficerStanding(officerId, gate, suspended, conflictTaxIds);
    }

    /** A refusal with a problem type code and its explanation. */
    public record Refusal(String code, String detail) {}
}

package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.officer.OfficerRoster;
import vn.customs.declarations.domain.officer.OfficerStanding;
import vn.customs.declarations.domain.unit.UnitDirectory;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * Who the calling officer is and whether he may act on a declaration today: posted at its gate or a team or post
 * under it (from staffing's postings and units, never from the token), not suspended, without a declared interest in its enterprises.
 */
@ApplicationScoped
public class OfficerAccess {

    private final Caller caller;
    private final OfficerRoster roster;
    private final Today today;
    private final UnitDirectory units;

    OfficerAccess(Caller caller, OfficerRoster roster, Today today, UnitDirectory units) {
        this.caller = caller;
        this.roster = roster;
        this.today = today;
        this.units = units;
    }

    /** The caller's officer id, from the token's {@code officer_id} claim. */
    public UUID officerId() {
        return caller.officerUuid()
                .orElseThrow(() -> new AccessRefusedException(
                        "no-officer-id", "The token names no officer (claim officer_id with the officer's id)."));
    }

    /** Refuses (403, naming why) an officer who may not act on this declaration today. */
    public OfficerId requireMayAct(Declaration declaration) {
        UUID officer = officerId();
        standing(officer)
                .refusalFor(declaration.gateCode().value(), Enterprises.of(declaration))
                .ifPresent(refusal -> {
                    throw new AccessRefusedException(refusal.code(), refusal.detail());
                });
        return new OfficerId(officer);
    }

    /** The gate the calling officer is posted at today, if any (an officer posted nowhere sees no declarations). */
    public Optional<String> gate() {
        return caller.officerUuid().flatMap(id -> standing(id).gateCode());
    }

    /**
     * The officer's standing today, at the gate his posting belongs to: posted to a team or post under a gate, he
     * acts at that gate.
     */
    private OfficerStanding standing(UUID officer) {
        OfficerStanding standing = roster.standing(officer, today.date());
        return standing.atGate(standing.gateCode().flatMap(units::gateOf));
    }

    /**
     * The gates the caller may read figures and queues of: {@code requested} when he may (empty: every gate he
     * may), refused with {@code not-your-gate} (403) otherwise. A dashboard or auditor reads any gate (an empty set
     * with no request means all); a unit head the gates he heads today; an officer the gate he is posted at.
     */
    public Optional<Set<String>> readableGates(Optional<String> requested) {
        if (caller.hasRole(Roles.DASHBOARD) || caller.hasRole(Roles.AUDITOR)) {
            return requested.map(Set::of);
        }
        Set<String> mine = new HashSet<>();
        if (caller.hasRole(Roles.UNIT_HEAD)) {
            mine.addAll(headedGates());
        }
        if (caller.hasRole(Roles.OFFICER)) {
            gate().ifPresent(mine::add);
        }
        if (requested.isPresent() && !mine.contains(requested.get())) {
            throw new AccessRefusedException(
                    "not-your-gate",
                    "You may read only the gates you head or are posted at ("
                            + (mine.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(mine))) + "), not "
                            + requested.get() + ".");
        }
        return Optional.of(requested.map(Set::of).orElse(mine));
    }

    /** The gates the calling unit head heads today: the units he heads that are gates. */
    public Set<String> headedGates() {
        return headedUnits().stream()
                .filter(unit -> units.gateOf(unit).map(unit::equals).orElse(false))
                .collect(Collectors.toSet());
    }

    /** The units the calling unit head heads today (from staffing's UnitHeadChanged events). */
    public Set<String> headedUnits() {
        return caller.officerUuid()
                .map(id -> roster.headedUnits(id, today.date()))
                .orElse(Set.of());
    }
}

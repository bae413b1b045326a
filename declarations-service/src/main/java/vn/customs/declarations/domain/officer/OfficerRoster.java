package vn.customs.declarations.domain.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The officers this service knows from staffing's events. */
public interface OfficerRoster {

    OfficerStanding standing(UUID officerId, LocalDate day);

    /**
     * The officer posted at {@code gate} on {@code day}, not suspended, with no interest in these enterprises, who
     * holds the fewest open declarations; empty when nobody is. The officer is reserved until the caller's
     * transaction ends, and an officer another submit is assigning at this moment is passed over for the next least
     * loaded (waited for only when every officer at the gate is being assigned), so submits at one gate do not queue
     * behind each other.
     */
    Optional<UUID> leastLoaded(String gate, LocalDate day, Set<String> enterpriseTaxIds);

    List<UUID> postedAt(String gate, LocalDate day);

    /** One more open declaration assigned to the officer (his workload, which assignment balances). */
    void assigned(UUID officerId);

    /** One of the officer's declarations was finished (cleared, cancelled, expired). */
    void released(UUID officerId);

    /** The units whose head the officer is on {@code day}. */
    Set<String> headedUnits(UUID officerId, LocalDate day);
}

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
     * holds the fewest open declarations; empty when nobody is.
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

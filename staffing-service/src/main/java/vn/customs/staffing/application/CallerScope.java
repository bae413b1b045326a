package vn.customs.staffing.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * Which units the caller may read. Personnel, auditors and dashboards see the whole department; a unit head sees
 * the unit whose head post he holds today and its teams, found from the postings, never from the token; another
 * unit's objects answer 404 as if they did not exist.
 */
@RequestScoped
public class CallerScope {

    private final Caller caller;
    private final EntityManager entityManager;
    private final Today today;
    private Optional<Set<String>> units;

    CallerScope(Caller caller, EntityManager entityManager, Today today) {
        this.caller = caller;
        this.entityManager = entityManager;
        this.today = today;
    }

    /** The unit codes the caller may read; empty when he may read all. */
    public Optional<Set<String>> visibleUnits() {
        if (units == null) {
            units = caller.hasRole(Roles.PERSONNEL) || caller.hasRole(Roles.AUDITOR) || caller.hasRole(Roles.DASHBOARD)
                    ? Optional.empty()
                    : Optional.of(headedUnits());
        }
        return units;
    }

    public boolean sees(String unitCode) {
        return visibleUnits().map(codes -> codes.contains(unitCode)).orElse(true);
    }

    /** Whether the caller may read something of any of these units. */
    public boolean seesAny(Collection<String> unitCodes) {
        return visibleUnits().isEmpty() || unitCodes.stream().anyMatch(this::sees);
    }

    /** Refuses an object of a unit the caller may not read, as if it did not exist. */
    public void require(Collection<String> unitCodes, String objectType, Object id) {
        if (visibleUnits().isPresent() && unitCodes.stream().noneMatch(this::sees)) {
            throw new UnknownObjectException(objectType, id);
        }
    }

    /**
     * The units a figure is asked for: {@code unitCode} and the units under it, or (null) every unit the caller may
     * read (empty: all). A unit he may not read, or that does not exist, is 404.
     */
    public Optional<Set<String>> unitsWithin(String unitCode) {
        if (unitCode == null) {
            return visibleUnits();
        }
        @SuppressWarnings("unchecked")
        List<String> codes = entityManager
                .createNativeQuery("WITH RECURSIVE tree AS (SELECT u.id, u.code FROM units u WHERE u.code = ?1"
                        + " UNION SELECT c.id, c.code FROM units c JOIN tree t ON c.parent_id = t.id)"
                        + " SELECT code FROM tree")
                .setParameter(1, unitCode)
                .getResultList();
        if (codes.isEmpty() || !sees(unitCode)) {
            throw new UnknownObjectException("unit", unitCode);
        }
        return Optional.of(new HashSet<>(codes));
    }

    private Set<String> headedUnits() {
        Optional<UUID> officerId = caller.officerUuid();
        if (officerId.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> codes = entityManager
                .createNativeQuery("WITH RECURSIVE headed AS ("
                        + " SELECT u.id, u.code FROM postings p JOIN posts po ON po.id = p.post_id"
                        + " JOIN units u ON u.id = po.unit_id"
                        + " WHERE p.officer_id = ?1 AND po.head_of_unit AND p.valid_from <= ?2"
                        + " AND (p.valid_to IS NULL OR p.valid_to >= ?2)"
                        + " UNION SELECT c.id, c.code FROM units c JOIN headed h ON c.parent_id = h.id)"
                        + " SELECT code FROM headed")
                .setParameter(1, officerId.get())
                .setParameter(2, today.date())
                .getResultList();
        return new HashSet<>(codes);
    }
}

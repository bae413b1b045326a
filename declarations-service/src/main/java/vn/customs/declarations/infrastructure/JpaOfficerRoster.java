package vn.customs.declarations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.declarations.domain.officer.OfficerRoster;
import vn.customs.declarations.domain.officer.OfficerStanding;

/** The officer read model (tables {@code officer_postings}, {@code officer_records}, {@code officer_suspensions}). */
@ApplicationScoped
public class JpaOfficerRoster implements OfficerRoster {

    private static final String POSTED_ON = "p.valid_from <= ?2 AND (p.valid_to IS NULL OR p.valid_to >= ?2)";

    /** The gate ?1 and the teams and posts under it (not a gate under it, if one ever were). */
    private static final String AT_GATE =
            "p.unit_code IN (WITH RECURSIVE under(unit_code) AS (SELECT CAST(?1 AS varchar)"
                    + " UNION SELECT u.unit_code FROM units u JOIN under ON u.parent_code = under.unit_code"
                    + " WHERE u.kind <> 'SUB_DEPARTMENT') SELECT unit_code FROM under)";

    private final EntityManager entityManager;

    JpaOfficerRoster(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public OfficerStanding standing(UUID officerId, LocalDate day) {
        List<String> gates = entityManager
                .createNativeQuery("SELECT p.unit_code FROM officer_postings p WHERE p.officer_id = ?1 AND " + POSTED_ON
                        + " ORDER BY p.valid_from DESC")
                .setParameter(1, officerId)
                .setParameter(2, day)
                .getResultList();
        boolean suspended = !entityManager
                .createNativeQuery("SELECT 1 FROM officer_suspensions WHERE officer_id = ?1")
                .setParameter(1, officerId)
                .getResultList()
                .isEmpty();
        return new OfficerStanding(officerId, gates.stream().findFirst(), suspended, conflicts(officerId));
    }

    @Override
    public Optional<UUID> leastLoaded(String gate, LocalDate day, Set<String> enterpriseTaxIds) {
        // SKIP LOCKED first: a concurrent submit holding the least-loaded officer's posting row would otherwise
        // make every submit at the gate wait for its commit
        return leastLoaded(gate, day, enterpriseTaxIds, " SKIP LOCKED")
                .or(() -> leastLoaded(gate, day, enterpriseTaxIds, ""));
    }

    @SuppressWarnings("unchecked")
    private Optional<UUID> leastLoaded(String gate, LocalDate day, Set<String> enterpriseTaxIds, String lockWait) {
        // the workload counter, not a count of open declarations: the cost stays that of the gate's officers
        List<UUID> officer = entityManager
                .createNativeQuery("SELECT p.officer_id FROM officer_postings p"
                        + " LEFT JOIN officer_workload w ON w.officer_id = p.officer_id"
                        + " WHERE " + AT_GATE + " AND " + POSTED_ON
                        + " AND NOT EXISTS (SELECT 1 FROM officer_suspensions s WHERE s.officer_id = p.officer_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM officer_records r WHERE r.officer_id = p.officer_id"
                        + " AND string_to_array(r.conflict_tax_ids, ',') && string_to_array(?3, ','))"
                        + " ORDER BY COALESCE(w.open_declarations, 0), p.officer_id LIMIT 1 FOR UPDATE OF p"
                        + lockWait)
                .setParameter(1, gate)
                .setParameter(2, day)
                .setParameter(3, String.join(",", enterpriseTaxIds))
                .getResultList();
        return officer.stream().findFirst();
    }

    @Override
    public void assigned(UUID officerId) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO officer_workload (officer_id, open_declarations) VALUES (?1, 1)"
                                + " ON CONFLICT (officer_id) DO UPDATE SET open_declarations = officer_workload.open_declarations + 1")
                .setParameter(1, officerId)
                .executeUpdate();
    }

    @Override
    public void released(UUID officerId) {
        entityManager
                .createNativeQuery("UPDATE officer_workload SET open_declarations = GREATEST(open_declarations - 1, 0)"
                        + " WHERE officer_id = ?1")
                .setParameter(1, officerId)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> postedAt(String gate, LocalDate day) {
        return entityManager
                .createNativeQuery(
                        "SELECT DISTINCT p.officer_id FROM officer_postings p WHERE " + AT_GATE + " AND " + POSTED_ON)
                .setParameter(1, gate)
                .setParameter(2, day)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> headedUnits(UUID officerId, LocalDate day) {
        List<String> units = entityManager
                .createNativeQuery(
                        "SELECT h.unit_code FROM unit_heads h WHERE h.head_officer_id = ?1 AND h.valid_from <= ?2"
                                + " AND NOT EXISTS (SELECT 1 FROM unit_heads later WHERE later.unit_code = h.unit_code"
                                + " AND later.valid_from > h.valid_from AND later.valid_from <= ?2)")
                .setParameter(1, officerId)
                .setParameter(2, day)
                .getResultList();
        return Set.copyOf(units);
    }

    @SuppressWarnings("unchecked")
    private Set<String> conflicts(UUID officerId) {
        List<String> rows = entityManager
                .createNativeQuery("SELECT conflict_tax_ids FROM officer_records WHERE officer_id = ?1")
                .setParameter(1, officerId)
                .getResultList();
        return rows.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .filter(taxId -> !taxId.isBlank())
                .collect(Collectors.toSet());
    }
}

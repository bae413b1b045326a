package vn.customs.inspections.infrastructure.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.draw.DrawnInspections;
import vn.customs.platform.domain.UnitCode;

/** The inspections on a draw's basis, read from the {@code inspections} table. */
@ApplicationScoped
public class JpaDrawnInspections implements DrawnInspections {

    /** IN_PROGRESS and every state after it. */
    static final Set<String> STARTED = Set.of("IN_PROGRESS", "FIELDWORK_ENDED", "CONCLUDED", "FOLLOW_UP", "CLOSED");

    private final EntityManager entityManager;

    JpaDrawnInspections(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<UnitCode> startedFor(UUID drawId) {
        @SuppressWarnings("unchecked")
        java.util.List<String> units = entityManager
                .createNativeQuery("SELECT DISTINCT unit_code FROM inspections WHERE basis = 'RISK_DRAW'"
                        + " AND basis_reference = ?1 AND status IN (?2)")
                .setParameter(1, drawId.toString())
                .setParameter(2, STARTED)
                .getResultList();
        return units.stream().map(UnitCode::new).collect(Collectors.toSet());
    }
}

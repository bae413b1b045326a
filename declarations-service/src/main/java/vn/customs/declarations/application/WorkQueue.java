package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationStatus;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.paging.PageRequest;

/**
 * The open declarations waiting at the caller's gates, oldest first: an officer's gate (posted there, or to a team or
 * post under it), a unit head's gates (the ones he heads today). Asking for another gate is refused (403
 * {@code not-your-gate}).
 */
@ApplicationScoped
public class WorkQueue {

    private static final List<DeclarationStatus> CLOSED = List.of(
            DeclarationStatus.CLEARED,
            DeclarationStatus.CANCELLED,
            DeclarationStatus.EXPIRED,
            DeclarationStatus.REJECTED);

    private final EntityManager entityManager;
    private final OfficerAccess access;

    WorkQueue(EntityManager entityManager, OfficerAccess access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** A page of the queue of {@code gate}, or of all the caller's gates. */
    public List<Declaration> of(Optional<String> gate, PageRequest page) {
        Set<String> gates = access.readableGates(gate).orElse(Set.of());
        if (gates.isEmpty()) {
            return List.of(); // posted nowhere, heading nothing: nothing waits for him
        }
        Optional<PageRequest.Position<Instant>> after = page.afterPosition(Instant::parse);
        TypedQuery<Declaration> query = entityManager.createQuery(
                "SELECT d FROM Declaration d WHERE d.gateCode IN :gates AND d.status NOT IN :closed"
                        + after.map(
                                        position ->
                                                " AND (d.submittedAt > :afterAt OR (d.submittedAt = :afterAt AND d.id > :afterId))")
                                .orElse("")
                        + " ORDER BY d.submittedAt, d.id",
                Declaration.class);
        query.setParameter("gates", unitCodes(gates)).setParameter("closed", CLOSED);
        after.ifPresent(
                position -> query.setParameter("afterAt", position.key()).setParameter("afterId", position.id()));
        return query.setMaxResults(page.limit() + 1).getResultList();
    }

    /** The gates as the converted attribute holds them; a malformed code names no gate. */
    private static List<UnitCode> unitCodes(Set<String> gates) {
        return gates.stream().filter(UnitCode::valid).map(UnitCode::new).toList();
    }
}

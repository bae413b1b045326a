package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.staffing.domain.discipline.CaseStatus;
import vn.customs.staffing.domain.discipline.DisciplineCase;

/**
 * Discipline cases the caller may read (a unit head: his units' cases). Reads run without a transaction of their own,
 * in the request's persistence context, so that the views a resource builds may load the entities' lazy parts.
 */
@ApplicationScoped
public class DisciplineCaseQueries {

    private final EntityManager entityManager;
    private final CallerScope scope;

    DisciplineCaseQueries(EntityManager entityManager, CallerScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    /** Discipline cases; a unit head sees those of his units (the officer's unit when the case opened). */
    public List<DisciplineCase> cases(UUID officerId, CaseStatus status, PageRequest page) {
        Query query = new Query("SELECT c FROM DisciplineCase c")
                .where("c.id > :after", "after", page.afterId())
                .whereGiven("c.officerId = :officer", "officer", officerId == null ? null : new OfficerId(officerId))
                .whereGiven("c.status = :status", "status", status);
        scope.visibleUnits()
                .ifPresent(codes -> query.where(
                        "c.unitCode IN :visible",
                        "visible",
                        codes.stream().map(UnitCode::new).toList()));
        return query.build(entityManager, "c.id", DisciplineCase.class)
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    /** The case, if the caller may see it; another unit's case is 404. */
    public DisciplineCase disciplineCase(UUID id) {
        DisciplineCase found = Optional.ofNullable(entityManager.find(DisciplineCase.class, id))
                .orElseThrow(() -> new UnknownObjectException("discipline case", id));
        scope.require(found.unitCode() == null ? Set.of() : Set.of(found.unitCode()), "discipline case", id);
        return found;
    }
}

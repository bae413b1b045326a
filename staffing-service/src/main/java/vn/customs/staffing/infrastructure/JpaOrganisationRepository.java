package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.domain.UnitCode;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.Unit;

/** Units and posts in PostgreSQL. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    private final EntityManager entityManager;

    JpaOrganisationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Unit> unit(UUID id) {
        return Optional.ofNullable(entityManager.find(Unit.class, id));
    }

    @Override
    public Optional<Unit> unitByCode(UnitCode code) {
        return entityManager
                .createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Unit> unitsNotAnnouncedForUpdate() {
        // created_at orders parents first: a parent must exist (and so was created earlier) when a child is created
        return entityManager
                .createQuery("SELECT u FROM Unit u WHERE u.announced = false ORDER BY u.createdAt, u.id", Unit.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void add(Unit unit) {
        entityManager.persist(unit);
    }

    @Override
    public Optional<Post> post(UUID id) {
        return Optional.ofNullable(entityManager.find(Post.class, id));
    }

    @Override
    public Optional<Post> postForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Post post) {
        entityManager.persist(post);
    }

    @Override
    public long officersOnOrAfter(UUID postId, LocalDate day) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(p) FROM Posting p WHERE p.postId = :post AND (p.validTo IS NULL OR p.validTo >= :day)",
                        Long.class)
                .setParameter("post", postId)
                .setParameter("day", day)
                .getSingleResult();
    }

    @Override
    public boolean staffedOnOrAfter(String unitCode, LocalDate day) {
        return entityManager
                        .createQuery(
                                "SELECT COUNT(p) FROM Posting p WHERE p.unitCode = :unit"
                                        + " AND (p.validTo IS NULL OR p.validTo >= :day)",
                                Long.class)
                        .setParameter("unit", new UnitCode(unitCode))
                        .setParameter("day", day)
                        .getSingleResult()
                > 0;
    }

    @Override
    public boolean hasOpenChildren(UUID unitId) {
        return entityManager
                        .createQuery(
                                "SELECT COUNT(u) FROM Unit u WHERE u.parentId = :unit AND u.closedOn IS NULL",
                                Long.class)
                        .setParameter("unit", unitId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Unit> units() {
        return entityManager
                .createQuery("SELECT u FROM Unit u ORDER BY u.code", Unit.class)
                .getResultList();
    }

    @Override
    public List<Post> posts() {
        return entityManager
                .createQuery("SELECT p FROM Post p ORDER BY p.id", Post.class)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}

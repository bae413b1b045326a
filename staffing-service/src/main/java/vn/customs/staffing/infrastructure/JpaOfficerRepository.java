package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;

/** Officers in PostgreSQL. */
@ApplicationScoped
public class JpaOfficerRepository implements OfficerRepository {

    private final EntityManager entityManager;

    JpaOfficerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Officer> officer(UUID id) {
        return Optional.ofNullable(entityManager.find(Officer.class, id));
    }

    @Override
    public Optional<Officer> officerForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Officer.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean serviceNumberTaken(String serviceNumber) {
        return !entityManager
                .createQuery("SELECT o.id FROM Officer o WHERE o.serviceNumber = :number", UUID.class)
                .setParameter("number", serviceNumber)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Officer officer) {
        entityManager.persist(officer);
    }

    @Override
    public List<Officer> all() {
        return entityManager
                .createQuery("SELECT o FROM Officer o ORDER BY o.id", Officer.class)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}

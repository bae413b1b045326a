package vn.customs.declarations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;

/** Declarations in PostgreSQL. */
@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

    private final EntityManager entityManager;

    JpaDeclarationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Declaration> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Declaration.class, id));
    }

    @Override
    public Optional<Declaration> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Declaration.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Declaration> byLrn(String declarantTaxId, String lrn) {
        return entityManager
                .createQuery(
                        "SELECT d FROM Declaration d WHERE d.declarant.taxId = :taxId AND d.lrn = :lrn",
                        Declaration.class)
                .setParameter("taxId", declarantTaxId)
                .setParameter("lrn", lrn)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean hasDeclared(String declarantTaxId) {
        return !entityManager
                .createQuery("SELECT d.id FROM Declaration d WHERE d.declarant.taxId = :taxId", UUID.class)
                .setParameter("taxId", declarantTaxId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public String nextNumber() {
        long next = ((Number) entityManager
                        .createNativeQuery("SELECT nextval('declaration_numbers')")
                        .getSingleResult())
                .longValue();
        return "10" + String.format("%010d", next);
    }

    @Override
    public void add(Declaration declaration) {
        entityManager.persist(declaration);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}

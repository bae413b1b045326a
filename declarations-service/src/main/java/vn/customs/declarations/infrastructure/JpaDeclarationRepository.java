package vn.customs.declarations.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.declaration.Lodgement;

/** Declarations in PostgreSQL. */
@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

    private final EntityManager entityManager;

    private final ObjectMapper json;

    JpaDeclarationRepository(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Override
    public void keepVersion(UUID declarationId, int version, Lodgement content, String replacedBy, Instant at) {
        try {
            entityManager
                    .createNativeQuery(
                            "INSERT INTO declaration_versions (declaration_id, version, replaced_at, replaced_by,"
                                    + " content) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb))")
                    .setParameter(1, declarationId)
                    .setParameter(2, version)
                    .setParameter(3, java.sql.Timestamp.from(at))
                    .setParameter(4, replacedBy)
                    .setParameter(5, json.writeValueAsString(content))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the declaration's version", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> version(UUID declarationId, int version) {
        return entityManager
                .createNativeQuery("SELECT CAST(content AS text) FROM declaration_versions WHERE declaration_id = ?1"
                        + " AND version = ?2")
                .setParameter(1, declarationId)
                .setParameter(2, version)
                .getResultStream()
                .findFirst();
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

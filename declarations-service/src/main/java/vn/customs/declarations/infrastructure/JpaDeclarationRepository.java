package vn.customs.declarations.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
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
    public DeclarantRecord declarantRecord(String declarantTaxId, String lrn) {
        // a rejected declaration does not hold its LRN (V22): the corrected one is lodged under it again.
        // ORDER BY like the (declarant, submitted_at) index: without it, PostgreSQL reads a declarant with many
        // declarations by a sequential scan that stops at his first row, which may lie at the end of the table
        Object[] row = (Object[]) entityManager
                .createNativeQuery(
                        "SELECT (SELECT id FROM declarations WHERE declarant_tax_id = ?1 AND lrn = ?2"
                                + " AND status <> 'REJECTED'),"
                                + " EXISTS (SELECT 1 FROM declarations WHERE declarant_tax_id = ?1 ORDER BY submitted_at LIMIT 1)")
                .setParameter(1, declarantTaxId)
                .setParameter(2, lrn)
                .getSingleResult();
        return new DeclarantRecord(Optional.ofNullable((UUID) row[0]), (Boolean) row[1]);
    }

    @Override
    public String nextNumber() {
        // Plain JDBC, as the outbox does: a Hibernate native query would first flush the session, dirty-checking
        // every declaration in it. Loading demo data in batches of 1,000 spent 72% of its time there.
        long next = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT nextval('declaration_numbers')");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
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

package vn.customs.declarations.domain.declaration;

import java.util.Optional;
import java.util.UUID;

/** Declarations. */
public interface DeclarationRepository {

    Optional<Declaration> find(UUID id);

    /** The declaration, locked until the transaction ends. */
    Optional<Declaration> findForUpdate(UUID id);

    /** What a new lodgement needs to know of its declarant: who holds the LRN already, and whether he declared. */
    record DeclarantRecord(Optional<UUID> lrnHeldBy, boolean declaredBefore) {}

    /** Both answers in one look-up: each lodgement asks them, before anything else. */
    DeclarantRecord declarantRecord(String declarantTaxId, String lrn);

    /** The next registration number: "10" and ten digits. */
    String nextNumber();

    void add(Declaration declaration);

    /** Keeps the content an amendment replaced, readable as {@code version} (1 = as first lodged). */
    void keepVersion(UUID declarationId, int version, Lodgement content, String replacedBy, java.time.Instant at);

    /** The kept content of a version, as JSON. */
    Optional<String> version(UUID declarationId, int version);

    void flush();
}

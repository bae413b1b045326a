package vn.customs.declarations.domain.declaration;

import java.util.Optional;
import java.util.UUID;

/** Declarations. */
public interface DeclarationRepository {

    Optional<Declaration> find(UUID id);

    /** The declaration, locked until the transaction ends. */
    Optional<Declaration> findForUpdate(UUID id);

    Optional<Declaration> byLrn(String declarantTaxId, String lrn);

    boolean hasDeclared(String declarantTaxId);

    /** The next registration number: "10" and ten digits. */
    String nextNumber();

    void add(Declaration declaration);

    /** Keeps the content an amendment replaced, readable as {@code version} (1 = as first lodged). */
    void keepVersion(UUID declarationId, int version, Lodgement content, String replacedBy, java.time.Instant at);

    /** The kept content of a version, as JSON. */
    Optional<String> version(UUID declarationId, int version);

    void flush();
}

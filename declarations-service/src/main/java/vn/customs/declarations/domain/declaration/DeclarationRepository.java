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

    void flush();
}

package vn.customs.hotline.domain.protection;

import java.util.UUID;

/**
 * Seals reporters' identities for storage and opens them again (envelope encryption: a data key per report, wrapped by
 * a key-encryption key held outside the database).
 */
public interface IdentityVault {

    /**
     * The identity encrypted for the report with this id. The report id is authenticated with it, so that a ciphertext
     * moved to another report's row does not open.
     */
    SealedIdentity seal(UUID reportId, ReporterIdentity identity);

    /**
     * The identity sealed for this report.
     *
     * @throws IllegalStateException when it does not open: another report's ciphertext, altered bytes, or a
     *     key-encryption key this service does not hold (the message names the report and the key, never the identity)
     */
    ReporterIdentity open(UUID reportId, SealedIdentity sealed);
}

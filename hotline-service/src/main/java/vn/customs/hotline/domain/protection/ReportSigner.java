package vn.customs.hotline.domain.protection;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Signs proofs of report with the service's key and checks them against its current and retired keys. */
public interface ReportSigner {

    /** A proof that the report with this id and content hash was received at that time. */
    ProofOfReport sign(UUID reportId, Instant receivedAt, String contentHash);

    /**
     * Whether the proof is one this service signed: false for a changed field, a wrong or unknown key id, a malformed
     * signature. Never throws for bad input.
     */
    boolean verify(ProofOfReport proof);

    /** The verification keys by id (current and retired), as X.509 SubjectPublicKeyInfo PEM strings. */
    Map<String, String> publicKeys();
}

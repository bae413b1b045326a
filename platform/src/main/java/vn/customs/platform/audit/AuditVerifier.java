package vn.customs.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Recomputes every seal from the stored fields: an edited entry, a deleted one or a re-ordered one shows. */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 5000;

    private final EntityManager entityManager;

    AuditVerifier(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public AuditVerification verify() {
        long expectedPosition = 1;
        String previous = AuditEntry.GENESIS;
        long sealed = 0;
        while (true) {
            List<AuditEntry> page = sealedFrom(expectedPosition);
            for (AuditEntry entry : page) {
                if (entry == null || entry.chainPosition() != expectedPosition) {
                    return broken(sealed, expectedPosition, "entry at position " + expectedPosition + " is missing");
                }
                if (!previous.equals(entry.previousHash())) {
                    return broken(sealed, expectedPosition, "entry does not follow the one before it");
                }
                if (!AuditEntry.seal(previous, expectedPosition, entry).equals(entry.hash())) {
                    return broken(sealed, expectedPosition, "entry was changed after it was sealed");
                }
                previous = entry.hash();
                expectedPosition++;
                sealed++;
            }
            if (page.size() < PAGE) {
                return new AuditVerification(true, sealed, unsealed(), null, null);
            }
        }
    }

    private List<AuditEntry> sealedFrom(long position) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT " + AuditEntry.COLUMNS
                        + " FROM platform_audit_seal LEFT JOIN platform_audit_entry USING (id)"
                        + " WHERE chain_position >= ?1 ORDER BY chain_position LIMIT " + PAGE)
                .setParameter(1, position)
                .getResultList();
        // a seal whose entry was deleted reads as null: the entry at that position is missing
        return rows.stream()
                .map(row -> row[1] == null ? null : AuditEntry.of(row))
                .toList();
    }

    private long unsealed() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM platform_audit_unsealed")
                        .getSingleResult())
                .longValue();
    }

    private AuditVerification broken(long sealed, long position, String problem) {
        return new AuditVerification(false, sealed, unsealed(), position, problem);
    }
}

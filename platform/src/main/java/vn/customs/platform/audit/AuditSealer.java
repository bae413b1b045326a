package vn.customs.platform.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Chains new audit entries, oldest first, every second. Sealing apart from recording keeps the chain's lock off
 * the request path; a transaction-scoped advisory lock makes one instance seal at a time, so positions and
 * hashes form one chain however many instances run.
 */
@ApplicationScoped
public class AuditSealer {

    /** "audit" in ASCII: the advisory lock every sealer of a database agrees on. */
    private static final long SEALER_LOCK = 0x6175646974L;

    private static final int BATCH = 1000;

    private final EntityManager entityManager;

    AuditSealer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Scheduled(every = "${customs.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealPeriodically() {
        seal();
    }

    /** Seals what is unsealed now; returns how many entries it sealed (0 when another instance holds the lock). */
    @Transactional
    public int seal() {
        Object locked = entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEALER_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> last = entityManager
                .createNativeQuery("SELECT chain_position, hash FROM platform_audit_entry"
                        + " WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1")
                .getResultList();
        long position = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
        String previous = last.isEmpty() ? AuditEntry.GENESIS : (String) last.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Object[]> unsealed = entityManager
                .createNativeQuery("SELECT " + AuditEntry.COLUMNS + " FROM platform_audit_entry"
                        + " WHERE chain_position IS NULL ORDER BY id LIMIT " + BATCH + " FOR UPDATE")
                .getResultList();
        for (Object[] row : unsealed) {
            AuditEntry entry = AuditEntry.of(row);
            position++;
            String hash = AuditEntry.seal(previous, position, entry);
            entityManager
                    .createNativeQuery("UPDATE platform_audit_entry SET chain_position = ?1, previous_hash = ?2,"
                            + " hash = ?3 WHERE id = ?4")
                    .setParameter(1, position)
                    .setParameter(2, previous)
                    .setParameter(3, hash)
                    .setParameter(4, entry.id())
                    .executeUpdate();
            previous = hash;
        }
        return unsealed.size();
    }
}

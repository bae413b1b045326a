package vn.customs.platform.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

/**
 * Chains new audit entries, oldest first, every second, each seal an HMAC under the current key ({@link AuditKeys}). Sealing apart from recording keeps the chain's lock off
 * the request path; a transaction-scoped advisory lock makes one instance seal at a time, so positions and
 * hashes form one chain however many instances run.
 */
@ApplicationScoped
public class AuditSealer {

    /** "audit" in ASCII: the advisory lock every sealer of a database agrees on. */
    private static final long SEALER_LOCK = 0x6175646974L;

    private static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final AuditKeys keys;

    AuditSealer(EntityManager entityManager, AuditKeys keys) {
        this.entityManager = entityManager;
        this.keys = keys;
    }

    /** Seals batch after batch while there is a backlog (after an upgrade that re-seals), for at most 5 s a run. */
    @Scheduled(
            every = "${customs.audit.seal-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sealPeriodically() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (seal() == BATCH && System.nanoTime() < deadline) {
            // a full batch: there may be more
        }
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
                .createNativeQuery(
                        "SELECT chain_position, hash FROM platform_audit_seal ORDER BY chain_position DESC LIMIT 1")
                .getResultList();
        long position = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
        String previous = last.isEmpty() ? AuditEntry.GENESIS : (String) last.get(0)[1];
        @SuppressWarnings("unchecked")
        List<Object[]> unsealed = entityManager
                .createNativeQuery("SELECT " + AuditEntry.COLUMNS + " FROM platform_audit_unsealed JOIN ("
                        // no FOR UPDATE: the advisory lock already makes this the only sealer
                        + AuditEntry.FROM + ") USING (id) ORDER BY id LIMIT " + BATCH)
                .getResultList();
        if (unsealed.isEmpty()) {
            return 0;
        }
        Long[] ids = new Long[unsealed.size()];
        Long[] positions = new Long[ids.length];
        String[] previousHashes = new String[ids.length];
        String[] hashes = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            AuditEntry entry = AuditEntry.of(unsealed.get(i));
            position++;
            ids[i] = entry.id();
            positions[i] = position;
            previousHashes[i] = previous;
            hashes[i] = keys.seal(AuditEntry.canonical(previous, position, entry));
            previous = hashes[i];
        }
        String keyId = keys.currentId();
        // one statement for the batch: it appends the seals and takes the entries off the queue; the entries
        // themselves are never updated (see V5__insert_only_outbox_and_audit.sql for why)
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement seal = connection.prepareStatement("WITH sealed AS (INSERT INTO platform_audit_seal"
                    + " (id, chain_position, previous_hash, hash, key_id) SELECT *, ? FROM unnest(?, ?, ?, ?)"
                    + " RETURNING id) DELETE FROM platform_audit_unsealed WHERE id IN (SELECT id FROM sealed)")) {
                seal.setString(1, keyId);
                seal.setArray(2, connection.createArrayOf("bigint", ids));
                seal.setArray(3, connection.createArrayOf("bigint", positions));
                seal.setArray(4, connection.createArrayOf("text", previousHashes));
                seal.setArray(5, connection.createArrayOf("text", hashes));
                seal.executeUpdate();
            }
        });
        return unsealed.size();
    }
}

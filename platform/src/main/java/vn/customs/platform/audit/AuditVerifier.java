package vn.customs.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Verifies the audit trail as a database owner could have tampered with it: recomputes every seal with the key it
 * names (an edited entry, or a seal recomputed without the key, shows), walks the positions (a deleted or re-ordered
 * entry shows), compares the chain with the last checkpoint published to Kafka (a truncated tail shows), and looks
 * for entries left unsealed longer than {@code customs.audit.seal-within} (an entry taken off the sealer's queue, to
 * be edited at leisure, shows).
 */
@ApplicationScoped
public class AuditVerifier {

    private static final Logger LOG = Logger.getLogger(AuditVerifier.class);
    private static final int PAGE = 5000;

    private final EntityManager entityManager;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;
    private final AuditConfig config;

    AuditVerifier(EntityManager entityManager, AuditKeys keys, AuditCheckpoints checkpoints, AuditConfig config) {
        this.entityManager = entityManager;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.config = config;
    }

    @Transactional
    public AuditVerification verify() {
        Optional<AuditCheckpoints.Checkpoint> checkpoint = lastCheckpoint();
        Long checkpointPosition =
                checkpoint.map(AuditCheckpoints.Checkpoint::chainPosition).orElse(null);
        long expectedPosition = 1;
        String previous = AuditEntry.GENESIS;
        long sealed = 0;
        while (true) {
            List<AuditEntry> page = sealedFrom(expectedPosition);
            for (AuditEntry entry : page) {
                Optional<String> problem = problemWith(entry, expectedPosition, previous);
                if (problem.isPresent()) {
                    return broken(sealed, checkpointPosition, expectedPosition, null, problem.get());
                }
                if (checkpointPosition != null
                        && expectedPosition == checkpointPosition
                        && !entry.hash().equals(checkpoint.get().hash())) {
                    return broken(
                            sealed,
                            checkpointPosition,
                            expectedPosition,
                            null,
                            "entry differs from the checkpoint published at "
                                    + checkpoint.get().publishedAt());
                }
                previous = entry.hash();
                expectedPosition++;
                sealed++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (checkpointPosition != null && sealed < checkpointPosition) {
            return broken(
                    sealed,
                    checkpointPosition,
                    sealed + 1,
                    null,
                    "the chain ends at position " + sealed + ", but a checkpoint published at "
                            + checkpoint.get().publishedAt() + " names position " + checkpointPosition
                            + ": entries were removed from its end");
        }
        Optional<Object[]> stale = staleUnsealed();
        if (stale.isPresent()) {
            return broken(
                    sealed,
                    checkpointPosition,
                    null,
                    stale.get()[0].toString(),
                    "entry recorded at " + stale.get()[1] + " is still unsealed after " + config.sealWithin()
                            + ": it was kept from the sealer");
        }
        return new AuditVerification(true, sealed, unsealed(), checkpointPosition, null, null, null);
    }

    private Optional<String> problemWith(AuditEntry entry, long expectedPosition, String previous) {
        if (entry == null || entry.chainPosition() != expectedPosition) {
            return Optional.of("entry at position " + expectedPosition + " is missing");
        }
        if (!previous.equals(entry.previousHash())) {
            return Optional.of("entry does not follow the one before it");
        }
        Optional<String> expected = keys.mac(entry.keyId(), AuditEntry.canonical(previous, expectedPosition, entry));
        if (expected.isEmpty()) {
            return Optional.of("entry is sealed with key " + entry.keyId() + ", which this service does not hold");
        }
        if (!expected.get().equals(entry.hash())) {
            return Optional.of("entry was changed after it was sealed");
        }
        return Optional.empty();
    }

    /** Kafka away or the topic empty: verification goes on without the tail check, and says so by omission. */
    private Optional<AuditCheckpoints.Checkpoint> lastCheckpoint() {
        try {
            return checkpoints.latest();
        } catch (RuntimeException e) {
            LOG.warnf("The audit checkpoints cannot be read (%s); the chain's tail is not checked", e.toString());
            return Optional.empty();
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

    /** The oldest entry without a seal that is older than the bound, queued or not: entry id and recording time. */
    private Optional<Object[]> staleUnsealed() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT CAST(e.entry_id AS text), e.recorded_at FROM platform_audit_entry e"
                        + " WHERE NOT EXISTS (SELECT 1 FROM platform_audit_seal s WHERE s.id = e.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM platform_audit_withheld w WHERE w.id = e.id)"
                        + " AND e.recorded_at < now() - make_interval(secs => ?1) ORDER BY e.id LIMIT 1")
                .setParameter(1, (double) config.sealWithin().toSeconds())
                .getResultList();
        return rows.stream().findFirst();
    }

    private long unsealed() {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM platform_audit_unsealed")
                        .getSingleResult())
                .longValue();
    }

    private AuditVerification broken(
            long sealed, Long checkpointPosition, Long position, String entryId, String problem) {
        return new AuditVerification(false, sealed, unsealed(), checkpointPosition, position, entryId, problem);
    }
}

package vn.customs.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/** One audit entry as stored, and the hash that seals it to the entry before it. */
public record AuditEntry(
        long id,
        String entryId,
        Instant recordedAt,
        String subject,
        String roles,
        String action,
        String objectType,
        String objectId,
        String correlationId,
        String details,
        Long chainPosition,
        String previousHash,
        String hash) {

    static final String COLUMNS = "id, entry_id, recorded_at, subject, roles, action, object_type, object_id,"
            + " correlation_id, details, chain_position, previous_hash, hash";
    /** An entry and its seal, when it has one (entries are never updated: the seal is a row of its own). */
    static final String FROM = "platform_audit_entry LEFT JOIN platform_audit_seal USING (id)";

    static AuditEntry of(Object[] row) {
        return new AuditEntry(
                ((Number) row[0]).longValue(),
                row[1].toString(),
                row[2] instanceof Timestamp ? ((Timestamp) row[2]).toInstant() : (Instant) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9],
                row[10] == null ? null : ((Number) row[10]).longValue(),
                (String) row[11],
                (String) row[12]);
    }

    /** SHA-256 over the previous hash, the position and every field, each on its own line. */
    static String seal(String previousHash, long position, AuditEntry entry) {
        String text = String.join(
                "\n",
                previousHash,
                Long.toString(position),
                entry.entryId(),
                entry.recordedAt().toString(),
                entry.subject(),
                entry.roles(),
                entry.action(),
                entry.objectType(),
                String.valueOf(entry.objectId()),
                String.valueOf(entry.correlationId()),
                entry.details());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash a chain starts from. */
    static final String GENESIS = "0".repeat(64);
}

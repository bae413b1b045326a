package vn.customs.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.platform.http.Bounds;

/** One audit entry as stored, with its seal: its place in the chain, the hash before it, its own, and the key's id. */
public record AuditEntry(
        @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX)
        long id,

        @Schema(format = "uuid", maxLength = Bounds.UUID_LENGTH)
        String entryId,

        Instant recordedAt,

        @Schema(maxLength = Bounds.SUBJECT_MAX_LENGTH, description = "The token's subject, or system")
        String subject,

        @Schema(maxLength = 256, description = "The caller's roles, comma-separated")
        String roles,

        @Schema(maxLength = 64, pattern = "[a-z0-9-]+") String action,
        @Schema(maxLength = 64, pattern = "[a-z0-9-]+") String objectType,
        @Schema(maxLength = 256) String objectId,

        @Schema(maxLength = 128, pattern = "[A-Za-z0-9._:-]+")
        String correlationId,

        @Schema(maxLength = 16384, description = "The details as JSON text, exactly as sealed")
        String details,

        @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX)
        Long chainPosition,

        @Schema(pattern = "[0-9a-f]{64}", maxLength = 64) String previousHash,
        @Schema(pattern = "[0-9a-f]{64}", maxLength = 64) String hash,

        @Schema(maxLength = 64, description = "The id of the key that made the seal")
        String keyId) {

    static final String COLUMNS = "id, entry_id, recorded_at, subject, roles, action, object_type, object_id,"
            + " correlation_id, details, chain_position, previous_hash, hash, key_id";
    /** An entry and its seal, when it has one (entries are never updated: the seal is a row of its own). */
    static final String FROM = "platform_audit_entry LEFT JOIN platform_audit_seal USING (id)";

    /** The hash a chain starts from. */
    static final String GENESIS = "0".repeat(64);

    /** Names the encoding inside the sealed bytes, so that a later encoding can never be taken for this one. */
    private static final String ENCODING = "customs-audit-seal-v2";

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
                (String) row[12],
                (String) row[13]);
    }

    /**
     * The bytes a seal covers, unambiguously: the encoding's name, the previous hash, the position and every field,
     * each as a 4-byte length and its UTF-8 bytes, a missing value as length -1. So no two different entries share
     * an encoding ({@code null} and {@code "null"}, or a field holding a separator, once did).
     */
    static byte[] canonical(String previousHash, long position, AuditEntry entry) {
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(256 + entry.details().length());
        for (String field : new String[] {
            ENCODING,
            previousHash,
            Long.toString(position),
            entry.entryId(),
            entry.recordedAt().toString(),
            entry.subject(),
            entry.roles(),
            entry.action(),
            entry.objectType(),
            entry.objectId(),
            entry.correlationId(),
            entry.details()
        }) {
            if (field == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }
}

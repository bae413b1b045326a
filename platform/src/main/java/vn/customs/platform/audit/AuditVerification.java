package vn.customs.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.platform.http.Bounds;

/**
 * The result of walking the audit chain: valid, or the first place where it breaks and how. {@code checkpointPosition}
 * is the chain position of the last checkpoint published to Kafka that the chain was compared with (absent when none
 * could be read); {@code brokenEntryId} names an entry that breaks the trail outside the chain (one left unsealed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
        boolean valid,

        @Schema(format = "int64", minimum = "0", maximum = Bounds.INT64_MAX)
        long sealedEntries,

        @Schema(format = "int64", minimum = "0", maximum = Bounds.INT64_MAX)
        long unsealedEntries,

        @Schema(format = "int64", minimum = "0", maximum = Bounds.INT64_MAX)
        Long checkpointPosition,

        @Schema(format = "int64", minimum = "1", maximum = Bounds.INT64_MAX)
        Long firstBrokenPosition,

        @Schema(format = "uuid", maxLength = Bounds.UUID_LENGTH)
        String brokenEntryId,

        @Schema(maxLength = 1000) String problem) {}

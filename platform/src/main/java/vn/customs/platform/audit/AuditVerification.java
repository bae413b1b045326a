package vn.customs.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of walking the audit chain: valid, or the first place where it breaks and how. {@code checkpointPosition}
 * is the chain position of the last checkpoint published to Kafka that the chain was compared with (absent when none
 * could be read); {@code brokenEntryId} names an entry that breaks the trail outside the chain (one left unsealed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
        boolean valid,
        long sealedEntries,
        long unsealedEntries,
        Long checkpointPosition,
        Long firstBrokenPosition,
        String brokenEntryId,
        String problem) {}

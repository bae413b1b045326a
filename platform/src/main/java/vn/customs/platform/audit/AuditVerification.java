package vn.customs.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of walking the audit chain: valid, or the first position where it breaks and how. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
        boolean valid, long sealedEntries, long unsealedEntries, Long firstBrokenPosition, String problem) {}

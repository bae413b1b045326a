package vn.customs.hotline.domain.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of evidence without its content: what lists show and what adding one answers. {@code handlerSubject} is
 * null for what the reporter added.
 */
public record EvidenceView(
        UUID id,
        UUID reportId,
        EvidenceSource source,
        String handlerSubject,
        String mediaType,
        long sizeBytes,
        String sha256,
        boolean metadataRemoved,
        Instant addedAt) {}

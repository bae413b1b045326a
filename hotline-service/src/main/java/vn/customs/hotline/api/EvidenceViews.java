package vn.customs.hotline.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.customs.hotline.domain.evidence.Evidence;
import vn.customs.hotline.domain.evidence.EvidenceSource;
import vn.customs.hotline.domain.evidence.EvidenceView;

/** What the handlers' API answers about evidence: metadata only; the content has its own endpoint. */
final class EvidenceViews {

    private EvidenceViews() {}

    /** A piece of evidence: its type by content, size, SHA-256, whether metadata was removed, who added it. */
    record EvidenceItemView(
            UUID id,
            UUID reportId,
            EvidenceSource source,
            String addedBy,
            String mediaType,
            long sizeBytes,
            String sha256,
            boolean metadataRemoved,
            Instant addedAt,
            String contentUri) {

        static EvidenceItemView of(EvidenceView view) {
            return new EvidenceItemView(
                    view.id(),
                    view.reportId(),
                    view.source(),
                    view.handlerSubject(),
                    view.mediaType(),
                    view.sizeBytes(),
                    view.sha256(),
                    view.metadataRemoved(),
                    view.addedAt(),
                    EvidenceResource.contentUri(view.reportId(), view.id()));
        }
    }

    /** A report's evidence in the order added; at most {@link Evidence#MAX_PER_REPORT} pieces, so never paged. */
    record EvidenceListView(UUID reportId, List<EvidenceItemView> items, int maxItems) {

        static EvidenceListView of(UUID reportId, List<EvidenceView> views) {
            return new EvidenceListView(
                    reportId, views.stream().map(EvidenceItemView::of).toList(), Evidence.MAX_PER_REPORT);
        }
    }
}

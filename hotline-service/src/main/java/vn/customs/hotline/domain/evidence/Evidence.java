package vn.customs.hotline.domain.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A file attached to a report, as stored after inspection: its type by content, its size and SHA-256, and the content
 * itself (image metadata already removed). It is never changed once added and never served to the public side.
 */
@Entity
@Table(name = "report_evidence")
public class Evidence {

    /** How many pieces of evidence one report may carry. */
    public static final int MAX_PER_REPORT = 20;

    @Id
    private UUID id;

    private UUID reportId;

    @Enumerated(EnumType.STRING)
    private EvidenceSource source;

    /** The handler who added it; null for the reporter, who is never named here. */
    private String handlerSubject;

    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private byte[] content;
    private boolean metadataRemoved;
    private Instant addedAt;

    protected Evidence() {}

    /**
     * Attaches inspected content to a report that is still being handled or followed (not once it was closed, not
     * accepted, transferred or withdrawn), up to {@link #MAX_PER_REPORT} pieces.
     */
    public static Evidence attach(
            UUID id,
            UUID reportId,
            ReportStatus reportStatus,
            long existing,
            EvidenceSource source,
            String handlerSubject,
            InspectedEvidence inspected,
            Instant now) {
        requireTakesEvidence(reportStatus);
        if (existing >= MAX_PER_REPORT) {
            throw new RuleViolationException(
                    "evidence-limit", "A report carries at most " + MAX_PER_REPORT + " pieces of evidence.");
        }
        if ((source == EvidenceSource.HANDLER) != (handlerSubject != null)) {
            throw new IllegalArgumentException("a handler's evidence names the handler; the reporter's names nobody");
        }
        Evidence evidence = new Evidence();
        evidence.id = id;
        evidence.reportId = reportId;
        evidence.source = source;
        evidence.handlerSubject = handlerSubject;
        evidence.mediaType = inspected.mediaType();
        evidence.content = inspected.cleanContent();
        evidence.sizeBytes = evidence.content.length;
        evidence.sha256 = inspected.sha256Hex();
        evidence.metadataRemoved = inspected.metadataRemoved();
        evidence.addedAt = now;
        return evidence;
    }

    /** Refuses (409) when a report in this state takes no new evidence. */
    public static void requireTakesEvidence(ReportStatus status) {
        if (!takesEvidence(status)) {
            throw new IllegalTransitionException("report", status, "take evidence");
        }
    }

    /** Whether a report in this state takes new evidence. */
    public static boolean takesEvidence(ReportStatus status) {
        return switch (status) {
            case RECEIVED, ACCEPTED, VERIFYING, SUSPENDED, CONCLUDED, ACTIONS_TRACKING -> true;
            case NOT_ACCEPTED, TRANSFERRED, CLOSED, WITHDRAWN -> false;
        };
    }

    public EvidenceView view() {
        return new EvidenceView(
                id, reportId, source, handlerSubject, mediaType, sizeBytes, sha256, metadataRemoved, addedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }
}

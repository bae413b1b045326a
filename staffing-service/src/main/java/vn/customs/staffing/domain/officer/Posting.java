package vn.customs.staffing.domain.officer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.platform.domain.UnitCode;
import vn.customs.staffing.domain.organisation.PostPlacement;

/**
 * One officer on one post from a first to a last day (open while {@code validTo} is null), with the decision that
 * made it. {@code recordedAt} and {@code endRecordedAt} say when the register learnt of its start and its end, so
 * "who did we think was there" can be answered as well as "who was there".
 */
@Entity
@Table(name = "postings")
public class Posting {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_id")
    private Officer officer;

    private UUID postId;
    private UnitCode unitCode;
    private LocalDate validFrom;
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    private PostingKind kind;

    private String decisionNumber;
    private String endDecisionNumber;
    private Instant recordedAt;
    private Instant endRecordedAt;

    protected Posting() {}

    Posting(
            UUID id,
            Officer officer,
            UUID postId,
            String unitCode,
            LocalDate validFrom,
            PostingKind kind,
            String decisionNumber,
            Instant recordedAt) {
        this.id = id;
        this.officer = officer;
        this.postId = postId;
        this.unitCode = unitCode == null ? null : new UnitCode(unitCode);
        this.validFrom = validFrom;
        this.kind = kind;
        this.decisionNumber = decisionNumber;
        this.recordedAt = recordedAt;
    }

    /** Ends the posting on {@code lastDay} and returns the event saying why ({@code reason}: MOVE or a departure). */
    PostingEnded end(LocalDate lastDay, String decision, String reason, Instant now) {
        this.validTo = lastDay;
        this.endDecisionNumber = decision;
        this.endRecordedAt = now;
        return new PostingEnded(
                officerId().toString(), id.toString(), unitCode(), postId.toString(), lastDay, decision, reason, now);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** True when this posting and the period from {@code from} on share a day. */
    boolean reachesInto(LocalDate from) {
        return validTo == null || !validTo.isBefore(from);
    }

    public boolean open() {
        return validTo == null;
    }

    /** The event announcing this posting, on the post {@code target} places it. */
    OfficerPosted opened(PostPlacement target, Instant now) {
        return new OfficerPosted(
                officerId().toString(),
                id.toString(),
                unitCode(),
                postId.toString(),
                target.function().name(),
                target.sensitive(),
                validFrom,
                kind.name(),
                decisionNumber,
                now);
    }

    public UUID id() {
        return id;
    }

    public UUID officerId() {
        return officer.id();
    }

    public UUID postId() {
        return postId;
    }

    public String unitCode() {
        return unitCode == null ? null : unitCode.value();
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public PostingKind kind() {
        return kind;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public String endDecisionNumber() {
        return endDecisionNumber;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant endRecordedAt() {
        return endRecordedAt;
    }
}

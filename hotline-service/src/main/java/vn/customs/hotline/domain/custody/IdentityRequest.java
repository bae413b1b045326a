package vn.customs.hotline.domain.custody;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A custodian's recorded request to read the identity of the reporter of one report, for a stated reason. A second
 * custodian approves or refuses it (four eyes); once approved, only the custodian who asked reads the identity, for
 * {@link #APPROVAL_VALIDITY}, and every read is counted. The request never holds the identity itself.
 */
@Entity
@Table(name = "identity_requests")
public class IdentityRequest {

    /**
     * How long an approval lets the requester read. ASSUMPTION: neither the brief nor the law names a period; a week
     * lets a custodian act on the approval (contact the reporter, answer an authority) without leaving a standing
     * permission behind. A later need asks again.
     */
    public static final Duration APPROVAL_VALIDITY = Duration.ofDays(7);

    /** The longest reason or decision note, as the database and the API bound it. */
    public static final int MAX_TEXT = 1000;

    /** The longest token subject stored. */
    public static final int MAX_SUBJECT = 200;

    @Id
    private UUID id;

    private UUID reportId;
    private String requestedBy;
    private String reason;
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private IdentityRequestStatus status;

    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private int reads;
    private Instant lastReadAt;
    private Instant expiresAt;

    @Version
    private long version;

    protected IdentityRequest() {}

    /** Records a request by the custodian {@code by} to read the identity of report {@code reportId}. */
    public static IdentityRequest request(UUID id, UUID reportId, String by, String reason, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(now, "now");
        IdentityRequest request = new IdentityRequest();
        request.id = id;
        request.reportId = reportId;
        request.requestedBy = subject(by);
        request.reason = text(reason, "reason", "A request to read a reporter's identity states its reason.");
        request.requestedAt = now;
        request.status = IdentityRequestStatus.REQUESTED;
        return request;
    }

    /**
     * A second custodian approves: the requester may read the identity until {@link #expiresAt()}. The requester
     * cannot approve his own request.
     */
    public void approve(String by, Instant now) {
        this.decidedBy = decider(IdentityRequestStatus.APPROVED, by, "be approved");
        this.status = IdentityRequestStatus.APPROVED;
        this.decidedAt = now;
        this.expiresAt = now.plus(APPROVAL_VALIDITY);
    }

    /** A second custodian refuses, saying why; the request is over. The requester cannot decide his own request. */
    public void refuse(String by, String note, Instant now) {
        String decider = decider(IdentityRequestStatus.REFUSED, by, "be refused");
        this.decisionNote = text(note, "note", "A refusal says why.");
        this.decidedBy = decider;
        this.status = IdentityRequestStatus.REFUSED;
        this.decidedAt = now;
    }

    /**
     * The requester reads the identity under this approved request: counted here, and the caller opens the sealed
     * identity only after this returns. Anyone else is refused (403) whatever the state; the requester is refused
     * before approval and after refusal (409), and once the approval lapsed (422).
     */
    public void read(String by, Instant now) {
        if (!requestedBy.equals(by)) {
            throw new AccessRefusedException(
                    "not-the-requester", "Only the custodian who made identity request " + id + " reads under it.");
        }
        if (!status.opensIdentity()) {
            throw new IllegalTransitionException("identity request", status, "open the identity");
        }
        if (expired(now)) {
            throw new RuleViolationException(
                    "approval-expired",
                    "The approval of identity request " + id + " lapsed at " + expiresAt + "; make a new request.");
        }
        this.reads++;
        this.lastReadAt = now;
    }

    /** Whether an approval existed and has lapsed at {@code now}. */
    public boolean expired(Instant now) {
        return switch (status) {
            case APPROVED -> !now.isBefore(expiresAt);
            case REQUESTED, REFUSED -> false;
        };
    }

    /** Who decides, once the state allows the decision and he is not the requester. */
    private String decider(IdentityRequestStatus target, String by, String transition) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("identity request", status, transition);
        }
        String decider = subject(by);
        if (decider.equals(requestedBy)) {
            throw new RuleViolationException(
                    "four-eyes", "A second custodian decides identity request " + id + ", not the one who made it.");
        }
        return decider;
    }

    private static String subject(String by) {
        if (by == null || by.isBlank() || by.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("a custodian's token subject of 1 to " + MAX_SUBJECT + " characters");
        }
        return by;
    }

    private static String text(String value, String field, String missing) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field + "-required", missing);
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new RuleViolationException(
                    field + "-too-long", "The " + field + " has at most " + MAX_TEXT + " characters.");
        }
        return stripped;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public IdentityRequestStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public int reads() {
        return reads;
    }

    public Instant lastReadAt() {
        return lastReadAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public long version() {
        return version;
    }
}

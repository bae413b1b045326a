package vn.customs.declarations.domain.declaration;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.contracts.Event;
import vn.customs.contracts.declarations.ChannelOverridden;
import vn.customs.contracts.declarations.CharterBreached;
import vn.customs.contracts.declarations.DeclarationCancelled;
import vn.customs.contracts.declarations.DeclarationCleared;
import vn.customs.contracts.declarations.DeclarationExpired;
import vn.customs.contracts.declarations.DeclarationRegistered;
import vn.customs.contracts.declarations.DeclarationSubmitted;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.charter.ClockState;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.time.TimeInterval;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * A goods declaration and its lifecycle. Every step is a named method that checks the state (and, right after
 * registration, the channel), appends to the history, moves the charter clock, and returns the event it causes.
 */
@Entity
@Table(name = "declarations")
public class Declaration {

    /** Neither goods nor dossier within this long of registration: the declaration lapses. */
    public static final Duration LAPSE = Duration.ofDays(15);

    @Id
    private UUID id;

    private String lrn;
    private String number;
    private String contentHash;
    private String flow;
    private String procedureCode;
    private String gateCode;
    private String submissionChannel;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "taxId", column = @Column(name = "declarant_tax_id")),
        @AttributeOverride(name = "name", column = @Column(name = "declarant_name")),
        @AttributeOverride(name = "address", column = @Column(name = "declarant_address")),
        @AttributeOverride(name = "country", column = @Column(name = "declarant_country"))
    })
    private Party declarant;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "taxId", column = @Column(name = "counterparty_tax_id")),
        @AttributeOverride(name = "name", column = @Column(name = "counterparty_name")),
        @AttributeOverride(name = "address", column = @Column(name = "counterparty_address")),
        @AttributeOverride(name = "country", column = @Column(name = "counterparty_country"))
    })
    private Party counterparty;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "taxId", column = @Column(name = "broker_tax_id")),
        @AttributeOverride(name = "name", column = @Column(name = "broker_name")),
        @AttributeOverride(name = "address", column = @Column(name = "broker_address")),
        @AttributeOverride(name = "country", column = @Column(name = "broker_country"))
    })
    private Party broker;

    @Embedded
    private Transport transport;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "number", column = @Column(name = "invoice_number")),
        @AttributeOverride(name = "date", column = @Column(name = "invoice_date"))
    })
    private Invoice invoice;

    @ElementCollection
    @CollectionTable(name = "declaration_items", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_documents", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<DocumentRef> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "declaration_history", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private DeclarationStatus status;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String riskReasons;
    private UUID assignedOfficerId;

    @Enumerated(EnumType.STRING)
    private Channel proposedChannel;

    private String overrideReasonCode;
    private UUID overrideProposedBy;
    private UUID overrideApprovedBy;

    @Enumerated(EnumType.STRING)
    private Channel channelBeforeOverride;

    private String cancellationReason;
    private Instant submittedAt;
    private Instant registeredAt;
    private Instant finishedAt;
    /** How many times the declarant amended it; the earlier versions stay readable. */
    private int amendments;

    private Instant clockStartedAt;
    private Long clockCommittedSeconds;
    private Instant clockPausedSince;
    private Instant clockStoppedAt;
    private Instant breachNotifiedAt;
    /** When the running clock runs out if nothing pauses it; null while paused or stopped (the breach watch's index). */
    private Instant clockDeadline;

    private Long processingSeconds;
    private Boolean withinCharter;

    @ElementCollection
    @CollectionTable(name = "declaration_clock_pauses", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    private List<ClockPause> clockPauses = new ArrayList<>();

    @Version
    private long version;

    protected Declaration() {}

    /** A new declaration as lodged; {@code contentHash} identifies the content for LRN replays. */
    public static Declaration submit(UUID id, Lodgement lodgement, String contentHash, String actor, Instant now) {
        new TaxId(lodgement.declarant().taxId());
        lodgement.items().forEach(item -> new HsCode(item.hsCode()));
        Declaration declaration = new Declaration();
        declaration.id = id;
        declaration.lrn = lodgement.lrn();
        declaration.flow = lodgement.flow();
        declaration.gateCode = lodgement.gateCode();
        declaration.takeContent(lodgement, contentHash);
        declaration.status = DeclarationStatus.SUBMITTED;
        declaration.submittedAt = now;
        declaration.history.add(new HistoryEntry(now, actor, "SUBMIT", null, DeclarationStatus.SUBMITTED, null));
        return declaration;
    }

    public DeclarationSubmitted submission() {
        return new DeclarationSubmitted(
                id.toString(), lrn, declarant.taxId(), gateCode, flow, submissionChannel, items.size(), submittedAt);
    }

    /** Validation at registration failed: the declaration is rejected, for the declarant to fix and resubmit. */
    public void reject(String reason, Instant now) {
        move(DeclarationStatus.REJECTED, "system", "REJECT", reason, now);
    }

    /** What registration refuses although the request was well formed. */
    public List<String> registrationProblems(java.time.LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (invoice.date().isAfter(today)) {
            problems.add("The invoice is dated after today (" + invoice.date() + ").");
        }
        if (transport.arrivalDate() != null && transport.arrivalDate().isAfter(today.plusDays(30))) {
            problems.add("The goods arrive more than 30 days from now (" + transport.arrivalDate() + ").");
        }
        return problems;
    }

    /**
     * Registers the declaration: its number, its channel with the selection's reasons, the officer it goes to (null:
     * the gate's queue), and the charter clock starts against the channel's committed time.
     */
    public DeclarationRegistered register(
            String number,
            ChannelSelection selection,
            UUID officerId,
            CharterTerms terms,
            WorkingCalendar calendar,
            Instant now) {
        move(DeclarationStatus.REGISTERED, "system", "REGISTER", "number " + number, now);
        this.number = number;
        this.channel = selection.channel();
        this.riskReasons = String.join("\n", selection.reasons());
        this.assignedOfficerId = officerId;
        this.registeredAt = now;
        this.clockStartedAt = now;
        this.clockCommittedSeconds = terms.committedFor(channel.name()).getSeconds();
        this.clockDeadline = clock().deadline(calendar, now);
        return new DeclarationRegistered(
                id.toString(),
                number,
                gateCode,
                channel.name(),
                selection.reasons(),
                officerId == null ? null : officerId.toString(),
                now);
    }

    /**
     * An officer's step. Right after registration the channel decides the only way on: GREEN clears (or is assessed
     * for payment), YELLOW goes to the document check, RED to the goods. Cancelling needs the declarant's request.
     * Returns the event the step causes, if any (clearing, cancelling).
     */
    public Optional<Event> take(
            Step step, UUID officer, String note, CharterTerms terms, WorkingCalendar calendar, Instant now) {
        requireChannelAllows(step);
        if (step == Step.CANCEL && cancellationReason == null) {
            throw new RuleViolationException(
                    "cancellation-not-requested", "A declaration is cancelled at its declarant's request only.");
        }
        if (step == Step.ESCALATE_TO_GOODS && status == DeclarationStatus.UNDER_DOC_CHECK) {
            // the physical inspection gets its own committed time on top of the document check's
            clockCommittedSeconds += terms.committedFor(Channel.RED.name()).getSeconds();
        }
        move(step.target(), officer.toString(), step.name(), note, calendar, now);
        if (assignedOfficerId == null) {
            assignedOfficerId = officer;
        }
        switch (step) {
            case CLEAR:
                CharterClock clock = clock();
                processingSeconds = clock.used(calendar, now).getSeconds();
                withinCharter = clock.state(calendar, now) == ClockState.MET;
                return Optional.of(new DeclarationCleared(
                        id.toString(),
                        number,
                        gateCode,
                        channel.name(),
                        processingSeconds,
                        withinCharter,
                        officer.toString(),
                        now));
            case CANCEL:
                return Optional.of(
                        new DeclarationCancelled(id.toString(), gateCode, cancellationReason, officer.toString(), now));
            default:
                return Optional.empty();
        }
    }

    private void requireChannelAllows(Step step) {
        if (!step.appliesTo(status)) {
            throw new IllegalTransitionException(
                    "declaration", status + " (allowed next: " + status.next() + ")", step.name());
        }
        if (status != DeclarationStatus.REGISTERED || step == Step.CANCEL) {
            return;
        }
        List<Step> allowed = channel == Channel.GREEN
                ? List.of(Step.CLEAR, Step.ASSESS_DUTIES)
                : channel == Channel.YELLOW ? List.of(Step.START_DOC_CHECK) : List.of(Step.REQUIRE_GOODS);
        if (!allowed.contains(step)) {
            throw new IllegalTransitionException(
                    "declaration", status + " (" + channel + " channel; allowed next: " + allowed + ")", step.name());
        }
    }

    /** The declarant asks to cancel, with a reason; an officer decides. */
    public void requestCancellation(String reason, String actor, Instant now) {
        if (status.terminal() || !status.next().contains(DeclarationStatus.CANCELLED)) {
            throw new IllegalTransitionException("declaration", status, "be cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "A cancellation request gives its reason.");
        }
        this.cancellationReason = reason.strip();
        history.add(new HistoryEntry(now, actor, "REQUEST_CANCELLATION", status, status, reason));
    }

    /**
     * The declarant amends the declaration before clearance (not while the goods are being inspected): its content is
     * replaced, duties recomputed, and the content it had is returned, to be kept readable as version {@link
     * #amendments()}. The LRN, gate and flow stay; the channel, number and clock stay.
     */
    public Lodgement amend(Lodgement amended, String contentHash, String actor, Instant now) {
        if (status.terminal()
                || status == DeclarationStatus.SUBMITTED
                || status == DeclarationStatus.UNDER_INSPECTION) {
            throw new IllegalTransitionException("declaration", status, "be amended");
        }
        if (!amended.lrn().equals(lrn)
                || !amended.gateCode().equals(gateCode)
                || !amended.flow().equals(flow)) {
            throw new RuleViolationException(
                    "amendment-changes-identity",
                    "An amendment keeps the LRN, the gate and the flow; lodge a new declaration instead.");
        }
        if (!amended.declarant().taxId().equals(declarant.taxId())) {
            throw new RuleViolationException("amendment-changes-declarant", "An amendment keeps the declarant.");
        }
        Lodgement before = lodgement();
        takeContent(amended, contentHash);
        this.amendments++;
        history.add(new HistoryEntry(now, actor, "AMEND", status, status, "version " + (amendments + 1)));
        return before;
    }

    /**
     * The content lodging and amending both set; the LRN, the flow and the gate, which name the declaration, are set
     * once by {@link #submit}. Duties are computed from the items, never taken from the declarant.
     */
    private void takeContent(Lodgement content, String contentHash) {
        this.contentHash = contentHash;
        this.procedureCode = content.procedureCode();
        this.submissionChannel = content.submissionChannel();
        this.declarant = content.declarant();
        this.counterparty = content.counterparty();
        this.broker = content.broker();
        this.transport = content.transport();
        this.invoice = content.invoice();
        this.items = new ArrayList<>(
                Duties.compute(flow, content.items(), content.invoice().exchangeRateVnd()));
        this.documents = new ArrayList<>(content.documents());
    }

    /** The declaration's content as lodged or last amended. */
    public Lodgement lodgement() {
        return new Lodgement(
                lrn,
                flow,
                procedureCode,
                gateCode,
                submissionChannel,
                declarant,
                counterparty,
                broker,
                transport,
                invoice,
                items,
                documents);
    }

    public int amendments() {
        return amendments;
    }

    /** The declarant adds a document reference; while documents were awaited, this does not yet move the state. */
    public void addDocument(DocumentRef document, String actor) {
        if (status.terminal()) {
            throw new IllegalTransitionException("declaration", status, "take documents");
        }
        documents.add(document);
        history.add(new HistoryEntry(document.addedAt(), actor, "ADD_DOCUMENT", status, status, document.type()));
    }

    /** Proposes a lower channel, with a reason code; a second officer must approve it. */
    public void proposeOverride(Channel to, String reasonCode, UUID officer, Instant now) {
        if (status.terminal() || channel == null) {
            throw new IllegalTransitionException("declaration", status, "change channel");
        }
        if (!to.lowerThan(channel)) {
            throw new RuleViolationException(
                    "not-a-lowering", "An override lowers the channel; " + to + " is not lower than " + channel + ".");
        }
        this.proposedChannel = to;
        this.overrideReasonCode = reasonCode;
        this.overrideProposedBy = officer;
        history.add(
                new HistoryEntry(now, officer.toString(), "PROPOSE_OVERRIDE", status, status, to + " " + reasonCode));
    }

    /** A second officer approves the proposed override (four eyes); the channel changes. */
    public ChannelOverridden approveOverride(UUID approver, Instant now) {
        if (proposedChannel == null || status.terminal()) {
            throw new IllegalTransitionException("declaration", status, "approve an override (none proposed)");
        }
        if (approver.equals(overrideProposedBy)) {
            throw new RuleViolationException(
                    "four-eyes", "The officer who proposed the override cannot approve it; a second officer must.");
        }
        ChannelOverridden event = new ChannelOverridden(
                id.toString(),
                gateCode,
                declarant.taxId(),
                channel.name(),
                proposedChannel.name(),
                overrideReasonCode,
                overrideProposedBy.toString(),
                approver.toString(),
                now);
        this.channelBeforeOverride = channel;
        this.channel = proposedChannel;
        this.overrideApprovedBy = approver;
        this.proposedChannel = null;
        history.add(new HistoryEntry(now, approver.toString(), "APPROVE_OVERRIDE", status, status, event.toChannel()));
        return event;
    }

    /** Lapses a declaration left without goods or dossier for 15 days after registration. */
    public Optional<DeclarationExpired> expireIfLapsed(Instant now) {
        if (registeredAt == null
                || !status.next().contains(DeclarationStatus.EXPIRED)
                || now.isBefore(registeredAt.plus(LAPSE))) {
            return Optional.empty();
        }
        DeclarationStatus before = status;
        move(DeclarationStatus.EXPIRED, "system", "EXPIRE", null, now);
        return Optional.of(new DeclarationExpired(id.toString(), gateCode, before.name(), now));
    }

    /** The breach, once, the first time the clock is found past its committed time. */
    public Optional<CharterBreached> breachIfLate(WorkingCalendar calendar, Instant now) {
        if (clockStartedAt == null || breachNotifiedAt != null || !clock().breachedBy(calendar, now)) {
            return Optional.empty();
        }
        breachNotifiedAt = now;
        return Optional.of(new CharterBreached(
                id.toString(),
                gateCode,
                channel.name(),
                clock().deadline(calendar, now),
                assignedOfficerId == null ? null : assignedOfficerId.toString(),
                now));
    }

    public void assignTo(UUID officer) {
        this.assignedOfficerId = officer;
    }

    private void move(DeclarationStatus target, String actor, String action, String note, Instant now) {
        move(target, actor, action, note, null, now);
    }

    private void move(
            DeclarationStatus target, String actor, String action, String note, WorkingCalendar calendar, Instant now) {
        if (!status.next().contains(target)) {
            throw new IllegalTransitionException(
                    "declaration", status + " (allowed next: " + status.next() + ")", "go to " + target);
        }
        DeclarationStatus before = status;
        this.status = target;
        moveClock(now);
        clockDeadline = clockStartedAt == null || clockStoppedAt != null || clockPausedSince != null || calendar == null
                ? null
                : clock().deadline(calendar, now);
        if (target.terminal()) {
            finishedAt = now;
        }
        history.add(new HistoryEntry(now, actor, action, before, target, note));
    }

    private void moveClock(Instant now) {
        if (clockStartedAt == null) {
            return;
        }
        boolean paused = clockPausedSince != null;
        if (status.terminal()) {
            if (paused) {
                clockPauses.add(new ClockPause(clockPausedSince, now));
                clockPausedSince = null;
            }
            clockStoppedAt = now;
        } else if (status.waitingOnDeclarant() && !paused) {
            clockPausedSince = now;
        } else if (!status.waitingOnDeclarant() && paused) {
            clockPauses.add(new ClockPause(clockPausedSince, now));
            clockPausedSince = null;
        }
    }

    /** The charter clock, or null before registration. */
    public CharterClock clock() {
        if (clockStartedAt == null) {
            return null;
        }
        return new CharterClock(
                clockStartedAt,
                Duration.ofSeconds(clockCommittedSeconds),
                clockPauses.stream()
                        .map(pause -> new TimeInterval(pause.startedAt(), pause.endedAt()))
                        .collect(Collectors.toList()),
                clockPausedSince,
                clockStoppedAt);
    }

    public UUID id() {
        return id;
    }

    public String lrn() {
        return lrn;
    }

    public String number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    public String flow() {
        return flow;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String gateCode() {
        return gateCode;
    }

    public String submissionChannel() {
        return submissionChannel;
    }

    public Party declarant() {
        return declarant;
    }

    public Party counterparty() {
        return counterparty;
    }

    public Party broker() {
        return broker;
    }

    public Transport transport() {
        return transport;
    }

    public Invoice invoice() {
        return invoice;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public List<DocumentRef> documents() {
        return List.copyOf(documents);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    public DeclarationStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public List<String> riskReasons() {
        return riskReasons == null ? List.of() : Arrays.asList(riskReasons.split("\n"));
    }

    public Instant clockDeadline() {
        return clockDeadline;
    }

    public UUID assignedOfficerId() {
        return assignedOfficerId;
    }

    public Channel proposedChannel() {
        return proposedChannel;
    }

    public String overrideReasonCode() {
        return overrideReasonCode;
    }

    public UUID overrideProposedBy() {
        return overrideProposedBy;
    }

    public UUID overrideApprovedBy() {
        return overrideApprovedBy;
    }

    public Channel channelBeforeOverride() {
        return channelBeforeOverride;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Long processingSeconds() {
        return processingSeconds;
    }

    public Boolean withinCharter() {
        return withinCharter;
    }

    public long version() {
        return version;
    }
}

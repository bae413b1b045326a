package vn.customs.declarations.domain.declaration;

import static vn.customs.declarations.domain.declaration.DeclarationStatus.ASSESSED_AWAITING_PAYMENT;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.AWAITING_DOCUMENTS;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.AWAITING_GOODS;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.CANCELLED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.CLEARED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.REGISTERED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.REJECTED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.SUBMITTED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.UNDER_DOC_CHECK;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.UNDER_INSPECTION;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import vn.customs.contracts.declarations.ChannelOverridden;
import vn.customs.contracts.declarations.DeclarationCancelled;
import vn.customs.contracts.declarations.DeclarationCleared;
import vn.customs.contracts.declarations.DeclarationRegistered;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.charter.ClockState;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * A goods declaration: the aggregate root. Its content is {@link LodgedContent}, its status, clock and history
 * {@link DeclarationState}; here are its transitions, one named method each, checking the state (and, right after
 * registration, the channel) and returning the event it causes: a published contract event, or the history entry.
 */
@Entity
@Table(name = "declarations")
public class Declaration extends DeclarationState {

    private static final Set<DeclarationStatus> ANY = EnumSet.allOf(DeclarationStatus.class);
    private static final Set<DeclarationStatus> CLEARABLE =
            EnumSet.of(REGISTERED, ASSESSED_AWAITING_PAYMENT, UNDER_DOC_CHECK, UNDER_INSPECTION);

    @Embedded
    private ChannelOverride override;

    private String cancellationReason;

    /** How many times the declarant amended it; the earlier versions stay readable. */
    private int amendments;

    protected Declaration() {}

    /** A new declaration as lodged; {@code contentHash} identifies the content for LRN replays. */
    public static Declaration submit(UUID id, Lodgement lodgement, String contentHash, String actor, Instant now) {
        Declaration declaration = new Declaration();
        declaration.submitted(id, now);
        declaration.name(lodgement);
        declaration.takeContent(lodgement, contentHash);
        declaration.record(new HistoryEntry(now, actor, "SUBMIT", null, SUBMITTED, null));
        return declaration;
    }

    /** Validation at registration failed: the declaration is rejected, for the declarant to fix and resubmit. */
    public HistoryEntry reject(String reason, Instant now) {
        check("REJECT", REJECTED, null, Set.of(SUBMITTED));
        return move(REJECTED, SYSTEM, "REJECT", reason, null, now);
    }

    /**
     * Registers the declaration: its number, its channel with the selection's reasons and the version of the risk
     * rules that chose it, the officer it goes to (null: the gate's queue); the charter clock starts.
     */
    public DeclarationRegistered register(
            String number,
            ChannelSelection selection,
            String riskRulesVersion,
            UUID officerId,
            CharterTerms terms,
            WorkingCalendar calendar,
            Instant now) {
        check("REGISTER", REGISTERED, null, Set.of(SUBMITTED));
        move(REGISTERED, SYSTEM, "REGISTER", "number " + number, null, now);
        registered(number, selection.channel(), selection.reasons(), riskRulesVersion, now);
        assignedOfficer(officerId);
        clockRecord(
                ClockRecord.start(now, terms.committedFor(selection.channel().name())));
        clockRecord(clockRecord().deadline(clock().deadline(calendar, now)));
        String officer = officerId == null ? null : officerId.toString();
        return new DeclarationRegistered(
                id().toString(), number, gateCode(), channel().name(), selection.reasons(), officer, now);
    }

    /** YELLOW: an officer starts the document check. */
    public HistoryEntry startDocumentCheck(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "START_DOC_CHECK", Set.of(REGISTERED), UNDER_DOC_CHECK, Channel.YELLOW, officer, note, calendar, now);
    }

    /** The dossier is incomplete: the declaration waits on its declarant, and the clock pauses. */
    public HistoryEntry requestDocuments(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "REQUEST_DOCUMENTS", Set.of(UNDER_DOC_CHECK), AWAITING_DOCUMENTS, null, officer, note, calendar, now);
    }

    /** Documents delivered at the counter: the document check goes on. */
    public HistoryEntry receiveDocuments(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "DOCUMENTS_RECEIVED", Set.of(AWAITING_DOCUMENTS), UNDER_DOC_CHECK, null, officer, note, calendar, now);
    }

    /** The document check calls for the goods: the physical inspection gets its own committed time on top. */
    public HistoryEntry escalateToGoods(
            UUID officer, String note, CharterTerms terms, WorkingCalendar calendar, Instant now) {
        check("ESCALATE_TO_GOODS", AWAITING_GOODS, null, Set.of(UNDER_DOC_CHECK));
        clockRecord(clockRecord().plus(terms.committedFor(Channel.RED.name())));
        return step("ESCALATE_TO_GOODS", Set.of(UNDER_DOC_CHECK), AWAITING_GOODS, null, officer, note, calendar, now);
    }

    /** RED: the goods must be presented for a physical inspection. */
    public HistoryEntry requireGoods(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        return step("REQUIRE_GOODS", Set.of(REGISTERED), AWAITING_GOODS, Channel.RED, officer, note, calendar, now);
    }

    /** An officer records the goods presented at the gate: the physical inspection starts. */
    public HistoryEntry startInspection(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        return step("GOODS_PRESENTED", Set.of(AWAITING_GOODS), UNDER_INSPECTION, null, officer, note, calendar, now);
    }

    /** GREEN: duties are assessed and wait for payment. */
    public HistoryEntry assessDuties(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "ASSESS_DUTIES",
                Set.of(REGISTERED),
                ASSESSED_AWAITING_PAYMENT,
                Channel.GREEN,
                officer,
                note,
                calendar,
                now);
    }

    /** The goods may go: the clock stops, and the processing time and whether it met the charter are recorded. */
    public DeclarationCleared clear(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        step("CLEAR", CLEARABLE, CLEARED, Channel.GREEN, officer, note, calendar, now);
        CharterClock clock = clock();
        clockRecord(clockRecord()
                .processed(clock.used(calendar, now).getSeconds(), clock.state(calendar, now) == ClockState.MET));
        return new DeclarationCleared(
                id().toString(),
                number(),
                gateCode(),
                channel().name(),
                clockRecord().processingSeconds(),
                clockRecord().withinCharter(),
                officer.toString(),
                now);
    }

    /** An officer grants the declarant's cancellation request. */
    public DeclarationCancelled cancel(UUID officer, String note, WorkingCalendar calendar, Instant now) {
        check("CANCEL", CANCELLED, null, ANY);
        if (cancellationReason == null) {
            throw new RuleViolationException(
                    "cancellation-not-requested", "A declaration is cancelled at its declarant's request only.");
        }
        step("CANCEL", ANY, CANCELLED, null, officer, note, calendar, now);
        return new DeclarationCancelled(id().toString(), gateCode(), cancellationReason, officer.toString(), now);
    }

    private HistoryEntry step(
            String action,
            Set<DeclarationStatus> from,
            DeclarationStatus target,
            Channel channelAtRegistration,
            UUID officer,
            String note,
            WorkingCalendar calendar,
            Instant now) {
        check(action, target, channelAtRegistration, from);
        if (assignedOfficerId() == null) {
            assignedOfficer(officer);
        }
        return move(target, officer.toString(), action, note, calendar, now);
    }

    /** The declarant asks to cancel, with a reason; an officer decides. */
    public HistoryEntry requestCancellation(String reason, String actor, Instant now) {
        if (!status().next().contains(CANCELLED)) {
            throw new IllegalTransitionException("declaration", status(), "be cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "A cancellation request gives its reason.");
        }
        this.cancellationReason = reason.strip();
        return record(new HistoryEntry(now, actor, "REQUEST_CANCELLATION", status(), status(), reason));
    }

    /**
     * The declarant amends the declaration before clearance (not while the goods are being inspected): its content is
     * replaced, duties recomputed, and the content it had is returned, to be kept readable as version {@link
     * #amendments()}. The LRN, gate and flow stay; the channel, number and clock stay.
     */
    public Lodgement amend(Lodgement amended, String contentHash, String actor, Instant now) {
        if (status().terminal() || status() == SUBMITTED || status() == UNDER_INSPECTION) {
            throw new IllegalTransitionException("declaration", status(), "be amended");
        }
        Lodgement before = replaceContent(amended, contentHash);
        this.amendments++;
        record(new HistoryEntry(now, actor, "AMEND", status(), status(), "version " + (amendments + 1)));
        return before;
    }

    /** The declarant adds a document reference. */
    public HistoryEntry addDocument(DocumentRef document, String actor) {
        if (status().terminal()) {
            throw new IllegalTransitionException("declaration", status(), "take documents");
        }
        addDocumentRef(document);
        return record(new HistoryEntry(document.addedAt(), actor, "ADD_DOCUMENT", status(), status(), document.type()));
    }

    /** Proposes a lower channel, with a reason code; a second officer must approve it. */
    public HistoryEntry proposeOverride(Channel to, String reasonCode, UUID officer, Instant now) {
        if (status().terminal() || channel() == null) {
            throw new IllegalTransitionException("declaration", status(), "change channel");
        }
        this.override = ChannelOverride.propose(channel(), to, reasonCode, officer);
        String note = to + " " + reasonCode;
        return record(new HistoryEntry(now, officer.toString(), "PROPOSE_OVERRIDE", status(), status(), note));
    }

    /** A second officer approves the proposed override (four eyes); the channel changes. */
    public ChannelOverridden approveOverride(UUID approver, Instant now) {
        if (override == null || !override.pending() || status().terminal()) {
            throw new IllegalTransitionException("declaration", status(), "approve an override (none proposed)");
        }
        Channel before = channel();
        Channel to = override.proposed();
        this.override = override.approve(approver, before);
        channel(to);
        record(new HistoryEntry(
                now,
                approver.toString(),
                "APPROVE_OVERRIDE",
                status(),
                status(),
                channel().name()));
        return new ChannelOverridden(
                id().toString(),
                gateCode(),
                declarant().taxId().value(),
                before.name(),
                channel().name(),
                override.reasonCode(),
                override.proposedBy().toString(),
                approver.toString(),
                now);
    }

    public ChannelOverride override() {
        return override;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public int amendments() {
        return amendments;
    }
}

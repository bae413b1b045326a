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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.contracts.declarations.ChannelOverridden;
import vn.customs.contracts.declarations.CharterBreached;
import vn.customs.contracts.declarations.DeclarationCancelled;
import vn.customs.contracts.declarations.DeclarationCleared;
import vn.customs.contracts.declarations.DeclarationRegistered;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.charter.ClockState;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * A goods declaration: the aggregate root. Its content is {@link LodgedContent}, its status, clock and history
 * {@link DeclarationState}, the declarant's transitions {@link DeclarantActs}; here are registration and the officers'
 * transitions, one named method each, checking the state (and, right after registration, the channel) and returning
 * the event it causes: a published contract event, or the history entry it wrote. Its channel override and inspection
 * extension are embedded values that check their own rules.
 */
@Entity
@Table(name = "declarations")
public class Declaration extends DeclarantActs {

    private static final Set<DeclarationStatus> ANY = EnumSet.allOf(DeclarationStatus.class);
    private static final Set<DeclarationStatus> CLEARABLE =
            EnumSet.of(REGISTERED, ASSESSED_AWAITING_PAYMENT, UNDER_DOC_CHECK, UNDER_INSPECTION);

    @Embedded
    private ChannelOverride override;

    @Embedded
    private InspectionExtension extension;

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
            OfficerId officerId,
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
                id().toString(), number, gateCode().value(), channel().name(), selection.reasons(), officer, now);
    }

    /** YELLOW: an officer starts the document check. */
    public HistoryEntry startDocumentCheck(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "START_DOC_CHECK", Set.of(REGISTERED), UNDER_DOC_CHECK, Channel.YELLOW, officer, note, calendar, now);
    }

    /** The dossier is incomplete: the declaration waits on its declarant, and the clock pauses. */
    public HistoryEntry requestDocuments(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "REQUEST_DOCUMENTS", Set.of(UNDER_DOC_CHECK), AWAITING_DOCUMENTS, null, officer, note, calendar, now);
    }

    /** Documents delivered at the counter: the document check goes on. */
    public HistoryEntry receiveDocuments(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        return step(
                "DOCUMENTS_RECEIVED", Set.of(AWAITING_DOCUMENTS), UNDER_DOC_CHECK, null, officer, note, calendar, now);
    }

    /** The document check calls for the goods: the physical inspection gets its own committed time on top. */
    public HistoryEntry escalateToGoods(
            OfficerId officer, String note, CharterTerms terms, WorkingCalendar calendar, Instant now) {
        check("ESCALATE_TO_GOODS", AWAITING_GOODS, null, Set.of(UNDER_DOC_CHECK));
        clockRecord(clockRecord().plus(terms.committedFor(Channel.RED.name())));
        return step("ESCALATE_TO_GOODS", Set.of(UNDER_DOC_CHECK), AWAITING_GOODS, null, officer, note, calendar, now);
    }

    /** RED: the goods must be presented for a physical inspection. */
    public HistoryEntry requireGoods(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        return step("REQUIRE_GOODS", Set.of(REGISTERED), AWAITING_GOODS, Channel.RED, officer, note, calendar, now);
    }

    /** An officer records the goods presented at the gate: the physical inspection starts. */
    public HistoryEntry startInspection(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        return step("GOODS_PRESENTED", Set.of(AWAITING_GOODS), UNDER_INSPECTION, null, officer, note, calendar, now);
    }

    /** GREEN: duties are assessed and wait for payment. */
    public HistoryEntry assessDuties(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
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

    /**
     * The goods may go: the clock stops, the processing time and whether it met the charter are recorded, and a breach
     * the watch has not yet announced is announced now, once.
     */
    public Clearance clear(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        step("CLEAR", CLEARABLE, CLEARED, Channel.GREEN, officer, note, calendar, now);
        CharterClock clock = clock();
        clockRecord(clockRecord()
                .processed(clock.used(calendar, now).getSeconds(), clock.state(calendar, now) == ClockState.MET));
        Optional<CharterBreached> breach = breachIfLate(calendar, now);
        return new Clearance(
                new DeclarationCleared(
                        id().toString(),
                        number(),
                        gateCode().value(),
                        channel().name(),
                        clockRecord().processingSeconds(),
                        clockRecord().withinCharter(),
                        officer.toString(),
                        now),
                breach);
    }

    /** An officer grants the declarant's cancellation request. */
    public DeclarationCancelled cancel(OfficerId officer, String note, WorkingCalendar calendar, Instant now) {
        check("CANCEL", CANCELLED, null, ANY);
        if (cancellationReason() == null) {
            throw new RuleViolationException(
                    "cancellation-not-requested", "A declaration is cancelled at its declarant's request only.");
        }
        step("CANCEL", ANY, CANCELLED, null, officer, note, calendar, now);
        return new DeclarationCancelled(
                id().toString(), gateCode().value(), cancellationReason(), officer.toString(), now);
    }

    private HistoryEntry step(
            String action,
            Set<DeclarationStatus> from,
            DeclarationStatus target,
            Channel channelAtRegistration,
            OfficerId officer,
            String note,
            WorkingCalendar calendar,
            Instant now) {
        check(action, target, channelAtRegistration, from);
        if (assignedOfficerId() == null) {
            assignedOfficer(officer);
        }
        return move(target, officer.toString(), action, note, calendar, now);
    }

    /**
     * An officer asks to extend the physical inspection, once, by at most 2 working days, with a reason (422
     * otherwise); a second officer approves. Only while the goods are being inspected (409 otherwise, or once asked).
     */
    public HistoryEntry requestInspectionExtension(OfficerId officer, int workingDays, String reason, Instant now) {
        if (status() != UNDER_INSPECTION || extension != null) {
            String asked = extension == null ? "" : ", already extended once";
            throw new IllegalTransitionException("declaration", status() + asked, "extend the inspection");
        }
        this.extension = InspectionExtension.request(officer, workingDays, reason, now);
        String note = workingDays + " working day(s): " + extension.reason();
        return record(new HistoryEntry(now, officer.toString(), "REQUEST_EXTENSION", status(), status(), note));
    }

    /** A second officer approves the extension (422 for the one who asked): the committed time grows by it. */
    public HistoryEntry approveInspectionExtension(OfficerId approver, WorkingCalendar calendar, Instant now) {
        if (status() != UNDER_INSPECTION || extension == null || !extension.pending()) {
            throw new IllegalTransitionException("declaration", status(), "approve an extension (none asked)");
        }
        this.extension = extension.approve(approver, now);
        clockRecord(clockRecord().plus(extension.workingTime(calendar)));
        clockRecord(clockRecord().deadline(clock().deadline(calendar, now)));
        String note = "+" + extension.workingDays() + " working day(s)";
        return record(new HistoryEntry(now, approver.toString(), "APPROVE_EXTENSION", status(), status(), note));
    }

    /** The head of the gate hands the declaration to another officer, with a reason; the history keeps who had it. */
    public HistoryEntry reassign(OfficerId to, String reason, String head, Instant now) {
        if (status().terminal()) {
            throw new IllegalTransitionException("declaration", status(), "be reassigned");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "A reassignment gives its reason.");
        }
        if (to.equals(assignedOfficerId())) {
            throw new RuleViolationException("already-assigned", "The declaration is already assigned to " + to + ".");
        }
        String note = "from " + assignedOfficerId() + " to " + to + ": " + reason.strip();
        assignedOfficer(to);
        return record(new HistoryEntry(now, head, "REASSIGN", status(), status(), note));
    }

    /** Proposes a lower channel, with a reason code; a second officer must approve it. */
    public HistoryEntry proposeOverride(Channel to, String reasonCode, OfficerId officer, Instant now) {
        if (status().terminal() || channel() == null) {
            throw new IllegalTransitionException("declaration", status(), "change channel");
        }
        this.override = ChannelOverride.propose(channel(), to, reasonCode, officer);
        String note = to + " " + reasonCode;
        return record(new HistoryEntry(now, officer.toString(), "PROPOSE_OVERRIDE", status(), status(), note));
    }

    /** A second officer approves the proposed override (four eyes); the channel changes. */
    public ChannelOverridden approveOverride(OfficerId approver, Instant now) {
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
                gateCode().value(),
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

    public InspectionExtension extension() {
        return extension;
    }
}

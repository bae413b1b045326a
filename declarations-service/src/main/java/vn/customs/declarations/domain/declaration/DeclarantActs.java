package vn.customs.declarations.domain.declaration;

import static vn.customs.declarations.domain.declaration.DeclarationStatus.AWAITING_DOCUMENTS;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.AWAITING_GOODS;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.CANCELLED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.REGISTERED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.UNDER_DOC_CHECK;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.UNDER_INSPECTION;

import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.customs.contracts.declarations.DeclarationAmended;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * The declarant's transitions of a declaration: asking to cancel, amending, delivering documents and presenting the
 * goods. A delivery ends the wait on the declarant at once, so the charter clock resumes when he delivers, not when
 * an officer next records a step.
 */
@MappedSuperclass
public abstract class DeclarantActs extends DeclarationState {

    private String cancellationReason;

    /** How many times the declarant amended it; the earlier versions stay readable. */
    private int amendments;

    protected DeclarantActs() {}

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
     * The declarant amends the declaration while customs has decided nothing on it ({@link
     * DeclarationStatus#amendable()}; 409 otherwise): the registration checks run again on the new content (422 naming
     * the problems), duties are recomputed, and the channel {@code reselected} for it applies when it is higher, never
     * lower (still registered, the clock then commits to the higher channel's time). The LRN, gate, flow, declarant
     * and number stay; the replaced content is returned with the event, to be kept readable as a version.
     */
    public Amendment amend(
            Lodgement amended,
            String contentHash,
            ChannelSelection reselected,
            CharterTerms terms,
            WorkingCalendar calendar,
            String actor,
            Instant now) {
        if (!status().amendable()) {
            throw new IllegalTransitionException("declaration", status(), "be amended (customs decided on it)");
        }
        List<String> problems =
                amended.registrationProblems(now.atZone(calendar.zone()).toLocalDate());
        if (!problems.isEmpty()) {
            throw new RuleViolationException("registration-problems", String.join(" ", problems));
        }
        Lodgement before = replaceContent(amended, contentHash);
        this.amendments++;
        Channel previous = channel();
        if (previous.lowerThan(reselected.channel())) {
            raiseChannel(reselected, terms, calendar, now);
        } else if (previous == reselected.channel()) {
            // the amended content holds the same channel for reasons of its own (a tobacco line on a declaration the
            // random draw had already sent RED): they are recorded beside the first ones
            addRiskReasons(reselected);
        }
        String note = "version " + (amendments + 1) + (previous == channel() ? "" : ", channel " + channel());
        record(new HistoryEntry(now, actor, "AMEND", status(), status(), note));
        return new Amendment(
                before,
                new DeclarationAmended(
                        id().toString(),
                        number(),
                        gateCode().value(),
                        declarant().taxId().value(),
                        amendments + 1,
                        previous.name(),
                        channel().name(),
                        riskReasons(),
                        now));
    }

    private void raiseChannel(ChannelSelection reselected, CharterTerms terms, WorkingCalendar calendar, Instant now) {
        if (status() == REGISTERED) {
            Duration more = terms.committedFor(reselected.channel().name())
                    .minus(terms.committedFor(channel().name()));
            clockRecord(clockRecord().plus(more));
            clockRecord(clockRecord().deadline(clock().deadline(calendar, now)));
        }
        channel(reselected.channel());
        addRiskReasons(reselected);
    }

    private void addRiskReasons(ChannelSelection reselected) {
        riskReasons(Stream.concat(riskReasons().stream(), reselected.reasons().stream())
                .distinct()
                .toList());
    }

    /**
     * The declarant adds a document reference. While documents are awaited, the first one delivers the dossier: the
     * document check goes on and the clock runs again from now.
     */
    public HistoryEntry addDocument(DocumentRef document, String actor, WorkingCalendar calendar) {
        if (status().terminal()) {
            throw new IllegalTransitionException("declaration", status(), "take documents");
        }
        addDocumentRef(document);
        Instant at = document.addedAt();
        HistoryEntry added = record(new HistoryEntry(at, actor, "ADD_DOCUMENT", status(), status(), document.type()));
        return status() == AWAITING_DOCUMENTS
                ? move(UNDER_DOC_CHECK, actor, "DOCUMENTS_DELIVERED", document.type(), calendar, at)
                : added;
    }

    /** The declarant presents the goods at the gate: the physical inspection starts, and the clock runs from now. */
    public HistoryEntry presentGoods(String actor, String note, WorkingCalendar calendar, Instant now) {
        check("GOODS_PRESENTED", UNDER_INSPECTION, null, Set.of(AWAITING_GOODS));
        return move(UNDER_INSPECTION, actor, "GOODS_PRESENTED", note, calendar, now);
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public int amendments() {
        return amendments;
    }
}

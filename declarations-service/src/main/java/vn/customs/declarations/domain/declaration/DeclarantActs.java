package vn.customs.declarations.domain.declaration;

import static vn.customs.declarations.domain.declaration.DeclarationStatus.AWAITING_DOCUMENTS;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.AWAITING_GOODS;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.CANCELLED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.SUBMITTED;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.UNDER_DOC_CHECK;
import static vn.customs.declarations.domain.declaration.DeclarationStatus.UNDER_INSPECTION;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Set;
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

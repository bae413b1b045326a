package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.Event;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.declaration.DocumentRef;
import vn.customs.declarations.domain.declaration.HistoryEntry;
import vn.customs.declarations.domain.risk.Channel;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * The steps of a declaration after registration: officers' steps and channel overrides (only at their gate), and the
 * declarant's cancellation requests and documents (only on his own declarations). Every step names the version it
 * expects (If-Match at the edge).
 */
@ApplicationScoped
public class ProcessDeclaration {

    private final DeclarationRepository declarations;
    private final Workload workload;
    private final OfficerAccess officers;
    private final Caller caller;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;
    private final WorkingCalendar calendar;
    private final CharterTerms terms;

    ProcessDeclaration(
            DeclarationRepository declarations,
            Workload workload,
            OfficerAccess officers,
            Caller caller,
            Outbox outbox,
            AuditTrail audit,
            Today today,
            WorkingCalendar calendar,
            CharterTerms terms) {
        this.declarations = declarations;
        this.workload = workload;
        this.officers = officers;
        this.caller = caller;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
        this.calendar = calendar;
        this.terms = terms;
    }

    @Transactional
    public Declaration step(UUID id, ExpectedVersion expected, Step step, String note) {
        Declaration declaration = load(id, expected);
        OfficerId officer = processor(declaration);
        OfficerId assignedBefore = declaration.assignedOfficerId();
        outbox.publishAll(take(declaration, step, officer, note, terms, calendar, today.now()));
        workload.follow(assignedBefore, declaration);
        return saved(declaration, "declaration-step", Map.of("step", step, "officer", officer.value()));
    }

    /** The aggregate's transition that {@code step} names, and the events it causes (none for most steps). */
    public static List<Event> take(
            Declaration declaration,
            Step step,
            OfficerId officer,
            String note,
            CharterTerms terms,
            WorkingCalendar calendar,
            Instant now) {
        return switch (step) {
            case START_DOC_CHECK -> none(declaration.startDocumentCheck(officer, note, calendar, now));
            case REQUEST_DOCUMENTS -> none(declaration.requestDocuments(officer, note, calendar, now));
            case DOCUMENTS_RECEIVED -> none(declaration.receiveDocuments(officer, note, calendar, now));
            case ESCALATE_TO_GOODS -> none(declaration.escalateToGoods(officer, note, terms, calendar, now));
            case REQUIRE_GOODS -> none(declaration.requireGoods(officer, note, calendar, now));
            case GOODS_PRESENTED -> none(declaration.startInspection(officer, note, calendar, now));
            case ASSESS_DUTIES -> none(declaration.assessDuties(officer, note, calendar, now));
            case CLEAR -> declaration.clear(officer, note, calendar, now).events();
            case CANCEL -> List.of(declaration.cancel(officer, note, calendar, now));
        };
    }

    /** A step recorded only in the declaration's history publishes nothing. */
    private static List<Event> none(HistoryEntry recorded) {
        return List.of();
    }

    @Transactional
    public Declaration proposeOverride(UUID id, ExpectedVersion expected, Channel to, String reasonCode) {
        Declaration declaration = load(id, expected);
        OfficerId officer = processor(declaration);
        declaration.proposeOverride(to, reasonCode, officer, today.now());
        return saved(declaration, "propose-channel-override", Map.of("to", to, "reasonCode", reasonCode));
    }

    @Transactional
    public Declaration approveOverride(UUID id, ExpectedVersion expected) {
        Declaration declaration = load(id, expected);
        OfficerId approver = officers.requireMayAct(declaration);
        outbox.publish(declaration.approveOverride(approver, today.now()));
        return saved(declaration, "approve-channel-override", Map.of("channel", declaration.channel()));
    }

    @Transactional
    public Declaration requestCancellation(UUID id, ExpectedVersion expected, String reason) {
        Declaration declaration = ownLoad(id, expected);
        declaration.requestCancellation(reason, caller.subject(), today.now());
        return saved(declaration, "request-cancellation", Map.of("reason", reason));
    }

    @Transactional
    public Declaration addDocument(UUID id, ExpectedVersion expected, String type, String reference, String sha256) {
        Declaration declaration = ownLoad(id, expected);
        Instant now = today.now();
        declaration.addDocument(new DocumentRef(type, reference, sha256, now), caller.subject(), calendar);
        Map<String, Object> details = new HashMap<>();
        details.put("type", type);
        details.put("reference", reference);
        return saved(declaration, "add-document", details);
    }

    /** The declarant presents his goods at the gate: the inspection starts and the charter clock runs from now. */
    @Transactional
    public Declaration presentGoods(UUID id, ExpectedVersion expected) {
        Declaration declaration = ownLoad(id, expected);
        declaration.presentGoods(caller.subject(), null, calendar, today.now());
        return saved(declaration, "present-goods", Map.of());
    }

    /** An officer at the gate asks to extend the physical inspection (once, at most 2 working days, a reason). */
    @Transactional
    public Declaration requestInspectionExtension(UUID id, ExpectedVersion expected, int workingDays, String reason) {
        Declaration declaration = load(id, expected);
        OfficerId officer = processor(declaration);
        declaration.requestInspectionExtension(officer, workingDays, reason, today.now());
        return saved(declaration, "request-inspection-extension", Map.of("workingDays", workingDays, "reason", reason));
    }

    /** A second officer at the gate approves the extension: the clock's committed time grows by it. */
    @Transactional
    public Declaration approveInspectionExtension(UUID id, ExpectedVersion expected) {
        Declaration declaration = load(id, expected);
        OfficerId approver = officers.requireMayAct(declaration);
        declaration.approveInspectionExtension(approver, calendar, today.now());
        return saved(declaration, "approve-inspection-extension", Map.of("approver", approver.value()));
    }

    /**
     * The calling officer, who may process this declaration: posted at its gate, not suspended, no interest in its
     * enterprises, and it is his (or nobody's yet) unless he heads the gate. Approvals are a second officer's by
     * nature, so they check only the first part.
     */
    private OfficerId processor(Declaration declaration) {
        OfficerId officer = officers.requireMayAct(declaration);
        declaration.requireMayProcess(
                officer,
                () -> officers.headedUnits().contains(declaration.gateCode().value()));
        return officer;
    }

    private Declaration load(UUID id, ExpectedVersion expected) {
        Declaration declaration =
                declarations.findForUpdate(id).orElseThrow(() -> new UnknownObjectException("declaration", id));
        expected.requireMatches(declaration.version());
        return declaration;
    }

    private Declaration ownLoad(UUID id, ExpectedVersion expected) {
        Declaration declaration =
                declarations.findForUpdate(id).orElseThrow(() -> new UnknownObjectException("declaration", id));
        caller.requireEnterprise(declaration.declarant().taxId().value(), "declaration", id);
        expected.requireMatches(declaration.version());
        return declaration;
    }

    private Declaration saved(Declaration declaration, String action, Map<String, ?> details) {
        declarations.flush();
        audit.record(action, "declaration", declaration.id(), details);
        return DeclarationQueries.whole(declaration);
    }
}

package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.customs.contracts.Event;
import vn.customs.contracts.declarations.DeclarationRegistered;
import vn.customs.contracts.declarations.DeclarationSubmitted;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.declaration.Duties;
import vn.customs.declarations.domain.declaration.Item;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.declarations.domain.declaration.SubmissionChannel;
import vn.customs.declarations.domain.officer.OfficerRoster;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.declarations.domain.risk.ComplianceRecord;
import vn.customs.declarations.domain.risk.RiskFacts;
import vn.customs.declarations.domain.risk.RiskRuleBook;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * Lodges a declaration and registers it at once (as VNACCS does): number, risk channel with its reasons, the
 * least-loaded officer posted at the gate, and the charter clock. The LRN names one declaration per declarant: the
 * same content again returns the first result, other content is refused.
 */
@ApplicationScoped
public class SubmitDeclaration {

    /**
     * The declaration, whether it was an earlier submission returned again, and the version of the risk rules that
     * chose its channel (null for a replay or a rejection). The audit entry of the submission records the version.
     */
    public record Result(Declaration declaration, boolean replayed, String riskRulesVersion) {}

    /** What a dry-run answers for a lodgement registration would accept: its goods lines with their duties. */
    public record Check(List<Item> items, BigDecimal importDutyVnd, BigDecimal vatVnd) {}

    private final DeclarationRepository declarations;
    private final OfficerRoster roster;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;
    private final CharterTerms terms;
    private final RiskRuleBook rules;
    private final WorkingCalendar calendar;
    private final RegistrationChecks checks;
    private final ComplianceRecord compliance;
    private final Caller caller;
    private final SecureRandom random = new SecureRandom();

    SubmitDeclaration(
            DeclarationRepository declarations,
            OfficerRoster roster,
            Outbox outbox,
            AuditTrail audit,
            Today today,
            WorkingCalendar calendar,
            RegistrationChecks checks,
            ComplianceRecord compliance,
            Caller caller,
            CharterTerms terms,
            RiskRuleBook rules) {
        this.declarations = declarations;
        this.roster = roster;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
        this.calendar = calendar;
        this.checks = checks;
        this.compliance = compliance;
        this.caller = caller;
        this.terms = terms;
        this.rules = rules;
    }

    @Transactional
    public Result submit(Lodgement lodgement, String actor) {
        requireOwnEnterprise(lodgement.declarant().taxId().value());
        String contentHash = ContentHash.of(lodgement);
        DeclarationRepository.DeclarantRecord record =
                declarations.declarantRecord(lodgement.declarant().taxId().value(), lodgement.lrn());
        Optional<Declaration> earlier = record.lrnHeldBy().flatMap(declarations::find);
        if (earlier.isPresent()) {
            if (earlier.get().contentHash().equals(contentHash)) {
                return new Result(earlier.get(), true, null);
            }
            throw new LrnTakenException(lodgement.lrn(), earlier.get().id());
        }
        List<FieldProblem> refused = checks.gate(lodgement.gateCode().value(), today.date());
        if (!refused.isEmpty()) {
            throw new RegistrationRefusedException(refused);
        }
        boolean firstTime = !record.declaredBefore();
        Declaration declaration = Declaration.submit(TimeOrderedIds.next(), lodgement, contentHash, actor, today.now());
        DeclarationSubmitted submitted = declaration.submission();
        Optional<DeclarationRegistered> registered = Optional.empty();
        String rulesVersion = null;
        List<String> problems = declaration.registrationProblems(today.date());
        if (problems.isEmpty()) {
            ChannelSelection selection = select(lodgement, firstTime);
            rulesVersion = selection.rulesVersion();
            registered = Optional.of(register(declaration, lodgement, selection));
        } else {
            declaration.reject(
                    String.join(" ", problems) + " Correct the declaration and lodge it again under the same LRN.",
                    today.now());
        }
        // persisted once complete: an earlier persist would be flushed by the native queries above and then updated
        declarations.add(declaration);
        outbox.publishAll(
                Stream.concat(Stream.<Event>of(submitted), registered.stream()).toList());
        declarations.flush();
        // The officer's workload counter only after the declaration's row (and the statistics rollups its trigger
        // keeps): a step that finishes a declaration writes them in that order too, and two transactions taking the
        // same rows in opposite orders deadlock under load.
        if (registered.isPresent() && declaration.assignedOfficerId() != null) {
            roster.assigned(declaration.assignedOfficerId().value());
        }
        Map<String, Object> details = new HashMap<>();
        details.put("lrn", lodgement.lrn());
        details.put("status", declaration.status());
        if (rulesVersion != null) {
            details.put("riskRulesVersion", rulesVersion);
        }
        audit.record("submit-declaration", "declaration", declaration.id(), details);
        return new Result(declaration, false, rulesVersion);
    }

    /**
     * What registration would refuse in a lodgement, each with its pointer, without storing anything: a declarant who
     * is not the caller's enterprise ({@code not-your-enterprise}, at {@code /declarant/taxId}), an LRN of the
     * declarant already naming other content ({@code lrn-taken}, at {@code /lrn}), and a unit that is not an open
     * gate (at {@code /gateCode}). Null fields are skipped: bean validation reports them.
     */
    @Transactional
    public List<FieldProblem> problems(String gateCode, String declarantTaxId, String lrn, String contentHash) {
        List<FieldProblem> problems = new ArrayList<>();
        if (declarantTaxId != null && !isOwnEnterprise(declarantTaxId)) {
            problems.add(new FieldProblem(
                    NotYourEnterpriseException.POINTER,
                    NotYourEnterpriseException.CODE,
                    "not the caller's enterprise"));
        }
        if (declarantTaxId != null && lrn != null && TaxId.valid(declarantTaxId)) {
            declarations
                    .declarantRecord(declarantTaxId, lrn)
                    .lrnHeldBy()
                    .flatMap(declarations::find)
                    .filter(earlier -> !earlier.contentHash().equals(contentHash))
                    .ifPresent(earlier -> problems.add(new FieldProblem(
                            "/lrn", "lrn-taken", new LrnTakenException(lrn, earlier.id()).getMessage())));
        }
        problems.addAll(checks.gate(gateCode, today.date()));
        return problems;
    }

    /** A declarant lodges for his own enterprise only: the one his token names. */
    private void requireOwnEnterprise(String declarantTaxId) {
        if (!isOwnEnterprise(declarantTaxId)) {
            throw new NotYourEnterpriseException(caller.taxId().orElse(null), declarantTaxId);
        }
    }

    private boolean isOwnEnterprise(String declarantTaxId) {
        return caller.taxId().map(declarantTaxId::equals).orElse(false);
    }

    /**
     * The dry-run of a well-formed lodgement: the checks registration makes (the gate; the invoice and arrival
     * dates, by the aggregate's own rule on a declaration that is never stored), then the duties. Refuses (422,
     * every reason with its pointer) what lodging would refuse or reject.
     */
    @Transactional
    public Check check(Lodgement lodgement) {
        List<FieldProblem> refused =
                new ArrayList<>(checks.gate(lodgement.gateCode().value(), today.date()));
        Declaration unsaved = Declaration.submit(TimeOrderedIds.next(), lodgement, "", "dry-run", today.now());
        for (String problem : unsaved.registrationProblems(today.date())) {
            refused.add(new FieldProblem(pointerOf(problem), "registration-rejected", problem));
        }
        if (!refused.isEmpty()) {
            throw new RegistrationRefusedException(refused);
        }
        List<Item> items = Duties.compute(
                lodgement.flow(), lodgement.items(), lodgement.invoice().exchangeRateVnd());
        return new Check(
                items,
                items.stream().map(Item::importDutyVnd).reduce(BigDecimal.ZERO, BigDecimal::add),
                items.stream().map(Item::vatVnd).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The field a registration problem of the aggregate is about, by its wording (tested by the dry-run tests). */
    private static String pointerOf(String problem) {
        if (problem.startsWith("The invoice")) {
            return "/invoice/date";
        }
        return problem.startsWith("The goods arrive") ? "/transport/arrivalDate" : "/";
    }

    /** The channel, by the risk rules in force today at the gate, with the version that chose it. */
    private ChannelSelection select(Lodgement lodgement, boolean firstTime) {
        return rules.inForce(today.date())
                .select(
                        new RiskFacts(
                                lodgement.gateCode().value(),
                                lodgement.flow(),
                                lodgement.items().stream()
                                        .map(item -> item.hsCode().value())
                                        .collect(Collectors.toList()),
                                lodgement.items().stream()
                                        .map(Item::originCountry)
                                        .distinct()
                                        .collect(Collectors.toList()),
                                firstTime,
                                compliance.priorViolations(
                                        lodgement.declarant().taxId().value()),
                                lodgement.submissionChannel() == SubmissionChannel.PAPER),
                        random);
    }

    private DeclarationRegistered register(Declaration declaration, Lodgement lodgement, ChannelSelection selection) {
        Set<String> enterprises = Enterprises.of(declaration);
        UUID officer = roster.leastLoaded(lodgement.gateCode().value(), today.date(), enterprises)
                .orElse(null);
        return declaration.register(
                declarations.nextNumber(),
                selection,
                selection.rulesVersion(),
                officer == null ? null : new OfficerId(officer),
                terms,
                calendar,
                today.now());
    }
}

package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.declaration.Amendment;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DeclarationRepository;
import vn.customs.declarations.domain.declaration.Item;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.declarations.domain.declaration.SubmissionChannel;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.declarations.domain.risk.ComplianceRecord;
import vn.customs.declarations.domain.risk.RiskFacts;
import vn.customs.declarations.domain.risk.RiskRuleBook;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * The declarant amends his declaration before customs decided on it: the registration checks and the channel
 * selection run again on the new content (the channel may rise, never fall), the replaced content stays readable as
 * the previous version, and {@code DeclarationAmended} is published.
 */
@ApplicationScoped
public class AmendDeclaration {

    private final DeclarationRepository declarations;
    private final RiskRuleBook rules;
    private final ComplianceRecord compliance;
    private final RegistrationChecks checks;
    private final CharterTerms terms;
    private final WorkingCalendar calendar;
    private final Caller caller;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;
    private final SecureRandom random = new SecureRandom();

    AmendDeclaration(
            DeclarationRepository declarations,
            RiskRuleBook rules,
            ComplianceRecord compliance,
            RegistrationChecks checks,
            CharterTerms terms,
            WorkingCalendar calendar,
            Caller caller,
            Outbox outbox,
            AuditTrail audit,
            Today today) {
        this.declarations = declarations;
        this.rules = rules;
        this.compliance = compliance;
        this.checks = checks;
        this.terms = terms;
        this.calendar = calendar;
        this.caller = caller;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Declaration amend(UUID id, ExpectedVersion expected, Lodgement amended) {
        Declaration declaration =
                declarations.findForUpdate(id).orElseThrow(() -> new UnknownObjectException("declaration", id));
        caller.requireEnterprise(declaration.declarant().taxId().value(), "declaration", id);
        expected.requireMatches(declaration.version());
        List<FieldProblem> refused = checks.gate(amended.gateCode().value(), today.date());
        if (!refused.isEmpty()) {
            throw new RegistrationRefusedException(refused);
        }
        Amendment amendment = declaration.amend(
                amended,
                ContentHash.of(amended),
                reselect(declaration, amended),
                terms,
                calendar,
                caller.subject(),
                today.now());
        declarations.keepVersion(id, declaration.amendments(), amendment.replaced(), caller.subject(), today.now());
        outbox.publish(amendment.amended());
        declarations.flush();
        audit.record(
                "amend-declaration",
                "declaration",
                id,
                Map.of(
                        "version",
                        amendment.amended().version(),
                        "channel",
                        amendment.amended().channel()));
        return DeclarationQueries.whole(declaration);
    }

    /**
     * The channel the amended content would get at registration, by the rules in force today at its gate and the
     * enterprise's compliance record, as lodging selects. Whether the declarant was declaring for the first time is what
     * registration found then.
     */
    private ChannelSelection reselect(Declaration declaration, Lodgement amended) {
        return rules.inForce(today.date())
                .select(
                        new RiskFacts(
                                amended.gateCode().value(),
                                amended.flow(),
                                amended.items().stream()
                                        .map(item -> item.hsCode().value())
                                        .toList(),
                                amended.items().stream()
                                        .map(Item::originCountry)
                                        .distinct()
                                        .toList(),
                                declaration.riskReasons().contains(ChannelSelection.FIRST_TIME_DECLARANT),
                                compliance.priorViolations(
                                        amended.declarant().taxId().value()),
                                amended.submissionChannel() == SubmissionChannel.PAPER),
                        random);
    }
}

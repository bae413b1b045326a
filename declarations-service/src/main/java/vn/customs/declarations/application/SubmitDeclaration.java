package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
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
import vn.customs.declarations.domain.declaration.Item;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.declarations.domain.officer.OfficerRoster;
import vn.customs.declarations.domain.risk.ChannelSelection;
import vn.customs.declarations.domain.risk.ChannelSelector;
import vn.customs.declarations.domain.risk.RiskFacts;
import vn.customs.declarations.domain.risk.RiskRules;
import vn.customs.declarations.infrastructure.DeclarationsConfig;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.http.RequestProblemException;
import vn.customs.platform.time.Today;

/**
 * Lodges a declaration and registers it at once (as VNACCS does): number, risk channel with its reasons, the
 * least-loaded officer posted at the gate, and the charter clock. The LRN names one declaration per declarant: the
 * same content again returns the first result, other content is refused.
 */
@ApplicationScoped
public class SubmitDeclaration {

    /** The declaration, and whether it was an earlier submission returned again. */
    public record Result(Declaration declaration, boolean replayed) {}

    private final DeclarationRepository declarations;
    private final OfficerRoster roster;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;
    private final CharterTerms terms;
    private final ChannelSelector selector;
    private final WorkingCalendar calendar;
    private final SecureRandom random = new SecureRandom();

    SubmitDeclaration(
            DeclarationRepository declarations,
            OfficerRoster roster,
            Outbox outbox,
            AuditTrail audit,
            Today today,
            WorkingCalendar calendar,
            DeclarationsConfig config) {
        this.declarations = declarations;
        this.roster = roster;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
        this.calendar = calendar;
        this.terms = Terms.of(config);
        RiskRules defaults = RiskRules.defaults();
        this.selector = new ChannelSelector(new RiskRules(
                defaults.redHsChapters(),
                defaults.yellowHsChapters(),
                defaults.watchedOrigins(),
                defaults.violationsForRed(),
                config.risk().minimumRandomRedRate(),
                config.risk().minimumRandomYellowRate()));
    }

    @Transactional
    public Result submit(Lodgement lodgement, String actor) {
        String contentHash = ContentHash.of(lodgement);
        DeclarationRepository.DeclarantRecord record =
                declarations.declarantRecord(lodgement.declarant().taxId().value(), lodgement.lrn());
        Optional<Declaration> earlier = record.lrnHeldBy().flatMap(declarations::find);
        if (earlier.isPresent()) {
            if (earlier.get().contentHash().equals(contentHash)) {
                return new Result(earlier.get(), true);
            }
            throw new RequestProblemException(
                    409,
                    "lrn-taken",
                    "LRN " + lodgement.lrn() + " already names declaration "
                            + earlier.get().id() + " with other content; use a new LRN or amend that declaration.");
        }
        boolean firstTime = !record.declaredBefore();
        Declaration declaration = Declaration.submit(TimeOrderedIds.next(), lodgement, contentHash, actor, today.now());
        DeclarationSubmitted submitted = declaration.submission();
        Optional<DeclarationRegistered> registered = Optional.empty();
        List<String> problems = declaration.registrationProblems(today.date());
        if (problems.isEmpty()) {
            registered = Optional.of(register(declaration, lodgement, firstTime));
        } else {
            declaration.reject(String.join(" ", problems), today.now());
        }
        // persisted once complete: an earlier persist would be flushed by the native queries above and then updated
        declarations.add(declaration);
        outbox.publishAll(
                Stream.concat(Stream.<Event>of(submitted), registered.stream()).toList());
        declarations.flush();
        audit.record(
                "submit-declaration",
                "declaration",
                declaration.id(),
                Map.of("lrn", lodgement.lrn(), "status", declaration.status()));
        return new Result(declaration, false);
    }

    private DeclarationRegistered register(Declaration declaration, Lodgement lodgement, boolean firstTime) {
        ChannelSelection selection = selector.select(
                new RiskFacts(
                        lodgement.gateCode(),
                        lodgement.flow(),
                        lodgement.items().stream()
                                .map(item -> item.hsCode().value())
                                .collect(Collectors.toList()),
                        lodgement.items().stream()
                                .map(Item::originCountry)
                                .distinct()
                                .collect(Collectors.toList()),
                        firstTime,
                        0,
                        "PAPER".equals(lodgement.submissionChannel())),
                random);
        Set<String> enterprises = Enterprises.of(declaration);
        UUID officer = roster.leastLoaded(lodgement.gateCode(), today.date(), enterprises)
                .orElse(null);
        if (officer != null) {
            roster.assigned(officer);
        }
        return declaration.register(
                declarations.nextNumber(), selection, "default", officer, terms, calendar, today.now());
    }
}

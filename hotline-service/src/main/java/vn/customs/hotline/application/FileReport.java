package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ProofOfReport;
import vn.customs.hotline.domain.protection.ReceiptCode;
import vn.customs.hotline.domain.protection.ReceiptCodes;
import vn.customs.hotline.domain.protection.ReportSigner;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.protection.SealedIdentity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.hotline.domain.staffing.Unit;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;
import vn.customs.platform.time.Today;

/**
 * A report is filed: by the reporter on the web form, or by an operator who took a call, a visit, a letter or an
 * e-mail. The answer holds the receipt (shown this once; only its hash is kept) and the signed proof of report.
 */
@ApplicationScoped
public class FileReport {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the answer gives the reporter, once. */
    public record Filed(Report report, ReceiptCode receipt, ProofOfReport proof) {}

    private final ReportRepository reports;
    private final UnitDirectory units;
    private final ReceiptCodes receipts;
    private final ReportSigner signer;
    private final IdentityVault vault;
    private final ClockRuleBook rules;
    private final TermCalendar calendar;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;
    private final Caller caller;

    FileReport(
            Caller caller,
            ReportRepository reports,
            UnitDirectory units,
            ReceiptCodes receipts,
            ReportSigner signer,
            IdentityVault vault,
            ClockRuleBook rules,
            TermCalendar calendar,
            Outbox outbox,
            AuditTrail audit,
            Today today) {
        this.caller = caller;
        this.reports = reports;
        this.units = units;
        this.receipts = receipts;
        this.signer = signer;
        this.vault = vault;
        this.rules = rules;
        this.calendar = calendar;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    /**
     * Files a report: the reporter's own on the web form, or one a hotline operator records (any other channel, the
     * operator named as its recorder). {@code identity} is null for an anonymous report.
     */
    @Transactional
    public Filed file(IntakeChannel channel, ReporterMode mode, ReporterIdentity identity, ReportFacts facts) {
        String operator = null;
        if (channel.recordedByOperator()) {
            if (!caller.hasRole(Roles.HOTLINE_HANDLER)) {
                throw new AccessRefusedException(
                        "operator-only",
                        "Only a hotline operator records a report taken by phone, visit, post or e-mail.");
            }
            operator = caller.subject();
        }
        Unit unit = units.find(facts.unitCode())
                .filter(Unit::open)
                .orElseThrow(() -> new RuleViolationException(
                        "unknown-unit", "No open unit " + facts.unitCode() + " in this department."));
        Instant now = today.now();
        UUID id = TimeOrderedIds.next();
        ReceiptCode receipt = freshReceipt();
        SealedIdentity sealed = mode.givesIdentity() && identity != null ? vault.seal(id, identity) : null;
        String contentHash = ReportContent.hash(facts);
        Report report = Report.receive(
                new Report.Intake(
                        id,
                        receipt.lookup(),
                        receipts.hash(receipt),
                        channel,
                        operator,
                        mode,
                        pseudonym(),
                        contentHash,
                        unit.remoteArea(),
                        sealed),
                facts,
                now,
                rules.inForceOn(today.date()),
                calendar);
        reports.add(report);
        outbox.publish(report.received());
        // no content and no identity in the audit trail either: what arrived, how, and about which unit
        audit.record(
                "file-report",
                "report",
                id,
                Map.of(
                        "channel",
                        channel.name(),
                        "mode",
                        mode.name(),
                        "unit",
                        facts.unitCode().value()));
        return new Filed(report, receipt, signer.sign(id, now, contentHash));
    }

    private ReceiptCode freshReceipt() {
        // 40 random bits of lookup: a clash is rare, and then another code is drawn
        for (int attempt = 0; attempt < 5; attempt++) {
            ReceiptCode code = receipts.issue();
            if (reports.findByReceiptLookup(code.lookup()).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free receipt lookup after five draws");
    }

    /** What handlers call the reporter: random, so that it says nothing about him or the receipt. */
    private static String pseudonym() {
        String alphabet = ReceiptCode.ALPHABET;
        StringBuilder name = new StringBuilder("Reporter ");
        for (int i = 0; i < 6; i++) {
            name.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return name.toString();
    }
}

package vn.customs.hotline.domain.report;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.customs.contracts.hotline.ReportAccepted;
import vn.customs.contracts.hotline.ReportReceived;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.KindTerms;
import vn.customs.hotline.domain.clock.LegalClock;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.protection.SealedIdentity;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A report to the hotline, from receipt to closure. The lifecycle and its legal clock live here; what the reporter
 * said lives in {@link ReportFacts}; how it is settled in {@link Settlement}.
 */
@Entity
@Table(name = "reports")
public class Report extends Settlement {

    @Id
    private UUID id;

    /** The receipt's public part, to find the report; the secret part is only stored as a salted slow hash. */
    private String receiptLookup;

    private String receiptHash;

    @Enumerated(EnumType.STRING)
    private IntakeChannel intakeChannel;

    /** The operator who recorded a call, a visit, a letter or an e-mail; null for the web form. */
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    private ReporterMode reporterMode;

    /** What handlers call the reporter; his identity is sealed and only the custodian opens it. */
    private String pseudonym;

    /** The reporter's identity, encrypted under this report's data key; null for an anonymous report. */
    @Embedded
    private SealedIdentity identity;

    @Embedded
    private ReportFacts facts;

    /** SHA-256 of the facts as received, the value the proof of report signs. */
    private String contentHash;

    private boolean remoteArea;
    private Instant receivedAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER) // small, and read by views after the transaction
    @CollectionTable(name = "report_withdrawn_parts", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "part")
    private List<String> withdrawnParts = new ArrayList<>();

    @Version
    private long version;

    protected Report() {}

    /** What a new report needs besides its facts. */
    public record Intake(
            UUID id,
            String receiptLookup,
            String receiptHash,
            IntakeChannel channel,
            String recordedBy,
            ReporterMode mode,
            String pseudonym,
            String contentHash,
            boolean remoteArea,
            SealedIdentity identity) {}

    /** Receives a report; its acceptance clock starts now, under the rules in force today. */
    public static Report receive(
            Intake intake, ReportFacts facts, Instant now, ClockRuleVersion rules, TermCalendar calendar) {
        if (intake.channel().recordedByOperator() != (intake.recordedBy() != null)) {
            throw new RuleViolationException(
                    "intake-channel",
                    "Only the web form is filed by the reporter; every other channel is recorded by an operator.");
        }
        if (facts.happenedAt() != null && facts.happenedAt().isAfter(now)) {
            throw new RuleViolationException(
                    "happened-in-future", "What is reported cannot have happened later than now.");
        }
        Report report = new Report();
        report.id = intake.id();
        report.receiptLookup = intake.receiptLookup();
        report.receiptHash = intake.receiptHash();
        report.intakeChannel = intake.channel();
        report.recordedBy = intake.recordedBy();
        report.reporterMode = intake.mode();
        report.pseudonym = intake.pseudonym();
        report.contentHash = intake.contentHash();
        if (intake.mode().givesIdentity() != (intake.identity() != null)) {
            throw new RuleViolationException(
                    "identity-mode",
                    intake.mode().givesIdentity()
                            ? "A " + intake.mode() + " report gives the reporter's identity."
                            : "An anonymous report gives no identity.");
        }
        report.remoteArea = intake.remoteArea();
        report.identity = intake.identity();
        report.facts = facts;
        report.receivedAt = now;
        report.queueLevel = QueueLevel.DEPARTMENT;
        report.status = ReportStatus.RECEIVED;
        report.complexity = Complexity.NORMAL;
        report.clock = LegalClock.forAcceptance(now, rules.of(facts.kind()), rules.atRiskPercent(), calendar);
        return report;
    }

    /** The event of its receipt: no content at all. */
    public ReportReceived received() {
        return new ReportReceived(
                id.toString(),
                intakeChannel.name(),
                facts.kind().name(),
                facts.unitCode().value(),
                receivedAt);
    }

    /** Accepts the report for settlement; the settlement clock starts under the rules in force today. */
    public ReportAccepted accept(Complexity complexity, Instant now, ClockRuleVersion rules, TermCalendar calendar) {
        moveTo(ReportStatus.ACCEPTED, "be accepted");
        this.complexity = complexity;
        this.acceptedAt = now;
        KindTerms terms = rules.of(facts.kind());
        clock.startSettlement(
                now,
                terms.settlementDays(complexity, remoteArea),
                terms.settlementCount(),
                rules.atRiskPercent(),
                calendar);
        return new ReportAccepted(
                id.toString(),
                facts.unitCode().value(),
                facts.category().name(),
                facts.accusedOfficerId() == null
                        ? null
                        : facts.accusedOfficerId().toString(),
                now);
    }

    /** Starts verifying the facts. */
    public void startVerification() {
        // from ACCEPTED only: SUSPENDED goes back to VERIFYING through resume, which restarts a paused clock
        if (status != ReportStatus.ACCEPTED) {
            throw new vn.customs.platform.domain.IllegalTransitionException("report", status, "start verification");
        }
        moveTo(ReportStatus.VERIFYING, "start verification");
    }

    /** A complaint withdrawn in whole (the report ends) or in part (from the rules of 1 July 2026). */
    public void withdraw(String part, Instant now, ClockRuleVersion rules) {
        if (facts.kind() != ReportKind.COMPLAINT) {
            throw new RuleViolationException("not-a-complaint", "Only a complaint can be withdrawn.");
        }
        if (part == null) {
            moveTo(ReportStatus.WITHDRAWN, "be withdrawn");
            this.endedAt = now;
            return;
        }
        if (!rules.partialWithdrawal()) {
            throw new RuleViolationException(
                    "partial-withdrawal-not-allowed",
                    "The rules in force do not allow withdrawing part of a complaint.");
        }
        if (!status.open()) {
            throw new vn.customs.platform.domain.IllegalTransitionException("report", status, "be withdrawn in part");
        }
        withdrawnParts.add(part.strip());
    }

    /** A handler confirms who the accused officer is (from the candidates on post, or otherwise). */
    public void confirmAccused(OfficerId officer) {
        if (!status.open()) {
            throw new vn.customs.platform.domain.IllegalTransitionException("report", status, "name the accused");
        }
        this.facts = facts.withAccused(officer);
    }

    /** The reporter answers or adds something; not once the report is over. */
    public ReportMessage reporterWrites(UUID messageId, String text, Instant now) {
        if (!status.open() && status != ReportStatus.CONCLUDED && status != ReportStatus.ACTIONS_TRACKING) {
            throw new vn.customs.platform.domain.IllegalTransitionException("report", status, "take messages");
        }
        return ReportMessage.fromReporter(messageId, id, text, now);
    }

    /** A handler writes, to the reporter or for the handlers only. */
    public ReportMessage handlerWrites(
            UUID messageId, String handler, MessageVisibility visibility, String text, Instant now) {
        return ReportMessage.fromHandler(messageId, id, handler, visibility, text, now);
    }

    @Override
    protected UUID reportId() {
        return id;
    }

    @Override
    protected ReportFacts facts() {
        return facts;
    }

    public UUID id() {
        return id;
    }

    public String receiptHash() {
        return receiptHash;
    }

    public IntakeChannel intakeChannel() {
        return intakeChannel;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public ReporterMode reporterMode() {
        return reporterMode;
    }

    public String pseudonym() {
        return pseudonym;
    }

    public ReportFacts reportFacts() {
        return facts;
    }

    /** The sealed identity, for the custodian's approved reads only; empty for an anonymous report. */
    public java.util.Optional<SealedIdentity> sealedIdentity() {
        return java.util.Optional.ofNullable(identity);
    }

    public String contentHash() {
        return contentHash;
    }

    public boolean remoteArea() {
        return remoteArea;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<String> withdrawnParts() {
        return List.copyOf(withdrawnParts);
    }

    public long version() {
        return version;
    }
}

package vn.customs.hotline.domain.report;

import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import vn.customs.contracts.hotline.ReportDeadlineBreached;
import vn.customs.hotline.domain.clock.ClockRuleVersion;
import vn.customs.hotline.domain.clock.DeadlineState;
import vn.customs.hotline.domain.clock.KindTerms;
import vn.customs.hotline.domain.clock.LegalClock;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/**
 * A report's status and its legal clock: suspensions that pause it (from 1 July 2026), extensions of complex cases,
 * the deadline breached and the escalation to the next level's queue.
 */
@MappedSuperclass
public abstract class ClockedReport {

    public static final int MAX_REASON = 1000;

    @Enumerated(EnumType.STRING)
    protected ReportStatus status;

    @Enumerated(EnumType.STRING)
    protected Complexity complexity;

    @Embedded
    protected LegalClock clock;

    @Enumerated(EnumType.STRING)
    protected QueueLevel queueLevel;

    private String suspensionReason;
    private String lastExtensionReason;

    protected abstract UUID reportId();

    protected abstract ReportFacts facts();

    protected abstract boolean remoteArea();

    protected static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "This decision states its reason.");
        }
        if (reason.length() > MAX_REASON) {
            throw new RuleViolationException("reason-too-long", "A reason has at most " + MAX_REASON + " characters.");
        }
    }

    protected void moveTo(ReportStatus target, String transition) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(
                    "report", status, transition + " (allowed next: " + status.next() + ")");
        }
        this.status = target;
    }

    /** Suspends verification; from 1 July 2026 (rules in force today) the settlement clock pauses with it. */
    public void suspend(String reason, Instant now, ClockRuleVersion rules) {
        requireReason(reason);
        moveTo(ReportStatus.SUSPENDED, "be suspended");
        this.suspensionReason = reason.strip();
        if (rules.suspensionPausesClock()) {
            clock.pause(now);
        }
    }

    /** Verification resumes; a paused clock moves its deadline on by the time it stood still. */
    public void resume(Instant now, TermCalendar calendar) {
        moveTo(ReportStatus.VERIFYING, "resume");
        this.suspensionReason = null;
        clock.resume(now, calendar);
    }

    /** Extends the settlement term of a complex case, within the extensions its complexity allows. */
    public void extend(int days, String reason, ClockRuleVersion rules, TermCalendar calendar) {
        requireReason(reason);
        if (status.clockPhase() != ReportStatus.ClockPhase.SETTLEMENT) {
            throw new IllegalTransitionException("report", status, "be extended");
        }
        KindTerms terms = rules.of(facts().kind());
        int allowed = terms.extensionsAllowed(complexity);
        if (clock.extensionsUsed() >= allowed) {
            throw new RuleViolationException(
                    "no-extension-left",
                    "A " + complexity + " " + facts().kind() + " may be extended " + allowed + " time(s); it was "
                            + clock.extensionsUsed() + " time(s).");
        }
        if (days < 1 || days > terms.extensionDays()) {
            throw new RuleViolationException(
                    "extension-too-long", "An extension is 1 to " + terms.extensionDays() + " days.");
        }
        clock.extend(days, calendar);
        this.lastExtensionReason = reason.strip();
    }

    /** The running deadline passed: said once per deadline, and the report moves to the next level's queue. */
    public ReportDeadlineBreached breachDeadline(Instant now) {
        ReportStatus.ClockPhase phase = status.clockPhase();
        boolean settlement = phase == ReportStatus.ClockPhase.SETTLEMENT;
        if (phase == ReportStatus.ClockPhase.NONE || !clock.newlyBreached(now, settlement)) {
            throw new RuleViolationException("deadline-not-breached", "The report's running deadline has not passed.");
        }
        clock.breach(settlement);
        this.queueLevel = queueLevel.next();
        return new ReportDeadlineBreached(
                reportId().toString(),
                facts().unitCode().value(),
                settlement ? "SETTLEMENT" : "ACCEPTANCE",
                clock.dueAt(),
                queueLevel.name(),
                now);
    }

    /** Where the running deadline stands at {@code now}. */
    public DeadlineState deadlineState(Instant now) {
        return clock.state(now, status.open());
    }

    public ReportStatus status() {
        return status;
    }

    public Complexity complexity() {
        return complexity;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public String lastExtensionReason() {
        return lastExtensionReason;
    }

    /**
     * The facts must be checked in several places before the acceptance decision: the acceptance term lengthens to
     * the longer term of the rules in force on the day of receipt (denunciations: 10 working days instead of 7), once.
     */
    public void needsVerificationInSeveralPlaces(
            String reason, ClockRuleVersion rulesOnReceipt, TermCalendar calendar) {
        requireReason(reason);
        if (status != ReportStatus.RECEIVED) {
            throw new IllegalTransitionException("report", status, "lengthen its acceptance term");
        }
        KindTerms terms = rulesOnReceipt.of(facts().kind());
        if (!terms.acceptanceLengthens()) {
            throw new RuleViolationException(
                    "acceptance-term-fixed", "The acceptance term of a " + facts().kind() + " does not lengthen.");
        }
        if (clock.termDays() >= terms.severalPlacesAcceptanceDays()) {
            throw new RuleViolationException(
                    "acceptance-term-lengthened", "The acceptance term was already lengthened.");
        }
        clock.lengthenTo(terms.severalPlacesAcceptanceDays(), calendar);
    }

    public LegalClock legalClock() {
        return clock;
    }

    public QueueLevel queueLevel() {
        return queueLevel;
    }
}

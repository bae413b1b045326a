package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.HandlingRules;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/**
 * The acceptance decision on a received report: accepted (its settlement clock starts), not accepted for a codified
 * reason, or transferred to the authority it belongs to. An accepted report about an officer or a unit that keeps
 * being reported asks inspections for a targeted inspection.
 */
@ApplicationScoped
public class DecideAcceptance {

    private final HandlerAccess access;
    private final ReportRepository reports;
    private final ClockRuleBook rules;
    private final HandlingRules handling;
    private final TermCalendar calendar;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    DecideAcceptance(
            HandlerAccess access,
            ReportRepository reports,
            ClockRuleBook rules,
            HandlingRules handling,
            TermCalendar calendar,
            Outbox outbox,
            AuditTrail audit,
            Today today) {
        this.access = access;
        this.reports = reports;
        this.rules = rules;
        this.handling = handling;
        this.calendar = calendar;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Report accept(UUID id, ExpectedVersion expected, Complexity complexity) {
        Report report = access.forAction(id, expected);
        outbox.publish(report.accept(complexity, today.now(), rules.inForceOn(today.date()), calendar));
        audit.record("accept-report", "report", id, Map.of("complexity", complexity.name()));
        long accepted = reports.acceptedAbout(
                report.reportFacts().unitCode(),
                report.reportFacts().accusedOfficerId(),
                today.now().minus(handling.repeatWindow()));
        if (accepted >= handling.repeatedReports()) {
            String reason = accepted + " accepted reports about "
                    + (report.reportFacts().accusedOfficerId() != null ? "this officer" : "this unit")
                    + " within " + handling.repeatWindow().toDays() + " days";
            outbox.publish(report.requestInspection(reason, today.now()));
            audit.record("request-inspection", "report", id, Map.of("reason", reason));
        }
        return report;
    }

    /** The facts must be checked in several places: the acceptance term of the day of receipt lengthens, once. */
    @Transactional
    public Report lengthenAcceptanceTerm(UUID id, ExpectedVersion expected, String reason) {
        Report report = access.forAction(id, expected);
        report.needsVerificationInSeveralPlaces(
                reason,
                rules.inForceOn(
                        report.receivedAt().atZone(Today.DEPARTMENT_ZONE).toLocalDate()),
                calendar);
        audit.record(
                "lengthen-acceptance-term",
                "report",
                id,
                Map.of("reason", reason, "dueAt", report.legalClock().dueAt().toString()));
        return report;
    }

    @Transactional
    public Report refuse(UUID id, ExpectedVersion expected, NonAcceptanceReason reason, String note) {
        Report report = access.forAction(id, expected);
        report.refuse(reason, note, today.now());
        audit.record("refuse-report", "report", id, Map.of("reason", reason.name()));
        return report;
    }

    @Transactional
    public Report transfer(UUID id, ExpectedVersion expected, String authority, String note) {
        Report report = access.forAction(id, expected);
        report.transfer(authority, note, today.now());
        audit.record("transfer-report", "report", id, Map.of("to", authority));
        return report;
    }
}

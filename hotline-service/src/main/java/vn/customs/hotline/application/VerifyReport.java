package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.clock.TermCalendar;
import vn.customs.hotline.domain.report.Report;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.time.Today;

/** Verification: started, suspended and resumed (the clock pausing under the rules of the day), extended, the accused named. */
@ApplicationScoped
public class VerifyReport {

    private final HandlerAccess access;
    private final ClockRuleBook rules;
    private final TermCalendar calendar;
    private final AuditTrail audit;
    private final Today today;

    VerifyReport(HandlerAccess access, ClockRuleBook rules, TermCalendar calendar, AuditTrail audit, Today today) {
        this.access = access;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Report start(UUID id, ExpectedVersion expected) {
        Report report = access.forAction(id, expected);
        report.startVerification();
        audit.record("start-verification", "report", id, Map.of());
        return report;
    }

    @Transactional
    public Report suspend(UUID id, ExpectedVersion expected, String reason) {
        Report report = access.forAction(id, expected);
        report.suspend(reason, today.now(), rules.inForceOn(today.date()));
        audit.record(
                "suspend-report",
                "report",
                id,
                Map.of("reason", reason, "clockPaused", report.legalClock().paused()));
        return report;
    }

    @Transactional
    public Report resume(UUID id, ExpectedVersion expected) {
        Report report = access.forAction(id, expected);
        report.resume(today.now(), calendar);
        audit.record(
                "resume-report",
                "report",
                id,
                Map.of("dueAt", report.legalClock().dueAt().toString()));
        return report;
    }

    @Transactional
    public Report extend(UUID id, ExpectedVersion expected, int days, String reason) {
        Report report = access.forAction(id, expected);
        // the terms of the law under which the report was accepted
        java.time.LocalDate acceptedOn = report.acceptedAt() == null
                ? today.date()
                : report.acceptedAt().atZone(Today.DEPARTMENT_ZONE).toLocalDate();
        report.extend(days, reason, rules.inForceOn(acceptedOn), calendar);
        audit.record("extend-report", "report", id, Map.of("days", days, "reason", reason));
        return report;
    }

    @Transactional
    public Report confirmAccused(UUID id, ExpectedVersion expected, OfficerId officer) {
        Report report = access.forAction(id, expected);
        report.confirmAccused(officer);
        // the handler who named the accused may now be in conflict (a shared posting): checked on the next action
        audit.record("confirm-accused", "report", id, Map.of("officer", officer.toString()));
        return report;
    }
}

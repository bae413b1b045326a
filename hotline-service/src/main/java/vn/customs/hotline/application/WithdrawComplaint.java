package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.customs.hotline.domain.clock.ClockRuleBook;
import vn.customs.hotline.domain.report.Report;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.time.Today;

/**
 * A complaint withdrawn, in whole or (under the rules of 1 July 2026) in part: recorded by a handler who received
 * the withdrawal by letter or in person. The reporter withdraws with his receipt through {@link FollowReport}.
 */
@ApplicationScoped
public class WithdrawComplaint {

    private final HandlerAccess access;
    private final ClockRuleBook rules;
    private final AuditTrail audit;
    private final Today today;

    WithdrawComplaint(HandlerAccess access, ClockRuleBook rules, AuditTrail audit, Today today) {
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.today = today;
    }

    /** {@code part} null withdraws the whole complaint. */
    @Transactional
    public Report withdraw(UUID id, ExpectedVersion expected, String part) {
        Report report = access.forAction(id, expected);
        report.withdraw(part, today.now(), rules.inForceOn(today.date()));
        audit.record("withdraw-complaint", "report", id, Map.of("whole", part == null));
        return report;
    }
}

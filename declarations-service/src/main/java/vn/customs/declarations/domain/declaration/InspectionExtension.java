package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.time.WorkingCalendar;

/**
 * The one extension a physical inspection may get (Customs Law 2014 art. 23: at most 2 working days): asked by an
 * officer with a reason, approved by a second officer. Immutable.
 */
@Embeddable
public record InspectionExtension(
        @Column(name = "extension_requested_by") OfficerId requestedBy,
        @Column(name = "extension_working_days") Integer workingDays,
        @Column(name = "extension_reason") String reason,
        @Column(name = "extension_requested_at") Instant requestedAt,
        @Column(name = "extension_approved_by") OfficerId approvedBy,
        @Column(name = "extension_approved_at") Instant approvedAt) {

    /** The most working days an inspection may be extended by. */
    public static final int MAX_WORKING_DAYS = 2;

    static InspectionExtension request(OfficerId officer, int workingDays, String reason, Instant at) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new RuleViolationException(
                    "extension-too-long",
                    "An inspection is extended by 1 to " + MAX_WORKING_DAYS + " working days, not " + workingDays
                            + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "An extension of the inspection gives its reason.");
        }
        return new InspectionExtension(officer, workingDays, reason.strip(), at, null, null);
    }

    InspectionExtension approve(OfficerId approver, Instant at) {
        if (approver.equals(requestedBy)) {
            throw new RuleViolationException(
                    "four-eyes", "The officer who asked for the extension cannot approve it; a second officer must.");
        }
        return new InspectionExtension(requestedBy, workingDays, reason, requestedAt, approver, at);
    }

    boolean pending() {
        return approvedBy == null;
    }

    /** The working time the extension adds: its working days, each as long as the calendar's working day. */
    Duration workingTime(WorkingCalendar calendar) {
        Duration day = calendar.workingPeriods().stream()
                .map(period -> period.length())
                .reduce(Duration.ZERO, Duration::plus);
        return day.multipliedBy(workingDays);
    }
}

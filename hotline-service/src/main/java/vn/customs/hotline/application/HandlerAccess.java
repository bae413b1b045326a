package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.hotline.domain.assignment.Conflict;
import vn.customs.hotline.domain.assignment.HandlerConflicts;
import vn.customs.hotline.domain.report.HandlingRules;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.staffing.PostingHistory;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.security.Caller;
import vn.customs.platform.time.Today;

/**
 * Who may act on a report: a handler with an officer id, with no conflict of interest in it (not the accused, not
 * posted at the accused unit in the last years, no shared posting with the accused), and, once the report is
 * assigned, one of its three handlers.
 */
@ApplicationScoped
public class HandlerAccess {

    private final ReportRepository reports;
    private final UnitDirectory units;
    private final PostingHistory postings;
    private final HandlingRules rules;
    private final Caller caller;
    private final Today today;
    private final HandlerConflicts conflicts = new HandlerConflicts();

    HandlerAccess(
            ReportRepository reports,
            UnitDirectory units,
            PostingHistory postings,
            HandlingRules rules,
            Caller caller,
            Today today) {
        this.reports = reports;
        this.units = units;
        this.postings = postings;
        this.rules = rules;
        this.caller = caller;
        this.today = today;
    }

    /** The report, locked, at the version the caller saw, for a handler allowed to act on it. */
    public Report forAction(UUID id, ExpectedVersion expected) {
        Report report = reports.findForUpdate(id).orElseThrow(() -> new UnknownObjectException("report", id));
        expected.requireMatches(report.version());
        OfficerId handler = handler();
        refuseConflicts(report, handler);
        if (report.assignment() != null && !report.assignment().includes(handler)) {
            throw new AccessRefusedException(
                    "not-assigned", "The report is assigned to other handlers: its receiver, verifier and decider.");
        }
        return report;
    }

    /** The report, for a handler allowed to read it. */
    public Report forReading(UUID id) {
        Report report = reports.find(id).orElseThrow(() -> new UnknownObjectException("report", id));
        refuseConflicts(report, handler());
        return report;
    }

    /** The conflicts of an officer in a report; empty when he may handle it. */
    public List<Conflict> conflictsOf(Report report, OfficerId officer) {
        return conflicts.of(
                officer,
                report.reportFacts().unitCode(),
                Optional.ofNullable(report.reportFacts().accusedOfficerId()),
                today.date(),
                rules.conflictLookbackYears(),
                units,
                postings);
    }

    /** The calling handler as an officer. */
    public OfficerId handler() {
        return caller.officerUuid()
                .map(OfficerId::new)
                .orElseThrow(() -> new AccessRefusedException(
                        "no-officer-id", "Handling reports needs a token that names the officer (officer_id)."));
    }

    private void refuseConflicts(Report report, OfficerId handler) {
        List<Conflict> found = conflictsOf(report, handler);
        if (!found.isEmpty()) {
            throw new AccessRefusedException(
                    "conflict-of-interest", found.get(0).detail());
        }
    }
}

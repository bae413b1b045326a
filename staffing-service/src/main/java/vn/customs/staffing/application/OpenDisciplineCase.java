package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.hotline.ReportConcluded;
import vn.customs.contracts.inspections.FindingRecorded;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.events.EventRejectedException;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.discipline.CaseOrigin;
import vn.customs.staffing.domain.discipline.DisciplineCase;
import vn.customs.staffing.domain.discipline.DisciplineCaseRepository;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;

/**
 * Opens discipline cases, by personnel or from other services' events (a disciplinary inspection finding, a
 * substantiated hotline report); the officer is under review while a case is open, suspended while one suspends him.
 */
@ApplicationScoped
public class OpenDisciplineCase {

    private static final List<String> REFERRALS = List.of("DISCIPLINARY_REFERRAL", "CRIMINAL_REFERRAL");
    private static final List<String> SUBSTANTIATED = List.of("SUBSTANTIATED", "PARTLY_SUBSTANTIATED");

    private final DisciplineCaseRepository cases;
    private final OfficerRepository officers;
    private final OrganisationQueries queries;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    OpenDisciplineCase(
            DisciplineCaseRepository cases,
            OfficerRepository officers,
            OrganisationQueries queries,
            Outbox outbox,
            AuditTrail audit,
            Today today) {
        this.cases = cases;
        this.officers = officers;
        this.queries = queries;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public DisciplineCase open(UUID officerId, String reason, boolean suspended) {
        Officer officer = officers.officerForUpdate(officerId)
                .orElseThrow(() -> new RuleViolationException("unknown-officer", "No officer " + officerId + "."));
        String unitCode = officer.postingOn(today.date()).map(p -> p.unitCode()).orElse(null);
        return open(officer, CaseOrigin.MANUAL, null, reason, unitCode, today.date(), suspended);
    }

    /**
     * A disciplinary or criminal referral about a named officer opens a case that suspends him until it is decided;
     * the unit's head on the violation day answers.
     */
    @Transactional
    public void onFinding(FindingRecorded finding) {
        if (!REFERRALS.contains(finding.severity()) || finding.officerId() == null) {
            return;
        }
        Officer officer = knownOfficer(finding.officerId());
        if (cases.byOrigin(officer.id(), CaseOrigin.FINDING, finding.findingId())
                .isPresent()) {
            return;
        }
        open(
                officer,
                CaseOrigin.FINDING,
                finding.findingId(),
                "Disciplinary finding (" + finding.category() + ") of inspection " + finding.inspectionId(),
                finding.unitCode(),
                finding.violationDate(),
                true);
    }

    /** A substantiated (or partly substantiated) report puts each officer it concerns under review. */
    @Transactional
    public void onReportConcluded(ReportConcluded report) {
        if (!SUBSTANTIATED.contains(report.outcome()) || report.officerIds() == null) {
            return;
        }
        for (String officerId : report.officerIds()) {
            Officer officer = knownOfficer(officerId);
            if (cases.byOrigin(officer.id(), CaseOrigin.REPORT, report.reportId())
                    .isEmpty()) {
                String unitCode =
                        officer.postingOn(today.date()).map(p -> p.unitCode()).orElse(null);
                open(
                        officer,
                        CaseOrigin.REPORT,
                        report.reportId(),
                        "Hotline report " + report.reportId() + " concluded " + report.outcome(),
                        unitCode,
                        null,
                        false);
            }
        }
    }

    private DisciplineCase open(
            Officer officer,
            CaseOrigin origin,
            String originId,
            String reason,
            String unitCode,
            LocalDate violationDate,
            boolean suspended) {
        UUID accountableHead = unitCode == null || violationDate == null
                ? null
                : queries.headAt(unitCode, violationDate).orElse(null);
        DisciplineCase opened = DisciplineCase.open(
                TimeOrderedIds.next(),
                officer.id(),
                origin,
                originId,
                reason,
                unitCode,
                violationDate,
                accountableHead,
                suspended,
                today.now());
        cases.add(opened);
        officer.disciplineStateChanged(true, suspended || officer.suspended());
        outbox.publish(opened.opening());
        officers.flush();
        audit.record(
                "open-discipline-case",
                "discipline-case",
                opened.id(),
                Map.of("officer", officer.id(), "origin", origin, "suspended", suspended));
        return opened;
    }

    /** Events may name an officer this register does not know (another department's); those are logged. */
    /**
     * The officer an event names. An event naming no officer of this register would otherwise open no case and
     * say nothing; it is refused to the dead-letter topic instead, to be replayed once the register knows him.
     */
    private Officer knownOfficer(String officerId) {
        UUID id;
        try {
            id = UUID.fromString(officerId);
        } catch (IllegalArgumentException notAnId) {
            throw new EventRejectedException("the event names officer '" + officerId + "', which is not an officer id");
        }
        return officers.officerForUpdate(id)
                .orElseThrow(() -> new EventRejectedException(
                        "the event names officer " + officerId + ", who is not in the register"));
    }
}

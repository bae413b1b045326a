package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.customs.contracts.hotline.TargetedInspectionRequested;
import vn.customs.inspections.domain.inspection.Basis;
import vn.customs.inspections.domain.inspection.Inspection;
import vn.customs.inspections.domain.inspection.InspectionRepository;
import vn.customs.inspections.domain.inspection.InspectionType;
import vn.customs.inspections.domain.inspection.Schedule;
import vn.customs.inspections.domain.staffing.Unit;
import vn.customs.inspections.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;

/**
 * Proposes an inspection (DRAFT): by a lead, or from a hotline report that asked for one. A SURPRISE inspection is
 * sealed from this moment, so its proposal is audited out of the chain and announces nothing.
 */
@ApplicationScoped
public class ProposeInspection {

    /** A report's inspection is proposed to start a week later, for ten days; the lead decides and may reschedule. */
    static final int REPORT_LEAD_DAYS = 7;

    static final int REPORT_DURATION_DAYS = 10;

    /** What a lead proposes. */
    public record Proposal(
            InspectionType type,
            Basis basis,
            String basisReference,
            UnitCode unit,
            List<OfficerId> targetOfficers,
            String scope,
            Schedule schedule) {}

    private final InspectionRepository inspections;
    private final InspectionAccess access;
    private final UnitDirectory units;
    private final DrawQueries draws;
    private final Today today;

    ProposeInspection(
            InspectionRepository inspections,
            InspectionAccess access,
            UnitDirectory units,
            DrawQueries draws,
            Today today) {
        this.inspections = inspections;
        this.access = access;
        this.units = units;
        this.draws = draws;
        this.today = today;
    }

    /** A lead's proposal, about a unit staffing opened and has not closed. */
    @Transactional
    public Inspection propose(Proposal proposal) {
        if (units.find(proposal.unit()).filter(Unit::open).isEmpty()) {
            throw new RuleViolationException(
                    "unknown-unit", "No open unit " + proposal.unit().value() + " is known from staffing.");
        }
        if (proposal.basis() == Basis.RISK_DRAW && !drawnThere(proposal)) {
            throw new RuleViolationException(
                    "not-drawn",
                    "Draw " + proposal.basisReference() + " did not choose "
                            + proposal.unit().value() + ".");
        }
        Inspection inspection = Inspection.propose(
                TimeOrderedIds.next(),
                proposal.type(),
                proposal.basis(),
                proposal.basisReference(),
                proposal.unit(),
                proposal.targetOfficers(),
                proposal.scope(),
                proposal.schedule(),
                today.now());
        inspections.add(inspection);
        access.audit(
                inspection,
                "propose-inspection",
                Map.of("type", proposal.type(), "basis", proposal.basis(), "unit", proposal.unit()));
        return inspection;
    }

    private boolean drawnThere(Proposal proposal) {
        try {
            return draws.drew(java.util.UUID.fromString(proposal.basisReference()), proposal.unit());
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /**
     * A report asked for a targeted inspection: propose one, once per report, for a lead to decide. The unit is the
     * one the hotline accepted the report about; it is not checked against this service's copy of the directory,
     * which may not have caught up yet.
     */
    @Transactional
    public Optional<Inspection> fromReport(TargetedInspectionRequested request) {
        if (inspections.findByBasis(Basis.REPORT, request.reportId()).isPresent()) {
            return Optional.empty();
        }
        List<OfficerId> officers = request.officerIds() == null
                ? List.of()
                : request.officerIds().stream().map(OfficerId::of).toList();
        Inspection inspection = Inspection.propose(
                TimeOrderedIds.next(),
                InspectionType.TARGETED,
                Basis.REPORT,
                request.reportId(),
                new UnitCode(request.unitCode()),
                officers,
                "Targeted inspection asked for by hotline report " + request.reportId() + ": " + request.reason(),
                Schedule.planned(today.date().plusDays(REPORT_LEAD_DAYS), REPORT_DURATION_DAYS),
                today.now());
        inspections.add(inspection);
        access.audit(inspection, "propose-inspection", Map.of("basis", Basis.REPORT, "report", request.reportId()));
        return Optional.of(inspection);
    }
}

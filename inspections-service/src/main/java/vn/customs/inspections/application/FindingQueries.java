package vn.customs.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.customs.inspections.domain.finding.CorrectiveAction;
import vn.customs.inspections.domain.finding.CorrectiveActionStatus;
import vn.customs.inspections.domain.finding.Finding;
import vn.customs.inspections.domain.finding.FindingRepository;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.security.Caller;
import vn.customs.platform.security.Roles;

/**
 * Reading findings and corrective actions. Every read goes through the inspection's visibility (a sealed inspection
 * has no findings for anyone but a lead: none can be recorded before the start anyway). An OFFICER sees only the
 * actions he owns, to act on them.
 */
@ApplicationScoped
@Transactional
public class FindingQueries {

    /** A finding with the actions it ordered. */
    public record FindingWithActions(Finding finding, List<CorrectiveAction> actions) {}

    /** Filters of the corrective actions list; no status means the pending ones (OPEN, IN_PROGRESS, OVERDUE). */
    public record ActionFilter(CorrectiveActionStatus status, UnitCode unit) {}

    private final EntityManager entityManager;
    private final FindingRepository findings;
    private final InspectionAccess access;
    private final Caller caller;

    FindingQueries(EntityManager entityManager, FindingRepository findings, InspectionAccess access, Caller caller) {
        this.entityManager = entityManager;
        this.findings = findings;
        this.access = access;
        this.caller = caller;
    }

    /**
     * A page of an inspection's findings in the order recorded, each with its actions, read with {@code limit + 1}
     * rows (two queries, whatever the page size).
     */
    public List<FindingWithActions> ofInspection(UUID inspectionId, PageRequest page) {
        access.visible(inspectionId);
        List<Finding> findingsOfPage = entityManager
                .createQuery(
                        "from Finding f where f.inspectionId = :inspection and f.id > :after order by f.id",
                        Finding.class)
                .setParameter("inspection", inspectionId)
                .setParameter("after", page.afterId())
                .setMaxResults(page.limit() + 1)
                .getResultList();
        if (findingsOfPage.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<CorrectiveAction>> actions = entityManager
                .createQuery(
                        "from CorrectiveAction a where a.findingId in :findings order by a.orderedAt, a.id",
                        CorrectiveAction.class)
                .setParameter(
                        "findings", findingsOfPage.stream().map(Finding::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(CorrectiveAction::findingId, LinkedHashMap::new, Collectors.toList()));
        return findingsOfPage.stream()
                .map(finding -> new FindingWithActions(finding, actions.getOrDefault(finding.id(), List.of())))
                .toList();
    }

    public FindingWithActions one(UUID findingId) {
        Finding finding = findings.find(findingId)
                .filter(found -> visible(found.inspectionId()))
                .orElseThrow(() -> new UnknownObjectException("finding", findingId));
        return new FindingWithActions(finding, findings.actionsOf(findingId));
    }

    public CorrectiveAction action(UUID actionId) {
        return findings.findAction(actionId)
                .filter(found -> visible(found.inspectionId()))
                .filter(this::mayRead)
                .orElseThrow(() -> new UnknownObjectException("corrective action", actionId));
    }

    /** A page of corrective actions by status and unit, in the order ordered, read with {@code limit + 1} rows. */
    public List<CorrectiveAction> actions(ActionFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("a.id > :after", "a.status in :statuses"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", page.afterId());
        Set<CorrectiveActionStatus> statuses = filter.status() == null
                ? EnumSet.of(
                        CorrectiveActionStatus.OPEN, CorrectiveActionStatus.IN_PROGRESS, CorrectiveActionStatus.OVERDUE)
                : EnumSet.of(filter.status());
        parameters.put("statuses", statuses);
        if (filter.unit() != null) {
            where.add("a.unitCode = :unit");
            parameters.put("unit", filter.unit());
        }
        var scope = access.unitScope();
        if (scope.isPresent()) {
            if (scope.get().isEmpty()) {
                return List.of();
            }
            where.add("a.unitCode in :scope");
            parameters.put("scope", scope.get());
        }
        TypedQuery<CorrectiveAction> query = entityManager.createQuery(
                "from CorrectiveAction a where " + String.join(" and ", where) + " order by a.id",
                CorrectiveAction.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(page.limit() + 1).getResultList();
    }

    private boolean visible(UUID inspectionId) {
        try {
            access.visible(inspectionId);
            return true;
        } catch (UnknownObjectException hidden) {
            return false;
        }
    }

    /** Everyone the edge lets in reads any action, but an OFFICER reads only those he owns. */
    private boolean mayRead(CorrectiveAction action) {
        boolean onlyOfficer = caller.hasRole(Roles.OFFICER)
                && !caller.hasRole(Roles.INSPECTION_LEAD)
                && !caller.hasRole(Roles.INSPECTOR)
                && !caller.hasRole(Roles.UNIT_HEAD)
                && !caller.hasRole(Roles.AUDITOR);
        return !onlyOfficer
                || caller.officerUuid()
                        .map(id -> id.equals(action.owner().value()))
                        .orElse(false);
    }
}

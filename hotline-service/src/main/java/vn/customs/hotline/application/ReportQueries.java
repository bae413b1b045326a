package vn.customs.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.customs.hotline.domain.report.HandlingRules;
import vn.customs.hotline.domain.report.QueueLevel;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportMessage;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.hotline.domain.staffing.Posting;
import vn.customs.hotline.domain.staffing.PostingHistory;
import vn.customs.hotline.domain.staffing.UnitDirectory;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.paging.PageRequest;
import vn.customs.platform.time.Today;

/**
 * Reading reports, for handlers: the queue (oldest first, by status, level and unit), one report, its messages, and
 * the officers who were on post where and when it happened. A handler never sees reports about a unit he was posted
 * at within the conflict lookback (nor the units above it): their existence alone would tell him about his colleagues.
 */
@ApplicationScoped
@Transactional
public class ReportQueries {

    /** Queue filters; null means any. */
    public record Filter(ReportStatus status, QueueLevel level, UnitCode unit) {}

    private final EntityManager entityManager;
    private final ReportRepository reports;
    private final HandlerAccess access;
    private final PostingHistory postings;
    private final UnitDirectory units;
    private final OnPostCandidates candidates;
    private final HandlingRules rules;
    private final Today today;

    ReportQueries(
            EntityManager entityManager,
            ReportRepository reports,
            HandlerAccess access,
            PostingHistory postings,
            UnitDirectory units,
            OnPostCandidates candidates,
            HandlingRules rules,
            Today today) {
        this.entityManager = entityManager;
        this.reports = reports;
        this.access = access;
        this.postings = postings;
        this.units = units;
        this.candidates = candidates;
        this.rules = rules;
        this.today = today;
    }

    /** A page of the queue, read with {@code limit + 1} rows so the caller knows whether more follow. */
    public List<Report> queue(Filter filter, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("r.id > :after"));
        Map<String, Object> parameters = new HashMap<>(Map.of("after", page.afterId()));
        if (filter.status() != null) {
            where.add("r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.level() != null) {
            where.add("r.queueLevel = :level");
            parameters.put("level", filter.level());
        }
        if (filter.unit() != null) {
            where.add("r.facts.unitCode = :unit");
            parameters.put("unit", filter.unit());
        }
        Set<UnitCode> hidden = unitsInConflict(access.handler());
        if (!hidden.isEmpty()) {
            where.add("r.facts.unitCode not in :hidden");
            parameters.put("hidden", hidden);
        }
        TypedQuery<Report> query = entityManager.createQuery(
                "from Report r where " + String.join(" and ", where) + " order by r.id", Report.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(page.limit() + 1).getResultList();
    }

    public Report one(UUID id) {
        return access.forReading(id);
    }

    /** Every message, internal notes included. */
    public List<ReportMessage> messages(UUID id) {
        access.forReading(id);
        return reports.messages(id, false);
    }

    /** Who was on post at the report's unit (and the units below it) on the day it happened: for a handler to confirm. */
    public List<OnPostCandidates.Candidate> accusedCandidates(UUID id) {
        Report report = access.forReading(id);
        LocalDate day = Optional.ofNullable(report.reportFacts().happenedAt())
                .map(at -> at.atZone(Today.DEPARTMENT_ZONE).toLocalDate())
                .orElse(report.receivedAt().atZone(Today.DEPARTMENT_ZONE).toLocalDate());
        return candidates.at(report.reportFacts().unitCode(), day);
    }

    /** The units a handler was posted at within the lookback, and every unit above them. */
    private Set<UnitCode> unitsInConflict(OfficerId handler) {
        LocalDate since = today.date().minusYears(rules.conflictLookbackYears());
        Set<UnitCode> found = new HashSet<>();
        for (Posting posting : postings.ofOfficer(handler)) {
            if (posting.to() != null && posting.to().isBefore(since)) {
                continue;
            }
            Optional<UnitCode> unit = Optional.of(posting.unit());
            // a guard against a cycle in a broken directory: no department is this deep
            for (int depth = 0; unit.isPresent() && depth < 16; depth++) {
                found.add(unit.get());
                unit = units.parentOf(unit.get());
            }
        }
        return found;
    }
}

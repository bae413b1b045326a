package vn.customs.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.customs.hotline.domain.report.MessageVisibility;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportMessage;
import vn.customs.hotline.domain.report.ReportRepository;
import vn.customs.hotline.domain.report.ReportStatus;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** Reports and their messages in PostgreSQL. */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    private static final List<ReportStatus> OPEN =
            List.of(ReportStatus.RECEIVED, ReportStatus.ACCEPTED, ReportStatus.VERIFYING, ReportStatus.SUSPENDED);

    private final EntityManager entityManager;

    JpaReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Report> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Report.class, id));
    }

    @Override
    public Optional<Report> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Report.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Report> findByReceiptLookup(String lookup) {
        return entityManager
                .createQuery("from Report r where r.receiptLookup = :lookup", Report.class)
                .setParameter("lookup", lookup)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Report report) {
        entityManager.persist(report);
    }

    @Override
    public long acceptedAbout(UnitCode unit, OfficerId officer, Instant since) {
        String about = officer != null ? "r.facts.accusedOfficerId = :about" : "r.facts.unitCode = :about";
        return entityManager
                .createQuery("select count(r) from Report r where r.acceptedAt >= :since and " + about, Long.class)
                .setParameter("since", since)
                .setParameter("about", officer != null ? officer : unit)
                .getSingleResult();
    }

    @Override
    public void add(ReportMessage message) {
        entityManager.persist(message);
    }

    @Override
    public List<ReportMessage> messages(UUID reportId, boolean reporterVisibleOnly) {
        String visible = reporterVisibleOnly ? " and m.visibility = :visible" : "";
        var query = entityManager
                .createQuery(
                        "from ReportMessage m where m.reportId = :report" + visible + " order by m.writtenAt, m.id",
                        ReportMessage.class)
                .setParameter("report", reportId);
        if (reporterVisibleOnly) {
            query.setParameter("visible", MessageVisibility.REPORTER_VISIBLE);
        }
        return query.getResultList();
    }

    @Override
    public List<UUID> deadlinesPassed(Instant now, int limit) {
        // a paused clock has no running deadline; a breach already said is not said again
        return entityManager
                .createQuery("""
                        select r.id from Report r
                        where r.status in :open and r.clock.dueAt < :now and r.clock.pausedSince is null
                          and ((r.status = :received and r.clock.acceptanceBreached = false)
                            or (r.status <> :received and r.clock.settlementBreached = false))
                        order by r.clock.dueAt
                        """, UUID.class)
                .setParameter("open", OPEN)
                .setParameter("now", now)
                .setParameter("received", ReportStatus.RECEIVED)
                .setMaxResults(limit)
                .getResultList();
    }
}

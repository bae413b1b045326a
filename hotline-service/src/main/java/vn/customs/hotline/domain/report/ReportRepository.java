package vn.customs.hotline.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports and their messages. */
public interface ReportRepository {

    Optional<Report> find(UUID id);

    /** The report, locked until the transaction ends. */
    Optional<Report> findForUpdate(UUID id);

    /** The report a receipt's lookup part names. */
    Optional<Report> findByReceiptLookup(String lookup);

    void add(Report report);

    /**
     * How many reports accepted since {@code since} (this one included, once accepted) concern the officer, or, when
     * no officer is named, the unit.
     */
    long acceptedAbout(
            vn.customs.platform.domain.UnitCode unit, vn.customs.platform.domain.OfficerId officer, Instant since);

    void add(ReportMessage message);

    /** Messages in the order written; only those the reporter reads when {@code reporterVisibleOnly}. */
    List<ReportMessage> messages(UUID reportId, boolean reporterVisibleOnly);

    /** Open reports whose running deadline passed before {@code now} and was not yet reported, oldest first. */
    List<UUID> deadlinesPassed(Instant now, int limit);
}

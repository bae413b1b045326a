package vn.customs.staffing.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import vn.customs.contracts.Event;
import vn.customs.contracts.staffing.AssetDeclarationOverdue;
import vn.customs.contracts.staffing.RotationDue;
import vn.customs.contracts.staffing.RotationOverdue;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.assets.AssetDeclaration;
import vn.customs.staffing.domain.rotation.Tenure;

/**
 * The daily job that announces rotations coming due, rotations overdue and annual asset declarations not filed.
 * Each notice is sent once: its row in {@code sent_notices} is written in the same transaction as the event, and an
 * instance that finds the row already there (another instance, or yesterday's run) sends nothing.
 */
@ApplicationScoped
public class Notices {

    private final FindRotationStandings standings;
    private final AssetDeclarationsOwed assets;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Today today;

    Notices(
            FindRotationStandings standings,
            AssetDeclarationsOwed assets,
            EntityManager entityManager,
            Outbox outbox,
            Today today) {
        this.standings = standings;
        this.assets = assets;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.today = today;
    }

    @Scheduled(
            cron = "{staffing.notices.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        send();
    }

    /** Sends what is owed today; returns how many notices went out. */
    @Transactional
    public int send() {
        LocalDate day = today.date();
        int sent = 0;
        for (RotationStanding standing : standings.on(day, null, null)) {
            sent += standing.standing() == Tenure.Standing.OVERDUE
                    ? once("RotationOverdue", standing.posting().id().toString(), overdue(standing))
                    : once("RotationDue", standing.posting().id().toString(), due(standing));
        }
        int lastYear = day.getYear() - 1;
        for (var officer : assets.overdue(lastYear)) {
            sent += once(
                    "AssetDeclarationOverdue",
                    officer.id() + ":" + lastYear,
                    new AssetDeclarationOverdue(
                            officer.id().toString(), lastYear, AssetDeclaration.annualDeadline(lastYear), today.now()));
        }
        return sent;
    }

    private int once(String notice, String subject, Event event) {
        int inserted = entityManager
                .createNativeQuery("INSERT INTO sent_notices (notice, subject, sent_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, notice)
                .setParameter(2, subject)
                .setParameter(3, Timestamp.from(today.now()))
                .executeUpdate();
        if (inserted == 1) {
            outbox.publish(event);
        }
        return inserted;
    }

    private RotationDue due(RotationStanding standing) {
        return new RotationDue(
                standing.officer().id().toString(),
                standing.posting().id().toString(),
                standing.posting().unitCode(),
                standing.post().id().toString(),
                standing.post().function().name(),
                standing.posting().validFrom(),
                standing.rotationDate(),
                today.now());
    }

    private RotationOverdue overdue(RotationStanding standing) {
        return new RotationOverdue(
                standing.officer().id().toString(),
                standing.posting().id().toString(),
                standing.posting().unitCode(),
                standing.post().id().toString(),
                standing.post().function().name(),
                standing.posting().validFrom(),
                standing.rotationDate(),
                standing.exemption(),
                today.now());
    }
}

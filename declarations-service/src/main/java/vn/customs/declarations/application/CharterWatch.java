package vn.customs.declarations.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.time.WorkingCalendar;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;

/**
 * Watches the running charter clocks and publishes {@code CharterBreached} the moment one runs out (each running
 * clock keeps its deadline in an indexed column, so a round reads only the clocks that ran out), and lapses
 * declarations left waiting on their declarant (documents, goods) 15 days after registration. Safe with several instances: each round locks the rows it
 * looks at with {@code FOR UPDATE SKIP LOCKED}, and a breach is recorded on the declaration in the same transaction
 * as its event, so it is sent once.
 */
@ApplicationScoped
public class CharterWatch {

    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final Workload workload;
    private final Outbox outbox;
    private final Today today;
    private final WorkingCalendar calendar;

    CharterWatch(EntityManager entityManager, Workload workload, Outbox outbox, Today today, WorkingCalendar calendar) {
        this.entityManager = entityManager;
        this.workload = workload;
        this.outbox = outbox;
        this.today = today;
        this.calendar = calendar;
    }

    @Scheduled(
            every = "{declarations.charter-watch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void watch() {
        round();
    }

    /** One round: returns how many breaches and lapses it published. */
    @Transactional
    public int round() {
        Instant now = today.now();
        int published = 0;
        for (Declaration declaration : locked(
                "clock_deadline IS NOT NULL AND breach_notified_at IS NULL AND clock_deadline < ?1",
                "clock_deadline",
                now)) {
            published +=
                    declaration.breachIfLate(calendar, now).map(outbox::publish).isPresent() ? 1 : 0;
        }
        for (Declaration declaration : locked(
                "status IN ('AWAITING_DOCUMENTS', 'AWAITING_GOODS')" + " AND registered_at < ?1",
                "registered_at",
                now.minus(Declaration.LAPSE))) {
            OfficerId assigned = declaration.assignedOfficerId();
            if (declaration.expireIfLapsed(now).map(outbox::publish).isPresent()) {
                workload.follow(assigned, declaration);
                published++;
            }
        }
        return published;
    }

    @SuppressWarnings("unchecked")
    private List<Declaration> locked(String condition, String order, Instant bound) {
        List<UUID> ids = entityManager
                .createNativeQuery("SELECT id FROM declarations WHERE " + condition + " ORDER BY " + order + " LIMIT "
                        + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, java.sql.Timestamp.from(bound))
                .getResultList();
        return ids.stream().map(id -> entityManager.find(Declaration.class, id)).toList();
    }
}

package vn.customs.platform.http;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets Idempotency-Keys after their retention ({@code customs.idempotency.retention}, one day by default):
 * a retry later than that is a new request. Safe with several instances (a delete is idempotent).
 */
@ApplicationScoped
public class IdempotencyKeyCleanup {

    private final EntityManager entityManager;
    private final Duration retention;

    IdempotencyKeyCleanup(
            EntityManager entityManager,
            @ConfigProperty(name = "customs.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.entityManager = entityManager;
        this.retention = retention;
    }

    @Scheduled(
            every = "${customs.idempotency.cleanup-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetExpiredKeys() {
        entityManager
                .createNativeQuery(
                        "DELETE FROM platform_idempotency_key WHERE created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) retention.toSeconds())
                .executeUpdate();
    }
}

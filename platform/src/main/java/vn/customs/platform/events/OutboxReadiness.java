package vn.customs.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox backlog in readiness. It stays UP while Kafka is briefly away, since the service keeps accepting
 * changes and the outbox keeps their events until Kafka returns; it turns DOWN when the oldest waiting event is
 * older than {@code customs.outbox.pending-down-after} (the backlog is not draining) or an event has been parked
 * longer than {@code customs.outbox.parked-down-after} (someone must re-queue or discard it).
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    OutboxReadiness(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        double pendingAge = backlog.oldestAgeSeconds();
        double parkedAge = backlog.oldestParkedAgeSeconds();
        boolean draining = pendingAge <= config.pendingDownAfter().toSeconds();
        boolean parkedInTime = backlog.parkedEvents() == 0
                || parkedAge <= config.parkedDownAfter().toSeconds();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay")
                .status(draining && parkedInTime)
                .withData("pendingEvents", backlog.pendingEvents())
                .withData("oldestPendingAgeSeconds", (long) pendingAge)
                .withData("parkedEvents", backlog.parkedEvents())
                .withData("oldestParkedAgeSeconds", (long) parkedAge);
        String error = backlog.lastError();
        if (error != null) {
            response.withData("lastError", error);
        }
        return response.build();
    }
}

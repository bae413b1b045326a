package vn.customs.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox backlog in the readiness details. It stays UP while Kafka is away: the service keeps accepting
 * changes, and the outbox keeps their events until Kafka returns.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxBacklog backlog;

    OutboxReadiness(OutboxBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay")
                .up()
                .withData("pendingEvents", backlog.pendingEvents())
                .withData("oldestPendingAgeSeconds", (long) backlog.oldestAgeSeconds());
        String error = backlog.lastError();
        if (error != null) {
            response.withData("lastError", error);
        }
        return response.build();
    }
}

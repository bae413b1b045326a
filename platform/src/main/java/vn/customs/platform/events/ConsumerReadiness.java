package vn.customs.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.customs.platform.persistence.DatabaseFailures;

/**
 * Which consumers are waiting for a transient database failure to pass, on which event and since when. Readiness
 * lists them and turns DOWN once one has waited longer than {@code customs.inbox.stalled-down-after} (default one
 * minute): its partition is paused, and what its projection says is getting old.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    /** One consumer's wait; the age is measured on the monotonic clock, the start shown in wall-clock time. */
    record Stall(String eventId, String eventType, Instant since, long sinceNanos, int attempts, String lastError) {

        Duration age() {
            return Duration.ofNanos(System.nanoTime() - sinceNanos);
        }
    }

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();
    private final Duration downAfter;
    private final MeterRegistry metrics;

    ConsumerReadiness(
            @ConfigProperty(name = "customs.inbox.stalled-down-after", defaultValue = "PT1M") Duration downAfter,
            MeterRegistry metrics) {
        this.downAfter = downAfter;
        this.metrics = metrics;
    }

    void retrying(String consumer, IncomingEvent event, int attempt, RuntimeException error) {
        metrics.counter("customs.inbox.retries", "consumer", consumer).increment();
        stalls.compute(
                consumer,
                (name, stall) -> new Stall(
                        event.id(),
                        event.type(),
                        stall == null ? Instant.now() : stall.since(),
                        stall == null ? System.nanoTime() : stall.sinceNanos(),
                        attempt,
                        DatabaseFailures.describe(error)));
    }

    void recovered(String consumer) {
        stalls.remove(consumer);
    }

    void deadLettered(String consumer) {
        stalls.remove(consumer);
        metrics.counter("customs.inbox.dead.letters", "consumer", consumer).increment();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("Event consumers").up();
        stalls.forEach((consumer, stall) -> {
            if (stall.age().compareTo(downAfter) > 0) {
                response.down();
            }
            response.withData(
                    consumer,
                    "waiting since " + stall.since() + " (" + stall.attempts() + " attempts) to apply event "
                            + stall.eventId() + " (" + stall.eventType() + "): " + stall.lastError());
        });
        return response.build();
    }
}

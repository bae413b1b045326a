package vn.customs.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * How far behind the relay is: events waiting and the age of the oldest, as Prometheus gauges
 * ({@code customs_outbox_pending_events}, {@code customs_outbox_oldest_pending_age_seconds}), events parked
 * ({@code customs_outbox_parked_events}, {@code customs_outbox_parkings_total}), and in readiness
 * ({@link OutboxReadiness}).
 */
@ApplicationScoped
public class OutboxBacklog {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicReference<Instant> oldestParked = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Counter parkings;

    OutboxBacklog(MeterRegistry registry) {
        Gauge.builder("customs.outbox.parked.events", parked, AtomicLong::get)
                .description("Events Kafka refused for good, parked until re-queued or discarded")
                .register(registry);
        parkings = Counter.builder("customs.outbox.parkings")
                .description("Events parked since the start, each refused for good by Kafka")
                .register(registry);
        Gauge.builder("customs.outbox.pending.events", pending, AtomicLong::get)
                .description("Events recorded in the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("customs.outbox.oldest.pending.age.seconds", this, OutboxBacklog::oldestAgeSeconds)
                .description("Age of the oldest event not yet acknowledged by Kafka (0 when none)")
                .register(registry);
    }

    void refresh(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*), min(created_at), (SELECT count(*) FROM platform_outbox_parked),"
                                + " (SELECT min(parked_at) FROM platform_outbox_parked)"
                                + " FROM platform_outbox_pending JOIN platform_outbox USING (position)")) {
            row.next();
            pending.set(row.getLong(1));
            oldestPending.set(instant(row.getTimestamp(2)));
            parked.set(row.getLong(3));
            oldestParked.set(instant(row.getTimestamp(4)));
        }
        lastError.set(null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    void parked(int events) {
        parkings.increment(events);
    }

    void failed(Exception e) {
        lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    public long pendingEvents() {
        return pending.get();
    }

    double oldestAgeSeconds() {
        return ageSeconds(oldestPending.get());
    }

    public long parkedEvents() {
        return parked.get();
    }

    double oldestParkedAgeSeconds() {
        return ageSeconds(oldestParked.get());
    }

    private static double ageSeconds(Instant oldest) {
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    String lastError() {
        return lastError.get();
    }
}

package vn.customs.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.customs.platform.http.CorrelationId;

/**
 * Applies each incoming event at most once per consumer: the event id is recorded in the same transaction as
 * the consumer's own changes, and an id already recorded is skipped. A failing event is retried a few times;
 * then the exception goes back to the messaging connector, which (configured with
 * {@code failure-strategy=dead-letter-queue}) puts the record on the dead-letter topic with the error and goes
 * on with the next one. Offsets are committed only for records whose transaction committed.
 *
 * <p>Use from an {@code @Incoming} method that receives {@code ConsumerRecord<String, String>}:
 * {@code inbox.receive("declarations.postings", record, event -> projection.apply(event))}.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final int attempts;
    private final Duration firstRetryDelay;

    Inbox(
            EntityManager entityManager,
            @ConfigProperty(name = "customs.inbox.attempts", defaultValue = "3") int attempts,
            @ConfigProperty(name = "customs.inbox.first-retry-delay", defaultValue = "PT0.2S")
                    Duration firstRetryDelay) {
        this.entityManager = entityManager;
        this.attempts = attempts;
        this.firstRetryDelay = firstRetryDelay;
    }

    /** Applies the record's event unless this consumer already has; returns true when it was applied now. */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> apply) {
        IncomingEvent event = IncomingEvent.from(record);
        String previous = CorrelationId.current().orElse(null);
        if (event.correlationId() != null) {
            // Events this one causes carry the same correlation id as the request that started it all.
            MDC.put(CorrelationId.MDC_KEY, event.correlationId());
        }
        try {
            return applyWithRetries(consumer, event, apply);
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, previous);
            }
        }
    }

    private boolean applyWithRetries(String consumer, IncomingEvent event, Consumer<IncomingEvent> apply) {
        Duration delay = firstRetryDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, apply));
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    LOG.errorf(
                            "%s gives up on event %s (%s) after %d attempts: %s",
                            consumer, event.id(), event.type(), attempt, e.toString());
                    throw new PoisonEventException(consumer, event, e);
                }
                LOG.warnf(
                        "%s could not apply event %s (attempt %d of %d): %s",
                        consumer, event.id(), attempt, attempts, e.toString());
                pause(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    private boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> apply) {
        int inserted = entityManager
                .createNativeQuery("INSERT INTO platform_inbox (consumer, event_id, event_type, topic,"
                        + " record_partition, record_offset) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " ON CONFLICT (consumer, event_id) DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.topic())
                .setParameter(5, event.partition())
                .setParameter(6, event.offset())
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("%s skips event %s: already applied", consumer, event.id());
            return false;
        }
        apply.accept(event);
        return true;
    }

    /**
     * Forgets which events a consumer applied, for rebuilding its projection from the start of the topic: call
     * it in the same transaction that empties the projection, then reset the consumer group's offsets.
     */
    public int forget(String consumer) {
        return entityManager
                .createNativeQuery("DELETE FROM platform_inbox WHERE consumer = ?1")
                .setParameter(1, consumer)
                .executeUpdate();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts", e);
        }
    }
}

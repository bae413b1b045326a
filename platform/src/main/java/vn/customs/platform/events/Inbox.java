package vn.customs.platform.events;

import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.customs.platform.http.CorrelationId;
import vn.customs.platform.observability.CorrelationSpans;
import vn.customs.platform.persistence.DatabaseFailures;

/**
 * Applies each incoming event at most once per consumer: the event id is recorded in the same transaction as
 * the consumer's own changes, and an id already recorded is skipped. Offsets are committed only for records whose
 * transaction committed.
 *
 * <p>Failures are of two kinds. A transient one (the database restarting or failing over, a broken connection, a
 * lock or statement timeout, a deadlock: {@link DatabaseFailures#isTransient}) is retried without limit, with a
 * doubling pause up to {@code customs.inbox.max-retry-delay}; the consumer's records wait meanwhile (their order
 * is kept) and readiness shows the wait. A deterministic one (a payload that does not parse, an unknown schema
 * version, an event that breaks a rule: {@link EventRejectedException}) is not retried: the record goes to the
 * dead-letter topic at once, with the reason and its original headers, and the next one is applied.
 *
 * <p>Records arrive a poll at a time ({@code batch=true} for every channel): the events of a poll are applied in one
 * transaction, so that a consumer keeps up with hundreds of events a second on one disk flush and one thread
 * hand-off per poll instead of one per event. When that transaction fails (a bad event among them, or the database),
 * the poll's events are applied again one by one, each in its own transaction, as described above: only the bad
 * event goes to the dead-letter topic, and the inbox skips none and applies none twice.
 *
 * <p>Use from an {@code @Incoming @Blocking} method that receives the poll's {@code KafkaRecordBatch<String,
 * String>} and returns {@link EventConsumer#receive}'s answer.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final InboxRows rows;
    private final ConsumerReadiness readiness;
    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private volatile boolean stopping;

    Inbox(
            EntityManager entityManager,
            @Readiness ConsumerReadiness readiness,
            @ConfigProperty(name = "customs.inbox.first-retry-delay", defaultValue = "PT0.2S") Duration firstRetryDelay,
            @ConfigProperty(name = "customs.inbox.max-retry-delay", defaultValue = "PT30S") Duration maxRetryDelay) {
        this.entityManager = entityManager;
        this.rows = new InboxRows(entityManager);
        this.readiness = readiness;
        this.firstRetryDelay = firstRetryDelay;
        this.maxRetryDelay = maxRetryDelay;
    }

    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * Applies the events of a poll, in order within each partition, and acknowledges the poll once every one is
     * applied or dead-lettered. A failure that is not the events' (the service stopping) fails the poll instead:
     * nothing of it is committed to Kafka, and it is delivered again.
     */
    public CompletionStage<Void> receive(EventConsumer consumer, KafkaRecordBatch<String, String> batch) {
        try {
            List<KafkaRecord<String, String>> records = batch.getRecords();
            if (records.size() == 1 || !appliedTogether(consumer, records)) {
                for (KafkaRecord<String, String> record : records) {
                    try {
                        receive(consumer, consumerRecord(record));
                    } catch (PoisonEventException poison) {
                        // to the dead-letter topic (InboxFailureStrategy), before the poll's offsets are committed
                        record.nack(poison).toCompletableFuture().join();
                    }
                }
            }
            return batch.ack();
        } catch (RuntimeException notTheEvents) {
            // A reason without the cause chain: InboxFailureStrategy looks for a poison event among the causes, and
            // none of this poll's records is to be dead-lettered for this.
            LOG.warnf(
                    notTheEvents,
                    "%s leaves a poll of %d events to be delivered again",
                    consumer.name(),
                    batch.getRecords().size());
            return batch.nack(new IllegalStateException(consumer.name() + " did not finish a poll ("
                    + DatabaseFailures.describe(notTheEvents) + "); it is delivered again"));
        }
    }

    /** One transaction for the whole poll; false when it rolled back (the caller then goes one event at a time). */
    private boolean appliedTogether(EventConsumer consumer, List<KafkaRecord<String, String>> records) {
        List<IncomingEvent> events = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            try {
                events.add(IncomingEvent.from(consumerRecord(record)));
            } catch (RuntimeException unreadable) {
                return false; // dead-lettered on the way one by one
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(consumer, events));
        } catch (RuntimeException failed) {
            LOG.debugf(
                    "%s applies a poll of %d events one by one: %s",
                    consumer.name(), events.size(), DatabaseFailures.describe(failed));
            return false;
        }
        readiness.recovered(consumer.name());
        return true;
    }

    /** What {@link #applyOnce} does for each event, with one inbox statement for the whole poll. */
    private void applyAll(EventConsumer consumer, List<IncomingEvent> events) {
        List<IncomingEvent> its = new ArrayList<>(events.size());
        for (IncomingEvent event : events) {
            if (isItsType(consumer, event)) {
                its.add(event);
            }
        }
        Set<String> notYetApplied = rows.record(consumer.name(), its);
        for (IncomingEvent event : its) {
            // remove: a poll holding one event twice (a redelivery) applies it once
            if (notYetApplied.remove(event.id())) {
                withCorrelation(event, () -> {
                    consumer.apply(event);
                    return null;
                });
            }
        }
    }

    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, String> metadata = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("a Kafka record without its metadata"));
        return metadata.getRecord();
    }

    /**
     * Applies the record's event unless this consumer already has; returns true when it was applied now. Throws
     * {@link PoisonEventException} (dead-letter) for a deterministic failure, {@link ConsumerStoppedException}
     * (delivered again after a restart) when the service stops during a transient one.
     */
    boolean receive(EventConsumer consumer, ConsumerRecord<String, String> record) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (RuntimeException unreadable) {
            readiness.deadLettered(consumer.name());
            throw new PoisonEventException(
                    consumer.name(), record.topic() + "/" + record.partition() + "@" + record.offset(), unreadable);
        }
        return withCorrelation(event, () -> applyUntilDone(consumer, event));
    }

    /** Log lines and events this one causes carry the correlation id of the request that started it all. */
    private static <T> T withCorrelation(IncomingEvent event, Supplier<T> work) {
        String previous = CorrelationId.current().orElse(null);
        if (event.correlationId() != null) {
            MDC.put(CorrelationId.MDC_KEY, event.correlationId());
            // and the consumer's span carries it, as a request's does (CorrelationSpans)
            Span.current().setAttribute(CorrelationSpans.ATTRIBUTE, event.correlationId());
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, previous);
            }
        }
    }

    /**
     * Applies an event taken from the dead-letter topic, once, without waiting out transient failures: the caller
     * (a replay) reports what failed, and the event stays on the dead-letter topic for the next replay.
     */
    Outcome replay(EventConsumer consumer, IncomingEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event));
    }

    /** What applying an event did. */
    enum Outcome {
        APPLIED,
        ALREADY_APPLIED,
        NOT_THIS_CONSUMERS_TYPE
    }

    private boolean applyUntilDone(EventConsumer consumer, IncomingEvent event) {
        Duration delay = firstRetryDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event));
                if (attempt > 1) {
                    LOG.infof("%s applied event %s after %d attempts", consumer.name(), event.id(), attempt);
                }
                readiness.recovered(consumer.name());
                return outcome == Outcome.APPLIED;
            } catch (RuntimeException e) {
                if (stopping) {
                    // The service is closing its database and its beans: whatever failed now says nothing about the
                    // event, which must not be dead-lettered for it. It is delivered again after the restart.
                    throw new ConsumerStoppedException(consumer.name(), event.id());
                }
                if (!DatabaseFailures.isTransient(e)) {
                    LOG.errorf(
                            "%s sends event %s (%s) to the dead-letter topic: %s",
                            consumer.name(), event.id(), event.type(), DatabaseFailures.describe(e));
                    readiness.deadLettered(consumer.name());
                    throw new PoisonEventException(consumer.name(), event, e);
                }
                readiness.retrying(consumer.name(), event, attempt, e);
                LOG.warnf(
                        "%s waits %s to apply event %s again (attempt %d): %s",
                        consumer.name(), delay, event.id(), attempt, DatabaseFailures.describe(e));
                pause(consumer, event, delay);
                delay = min(delay.multipliedBy(2), maxRetryDelay);
            }
        }
    }

    private Outcome applyOnce(EventConsumer consumer, IncomingEvent event) {
        if (!isItsType(consumer, event)) {
            return Outcome.NOT_THIS_CONSUMERS_TYPE;
        }
        if (rows.record(consumer.name(), List.of(event)).isEmpty()) {
            LOG.debugf("%s skips event %s: already applied", consumer.name(), event.id());
            return Outcome.ALREADY_APPLIED;
        }
        consumer.apply(event);
        return Outcome.APPLIED;
    }

    /** Whether the consumer applies the event's type; other types are skipped, but an unknown version is refused. */
    private static boolean isItsType(EventConsumer consumer, IncomingEvent event) {
        if (consumer.types().contains(event.type())) {
            return true;
        }
        requireKnownVersion(consumer.types(), event);
        return false;
    }

    /** {@code customs.staffing.PostingEnded.v2} for a consumer of {@code ...PostingEnded.v1}: refused, not skipped. */
    private static void requireKnownVersion(Set<String> known, IncomingEvent event) {
        if (event.type() == null) {
            throw new EventRejectedException("the record has no ce_type header");
        }
        String family = withoutVersion(event.type());
        for (String type : known) {
            if (withoutVersion(type).equals(family)) {
                throw new EventRejectedException(
                        "schema version of " + event.type() + " is unknown to this consumer, which reads " + type);
            }
        }
    }

    private static String withoutVersion(String type) {
        int dot = type.lastIndexOf(".v");
        return dot < 0 ? type : type.substring(0, dot);
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

    private void pause(EventConsumer consumer, IncomingEvent event, Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        try {
            // In short steps, so that a stopping service does not wait out a long pause.
            while (System.nanoTime() < until) {
                if (stopping) {
                    throw new ConsumerStoppedException(consumer.name(), event.id());
                }
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumerStoppedException(consumer.name(), event.id());
        }
        if (stopping) {
            throw new ConsumerStoppedException(consumer.name(), event.id());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

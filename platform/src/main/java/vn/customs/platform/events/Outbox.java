package vn.customs.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.UUID;
import vn.customs.contracts.Event;
import vn.customs.contracts.EventDescriptor;
import vn.customs.platform.http.CorrelationId;

/**
 * Records events in the same database transaction as the state change that caused them. Never "persist, then
 * send": the relay publishes what committed, so an event is neither lost when Kafka is away nor sent for a
 * change that rolled back.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSignal signal;

    Outbox(
            EntityManager entityManager,
            ObjectMapper json,
            TransactionSynchronizationRegistry transactions,
            OutboxSignal signal) {
        this.entityManager = entityManager;
        this.json = json;
        this.transactions = transactions;
        this.signal = signal;
    }

    /** Records the event; must run inside the caller's transaction. Returns the event id ({@code ce_id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Event event) {
        EventDescriptor descriptor = EventDescriptor.of(event.getClass());
        UUID id = UUID.randomUUID();
        entityManager
                .createNativeQuery("INSERT INTO platform_outbox (event_id, topic, record_key, event_type, source,"
                        + " subject, occurred_at, correlation_id, payload)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS jsonb))")
                .setParameter(1, id)
                .setParameter(2, descriptor.topic())
                .setParameter(3, event.aggregateId())
                .setParameter(4, descriptor.type())
                .setParameter(5, descriptor.source())
                .setParameter(6, event.aggregateId())
                .setParameter(7, Timestamp.from(event.occurredAt()))
                .setParameter(8, CorrelationId.current().orElse(null))
                .setParameter(9, toJson(event))
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.wake();
                }
            }
        });
    }

    private String toJson(Event event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }
}

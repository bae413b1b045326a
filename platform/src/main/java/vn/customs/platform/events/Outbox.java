package vn.customs.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.customs.contracts.Event;
import vn.customs.contracts.EventDescriptor;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.http.CorrelationId;
import vn.customs.platform.observability.TraceParent;

/**
 * Records events in the same database transaction as the state change that caused them. Never "persist, then
 * send": the relay publishes what committed, so an event is neither lost when Kafka is away nor sent for a
 * change that rolled back.
 */
@ApplicationScoped
public class Outbox {

    /** The event row and its place in the relay's queue, in one statement. */
    private static final String INSERT = "WITH event AS (INSERT INTO platform_outbox (event_id, topic, record_key,"
            + " event_type, source, subject, occurred_at, correlation_id, payload, trace_parent)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING position)"
            + " INSERT INTO platform_outbox_pending (position) SELECT position FROM event";

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
        return publishAll(List.of(event)).get(0);
    }

    /** Records the events of one change, in this order, in one round trip; returns their ids. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<? extends Event> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        // Plain JDBC on the transaction's connection: a Hibernate native query would first dirty-check every entity
        // of the session (an auto-flush), which cost more than the insert itself on the submit path.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Event event : events) {
                    EventDescriptor descriptor = EventDescriptor.of(event.getClass());
                    UUID id = TimeOrderedIds.next();
                    insert.setObject(1, id);
                    insert.setString(2, descriptor.topic());
                    insert.setString(3, event.aggregateId());
                    insert.setString(4, descriptor.type());
                    insert.setString(5, descriptor.source());
                    insert.setString(6, event.aggregateId());
                    insert.setObject(7, event.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setString(8, CorrelationId.current().orElse(null));
                    insert.setString(9, toJson(event));
                    insert.setString(10, TraceParent.current());
                    insert.addBatch();
                    ids.add(id);
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return ids;
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

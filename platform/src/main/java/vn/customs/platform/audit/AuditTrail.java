package vn.customs.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.http.CorrelationId;
import vn.customs.platform.security.Caller;

/**
 * Records who did what to which object. Call it in the transaction of the action, so that an action and its audit
 * entry exist together or not at all: {@code audit.record("move-officer", "officer", id, Map.of("to", post))}.
 * Reads that must be audited (a reporter's identity, a sealed plan) record an entry too.
 *
 * <p>An action on an object whose very existence is sealed (a surprise inspection before it starts) is recorded with
 * {@link #recordWithheld}: the entry is written in the action's transaction but held out of the chain, so that no
 * listing, count, chain position or checkpoint betrays it, until {@link #release} queues it for sealing.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    AuditTrail(EntityManager entityManager, Caller caller, Clock clock, ObjectMapper json) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public UUID record(String action, String objectType, Object objectId, Map<String, ?> details) {
        return write(null, action, objectType, objectId, details);
    }

    /** Records the entry under {@code hold}, out of the chain until {@link #release(String)} of that hold. */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID recordWithheld(String hold, String action, String objectType, Object objectId, Map<String, ?> details) {
        return write(java.util.Objects.requireNonNull(hold, "hold"), action, objectType, objectId, details);
    }

    /** Queues every entry held under {@code hold} for sealing, in the order recorded; returns how many. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int release(String hold) {
        int[] released = new int[1];
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement move = connection.prepareStatement(
                    "WITH held AS (DELETE FROM platform_audit_withheld"
                            + " WHERE hold = ? RETURNING id) INSERT INTO platform_audit_unsealed (id) SELECT id FROM held")) {
                move.setString(1, hold);
                released[0] = move.executeUpdate();
            }
        });
        return released[0];
    }

    private UUID write(String hold, String action, String objectType, Object objectId, Map<String, ?> details) {
        UUID id = TimeOrderedIds.next();
        // Microseconds: what PostgreSQL keeps, so the sealed hash can be recomputed from the row.
        OffsetDateTime recordedAt =
                clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        String subject = subject();
        String roles = roles();
        String json = toJson(details);
        // Plain JDBC on the transaction's connection, as the outbox does: no auto-flush of the session first.
        entityManager.unwrap(Session.class).doWork(connection -> {
            // the entry and its place in the sealer's queue, in one statement
            try (PreparedStatement insert =
                    connection.prepareStatement("WITH entry AS (INSERT INTO platform_audit_entry"
                            + " (entry_id, recorded_at, subject, roles, action, object_type, object_id, correlation_id, details)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"
                            + (hold == null
                                    ? " INSERT INTO platform_audit_unsealed (id) SELECT id FROM entry"
                                    : " INSERT INTO platform_audit_withheld (id, hold) SELECT id, ? FROM entry"))) {
                insert.setObject(1, id);
                insert.setObject(2, recordedAt);
                insert.setString(3, subject);
                insert.setString(4, roles);
                insert.setString(5, action);
                insert.setString(6, objectType);
                insert.setString(7, objectId == null ? null : objectId.toString());
                insert.setString(8, CorrelationId.current().orElse(null));
                insert.setString(9, json);
                if (hold != null) {
                    insert.setString(10, hold);
                }
                insert.executeUpdate();
            }
        });
        return id;
    }

    /** Outside a request (an event consumer, a scheduled job) the actor is the service itself. */
    private String subject() {
        return requestActive() ? caller.subject() : "system";
    }

    private String roles() {
        return requestActive() ? String.join(",", new TreeSet<>(caller.roles())) : "";
    }

    private static boolean requestActive() {
        return io.quarkus.arc.Arc.container().requestContext().isActive();
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details cannot be written as JSON", e);
        }
    }
}

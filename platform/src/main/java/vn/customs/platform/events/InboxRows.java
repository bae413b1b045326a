package vn.customs.platform.events;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The inbox's table: which events a consumer applied. One statement records a whole poll's events, in the consumer's
 * transaction, and says which of them were new: only those are applied.
 */
final class InboxRows {

    private final EntityManager entityManager;

    InboxRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the events in the inbox; returns the ids it did not hold yet. */
    Set<String> record(String consumer, List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO platform_inbox (consumer, event_id, event_type, topic,"
                + " record_partition, record_offset) VALUES ");
        for (int i = 0; i < events.size(); i++) {
            int p = i * 5 + 2;
            sql.append(String.format(
                    "%s(?1, ?%d, ?%d, ?%d, ?%d, ?%d)", i == 0 ? "" : ", ", p, p + 1, p + 2, p + 3, p + 4));
        }
        sql.append(" ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id");
        var insert = entityManager.createNativeQuery(sql.toString()).setParameter(1, consumer);
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            int p = i * 5 + 2;
            insert.setParameter(p, event.id())
                    .setParameter(p + 1, event.type())
                    .setParameter(p + 2, event.topic())
                    .setParameter(p + 3, event.partition())
                    .setParameter(p + 4, event.offset());
        }
        Set<String> inserted = new HashSet<>();
        for (Object id : insert.getResultList()) {
            inserted.add(String.valueOf(id));
        }
        return inserted;
    }
}

package vn.customs.contracts;

import java.time.Instant;

/**
 * Something that happened in one service that others may care about. Implementations are records annotated
 * with {@link CustomsEvent}; they carry no personal data a consumer does not need (never a reporter's identity).
 */
public interface Event {

    /** The id of the aggregate the event is about: the Kafka record key, so its events stay in order. */
    String aggregateId();

    /** When it happened (the CloudEvents {@code time}). */
    Instant occurredAt();
}

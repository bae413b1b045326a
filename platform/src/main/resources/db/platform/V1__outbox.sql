-- The transactional outbox: an event row is written in the same transaction as the state change that caused
-- it; the relay publishes pending rows to Kafka in position order and marks them sent. Sent rows double as the
-- service's change feed until the retention removes them.
CREATE TABLE platform_outbox (
    position        bigserial    PRIMARY KEY,
    event_id        uuid         NOT NULL UNIQUE,
    topic           text         NOT NULL,
    record_key      text         NOT NULL,
    event_type      text         NOT NULL,
    source          text         NOT NULL,
    subject         text,
    occurred_at     timestamptz  NOT NULL,
    correlation_id  text,
    payload         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    -- Assigned when sent, by one relay at a time, so it grows in commit order: the change feed's cursor.
    feed_position   bigint       UNIQUE
);

CREATE INDEX platform_outbox_pending ON platform_outbox (position) WHERE sent_at IS NULL;
CREATE INDEX platform_outbox_sent ON platform_outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE SEQUENCE platform_outbox_feed_position;

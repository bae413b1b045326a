-- The idempotent inbox: the id of every event a consumer applied, written in the same transaction as the
-- consumer's projection update, so a redelivered event (a retry, a consumer-group reset) changes nothing twice.
CREATE TABLE platform_inbox (
    consumer       text         NOT NULL,
    event_id       text         NOT NULL,
    event_type     text,
    topic          text         NOT NULL,
    record_partition int        NOT NULL,
    record_offset  bigint       NOT NULL,
    processed_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

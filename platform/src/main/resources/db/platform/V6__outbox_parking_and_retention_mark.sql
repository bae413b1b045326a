-- An event Kafka refuses for good (too large, not authorised, an invalid topic) is taken off the pending queue and
-- parked here with Kafka's error, so that the rest of the outbox goes on. An operator re-queues it after a fix, or
-- discards it; both are audited.
CREATE TABLE platform_outbox_parked (
    position   bigint       PRIMARY KEY,
    parked_at  timestamptz  NOT NULL DEFAULT now(),
    error      text         NOT NULL
);

-- The highest feed position retention has deleted: a change-feed cursor below it has missed events (410 Gone).
-- One row, updated in the transaction that deletes.
CREATE TABLE platform_outbox_retention (
    singleton                  boolean  PRIMARY KEY DEFAULT true CHECK (singleton),
    highest_deleted_position   bigint   NOT NULL DEFAULT 0
);
-- On a database that retention has already thinned, everything below the oldest event kept is gone.
INSERT INTO platform_outbox_retention (singleton, highest_deleted_position)
    SELECT true, coalesce(min(feed_position) - 1, 0) FROM platform_outbox_feed;

-- The outbox and the audit trail become insert-only. Marking an event sent or an entry sealed used to update the
-- wide row: PostgreSQL wrote a new version of it and an entry in each of its indexes, and autovacuum then had to
-- read the whole table and every index to clear the old versions. On a grown database that vacuum's reads
-- competed with commits for the disk. Now what changes lives in narrow tables of its own:
--   * platform_outbox_pending / platform_audit_unsealed: queues of row ids, written with the row and emptied by
--     the relay / sealer. They stay small, so their vacuum is cheap.
--   * platform_outbox_feed / platform_audit_seal: one row per sent event / sealed entry, appended in order.

DROP INDEX platform_outbox_pending;
DROP INDEX platform_outbox_sent;

CREATE TABLE platform_outbox_pending (
    position  bigint  PRIMARY KEY
);

-- The change feed: the order in which events were published, assigned by one relay at a time.
CREATE TABLE platform_outbox_feed (
    feed_position  bigint       PRIMARY KEY,
    position       bigint       NOT NULL UNIQUE,
    sent_at        timestamptz  NOT NULL DEFAULT now()
);
-- sent_at grows with feed_position: a block range index serves the retention at almost no cost per insert.
CREATE INDEX platform_outbox_feed_sent ON platform_outbox_feed USING brin (sent_at);

INSERT INTO platform_outbox_pending (position)
    SELECT position FROM platform_outbox WHERE sent_at IS NULL;
INSERT INTO platform_outbox_feed (feed_position, position, sent_at)
    SELECT feed_position, position, sent_at FROM platform_outbox WHERE sent_at IS NOT NULL;
ALTER TABLE platform_outbox DROP COLUMN sent_at, DROP COLUMN feed_position;

DROP INDEX platform_audit_entry_unsealed;

CREATE TABLE platform_audit_unsealed (
    id  bigint  PRIMARY KEY
);

-- The chain: each hash covers the entry's fields, its position and the hash before it.
CREATE TABLE platform_audit_seal (
    id              bigint  PRIMARY KEY,
    chain_position  bigint  NOT NULL UNIQUE,
    previous_hash   text    NOT NULL,
    hash            text    NOT NULL
);

INSERT INTO platform_audit_unsealed (id)
    SELECT id FROM platform_audit_entry WHERE chain_position IS NULL;
INSERT INTO platform_audit_seal (id, chain_position, previous_hash, hash)
    SELECT id, chain_position, previous_hash, hash FROM platform_audit_entry WHERE chain_position IS NOT NULL;
ALTER TABLE platform_audit_entry DROP COLUMN chain_position, DROP COLUMN previous_hash, DROP COLUMN hash;

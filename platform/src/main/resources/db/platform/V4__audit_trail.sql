-- The audit trail: who did what to which object, when, under which correlation id. Entries are written in the
-- transaction of the action; a sealer then chains them (each hash covers the previous one), so that an edited
-- or deleted entry breaks the chain and verification says where.
CREATE TABLE platform_audit_entry (
    id              bigserial    PRIMARY KEY,
    entry_id        uuid         NOT NULL UNIQUE,
    recorded_at     timestamptz  NOT NULL,
    subject         text         NOT NULL,
    roles           text         NOT NULL,
    action          text         NOT NULL,
    object_type     text         NOT NULL,
    object_id       text,
    correlation_id  text,
    -- Kept as text, not jsonb, so that the bytes that were hashed are the bytes that are read back.
    details         text         NOT NULL,
    chain_position  bigint       UNIQUE,
    previous_hash   text,
    hash            text
);

CREATE INDEX platform_audit_entry_unsealed ON platform_audit_entry (id) WHERE chain_position IS NULL;
CREATE INDEX platform_audit_entry_object ON platform_audit_entry (object_type, object_id);

-- Entries about a sealed object (a surprise inspection before it starts) are written with the action but held out
-- of the chain: not queued for the sealer, so they have no chain position, appear in no listing and move no
-- checkpoint. Releasing the hold (when the seal opens) queues them in their original order; they are then sealed
-- at the end of the chain like any late entry, with their original recording time.
CREATE TABLE platform_audit_withheld (
    id    bigint        PRIMARY KEY,
    hold  varchar(200)  NOT NULL
);
CREATE INDEX platform_audit_withheld_hold ON platform_audit_withheld (hold);

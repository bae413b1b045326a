-- Seals become HMAC-SHA256 under a key the database does not hold (see docs/decisions.md), over an unambiguous
-- encoding of the entry, and each seal names its key. The unkeyed SHA-256 seals made so far could have been
-- recomputed by anyone who can write this database, so they are dropped and their entries queued again: the
-- sealer seals them anew, in the same order, at its next runs. Entries are never changed by this migration.
ALTER TABLE platform_audit_seal ADD COLUMN key_id text;
INSERT INTO platform_audit_unsealed (id) SELECT id FROM platform_audit_seal ON CONFLICT DO NOTHING;
DELETE FROM platform_audit_seal;
ALTER TABLE platform_audit_seal ALTER COLUMN key_id SET NOT NULL;

-- The one extension a physical inspection may get: asked by an officer with a reason, approved by a second one.
ALTER TABLE declarations
    ADD COLUMN extension_requested_by uuid,
    ADD COLUMN extension_working_days integer CHECK (extension_working_days BETWEEN 1 AND 2),
    ADD COLUMN extension_reason       varchar(1000),
    ADD COLUMN extension_requested_at timestamptz,
    ADD COLUMN extension_approved_by  uuid,
    ADD COLUMN extension_approved_at  timestamptz;

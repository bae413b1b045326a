-- Idempotency-Key: the first response to a creating request, stored per caller and key in the same transaction
-- as the change it made, so a retried request gets that response instead of a second change.
CREATE TABLE platform_idempotency_key (
    caller            text         NOT NULL,
    idempotency_key   text         NOT NULL,
    request_hash      text         NOT NULL,
    response_status   int,
    response_body     text,
    location          text,
    etag              text,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX platform_idempotency_key_created ON platform_idempotency_key (created_at);

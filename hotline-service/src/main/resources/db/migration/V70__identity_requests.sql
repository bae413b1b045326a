-- Custodians' requests to read a reporter's identity (IdentityRequest): who asked, why, who decided (never the one who
-- asked: four eyes), and how often the approved requester read. The identity itself stays sealed in reports; no column
-- here ever holds it. Every request, decision and read is also an entry of the audit chain.
CREATE TABLE identity_requests (
    id            uuid PRIMARY KEY,
    report_id     uuid          NOT NULL REFERENCES reports (id),
    requested_by  varchar(200)  NOT NULL,
    reason        varchar(1000) NOT NULL CHECK (length(trim(reason)) > 0),
    requested_at  timestamptz   NOT NULL,
    status        varchar(10)   NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    decided_by    varchar(200),
    decided_at    timestamptz,
    decision_note varchar(1000),
    reads         integer       NOT NULL DEFAULT 0 CHECK (reads >= 0),
    last_read_at  timestamptz,
    expires_at    timestamptz,
    version       bigint        NOT NULL,
    CHECK ((status = 'REQUESTED') = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CHECK ((status = 'APPROVED') = (expires_at IS NOT NULL)),
    CHECK (reads = 0 OR status = 'APPROVED')
);
CREATE INDEX identity_requests_report ON identity_requests (report_id);
CREATE INDEX identity_requests_status ON identity_requests (status, id);

-- Evidence attached to reports, stored here (not in a directory) after inspection: the type decided by content,
-- image metadata (Exif, GPS, XMP, text chunks) already removed. No file name is kept: names carry what the reporter
-- did not mean to say. Content is served to handlers only, never to the public side.
CREATE TABLE report_evidence (
    id               uuid PRIMARY KEY,
    report_id        uuid         NOT NULL REFERENCES reports (id),
    source           varchar(10)  NOT NULL CHECK (source IN ('REPORTER', 'HANDLER')),
    handler_subject  varchar(200),
    media_type       varchar(40)  NOT NULL,
    size_bytes       bigint       NOT NULL CHECK (size_bytes > 0),
    sha256           varchar(64)  NOT NULL,
    content          bytea        NOT NULL,
    metadata_removed boolean      NOT NULL,
    added_at         timestamptz  NOT NULL,
    CHECK ((source = 'HANDLER') = (handler_subject IS NOT NULL))
);
CREATE INDEX report_evidence_report ON report_evidence (report_id, added_at);
ALTER TABLE report_evidence ALTER COLUMN content SET STORAGE EXTERNAL; -- images and PDFs are compressed already

-- An enterprise's compliance record, which channel selection weighs: its own rejected declarations (counted from
-- declarations, through the partial index below) and inspections' findings about its declarations (kept here from
-- FindingRecorded, one row per finding).
CREATE TABLE enterprise_findings (
    finding_id     varchar(64) PRIMARY KEY,
    tax_id         varchar(14) NOT NULL,
    declaration_id uuid        NOT NULL,
    severity       varchar(32) NOT NULL,
    category       varchar(64),
    violation_date date
);
CREATE INDEX enterprise_findings_by_tax_id ON enterprise_findings (tax_id);
CREATE INDEX declarations_rejected_by_declarant ON declarations (declarant_tax_id) WHERE status = 'REJECTED';

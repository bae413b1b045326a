-- Goods declarations, their items, documents, history and charter-clock pauses.
CREATE TABLE declarations (
    id                        uuid PRIMARY KEY,
    lrn                       varchar(35)   NOT NULL,
    number                    varchar(12)   UNIQUE,
    content_hash              varchar(64)   NOT NULL,
    flow                      varchar(8)    NOT NULL,
    procedure_code            varchar(8)    NOT NULL,
    gate_code                 varchar(32)   NOT NULL,
    submission_channel        varchar(12)   NOT NULL,
    declarant_tax_id          varchar(14)   NOT NULL,
    declarant_name            varchar(255)  NOT NULL,
    declarant_address         varchar(500),
    declarant_country         varchar(2),
    counterparty_tax_id       varchar(20),
    counterparty_name         varchar(255)  NOT NULL,
    counterparty_address      varchar(500),
    counterparty_country      varchar(2)    NOT NULL,
    broker_tax_id             varchar(14),
    broker_name               varchar(255),
    broker_address            varchar(500),
    broker_country            varchar(2),
    mode                      varchar(12)   NOT NULL,
    means_id                  varchar(64),
    bill_of_lading            varchar(64),
    arrival_date              date,
    invoice_number            varchar(64)   NOT NULL,
    invoice_date              date          NOT NULL,
    currency                  varchar(3)    NOT NULL,
    amount                    numeric(20, 2) NOT NULL CHECK (amount >= 0),
    exchange_rate_vnd         numeric(20, 6) NOT NULL CHECK (exchange_rate_vnd > 0),
    usd_rate_vnd              numeric(20, 6) NOT NULL CHECK (usd_rate_vnd > 0),
    freight                   numeric(20, 2),
    insurance                 numeric(20, 2),
    incoterm                  varchar(3),
    status                    varchar(32)   NOT NULL,
    channel                   varchar(8),
    risk_reasons              varchar(2000),
    assigned_officer_id       uuid,
    proposed_channel          varchar(8),
    override_reason_code      varchar(32),
    override_proposed_by      uuid,
    override_approved_by      uuid,
    channel_before_override   varchar(8),
    cancellation_reason       varchar(1000),
    submitted_at              timestamptz   NOT NULL,
    registered_at             timestamptz,
    finished_at               timestamptz,
    amendments                integer       NOT NULL DEFAULT 0,
    clock_started_at          timestamptz,
    clock_committed_seconds   bigint,
    clock_paused_since        timestamptz,
    clock_stopped_at          timestamptz,
    breach_notified_at        timestamptz,
    clock_deadline            timestamptz,
    processing_seconds        bigint,
    within_charter            boolean,
    version                   bigint        NOT NULL,
    -- a declarant's LRN names one declaration
    UNIQUE (declarant_tax_id, lrn)
);
CREATE INDEX declarations_by_declarant ON declarations (declarant_tax_id, submitted_at, id);
CREATE INDEX declarations_by_gate ON declarations (gate_code, status, submitted_at, id);
CREATE INDEX declarations_by_officer ON declarations (assigned_officer_id, status);
-- the breach watch looks only at running clocks whose deadline has passed
CREATE INDEX declarations_by_clock_deadline ON declarations (clock_deadline)
    WHERE clock_deadline IS NOT NULL AND breach_notified_at IS NULL;
-- the lapse watch looks at registered declarations still waiting
CREATE INDEX declarations_waiting_by_registration ON declarations (registered_at)
    WHERE status IN ('REGISTERED', 'ASSESSED_AWAITING_PAYMENT', 'AWAITING_DOCUMENTS', 'AWAITING_GOODS');

CREATE TABLE declaration_items (
    declaration_id   uuid          NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    seq              integer       NOT NULL,
    hs_code          varchar(8)    NOT NULL,
    description      varchar(500)  NOT NULL,
    origin_country   varchar(2)    NOT NULL,
    quantity         numeric(20, 3) NOT NULL,
    unit             varchar(8)    NOT NULL,
    net_mass_kg      numeric(20, 3),
    customs_value    numeric(20, 2) NOT NULL,
    import_duty_rate numeric(8, 4),
    import_duty_vnd  numeric(22, 0),
    vat_vnd          numeric(22, 0),
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE declaration_documents (
    declaration_id uuid         NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    position       integer      NOT NULL,
    type           varchar(16)  NOT NULL,
    reference      varchar(128) NOT NULL,
    sha256         varchar(64),
    added_at       timestamptz  NOT NULL,
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE declaration_history (
    declaration_id uuid          NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    position       integer       NOT NULL,
    at             timestamptz   NOT NULL,
    actor          varchar(200)  NOT NULL,
    action         varchar(32)   NOT NULL,
    from_status    varchar(32),
    to_status      varchar(32),
    note           varchar(1000),
    PRIMARY KEY (declaration_id, position)
);

CREATE TABLE declaration_clock_pauses (
    declaration_id uuid        NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    position       integer     NOT NULL,
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz NOT NULL,
    PRIMARY KEY (declaration_id, position)
);

-- Each amendment keeps the content it replaced, readable as that version (1 = as first lodged).
CREATE TABLE declaration_versions (
    declaration_id uuid        NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    version        integer     NOT NULL,
    replaced_at    timestamptz NOT NULL,
    replaced_by    varchar(200) NOT NULL,
    content        jsonb       NOT NULL,
    PRIMARY KEY (declaration_id, version)
);

CREATE SEQUENCE declaration_numbers START 1;

-- Staffing's officers as this service needs them (from its events): who is posted at which gate when, who is
-- suspended, who declared an interest in which enterprise.
CREATE TABLE officer_postings (
    posting_id  varchar(64) PRIMARY KEY,
    officer_id  uuid        NOT NULL,
    unit_code   varchar(32) NOT NULL,
    valid_from  date        NOT NULL,
    valid_to    date
);
CREATE INDEX officer_postings_by_gate ON officer_postings (unit_code, valid_from);
CREATE INDEX officer_postings_by_officer ON officer_postings (officer_id, valid_from);

CREATE TABLE officer_records (
    officer_id       uuid PRIMARY KEY,
    full_name        varchar(200),
    conflict_tax_ids varchar(2000) NOT NULL DEFAULT ''
);

CREATE TABLE officer_suspensions (
    case_id    varchar(64) PRIMARY KEY,
    officer_id uuid        NOT NULL
);
CREATE INDEX officer_suspensions_by_officer ON officer_suspensions (officer_id);

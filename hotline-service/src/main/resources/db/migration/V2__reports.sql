-- Reports to the hotline. The reporter's words are in `text` and in report_messages; neither ever leaves this
-- database (no event, log or problem carries them). The receipt is stored as its lookup part and a salted slow hash
-- of its secret part; the reporter's identity arrives sealed (V3).
CREATE TABLE reports (
    id                      uuid PRIMARY KEY,
    receipt_lookup          varchar(8)   NOT NULL UNIQUE,
    receipt_hash            varchar(200) NOT NULL,
    intake_channel          varchar(16)  NOT NULL,
    recorded_by             varchar(200),
    reporter_mode           varchar(16)  NOT NULL,
    pseudonym               varchar(40)  NOT NULL,
    kind                    varchar(16)  NOT NULL,
    category                varchar(24)  NOT NULL,
    unit_code               varchar(32)  NOT NULL,
    happened_at             timestamptz,
    accused_officer_id      uuid,
    accused_description     varchar(500),
    declaration_number      varchar(20),
    text                    text         NOT NULL,
    content_hash            varchar(64)  NOT NULL,
    remote_area             boolean      NOT NULL,
    received_at             timestamptz  NOT NULL,
    status                  varchar(20)  NOT NULL,
    complexity              varchar(16)  NOT NULL,
    queue_level             varchar(24)  NOT NULL,
    -- the running legal clock (acceptance, then settlement)
    term_start              timestamptz  NOT NULL,
    term_days               integer      NOT NULL,
    day_count               varchar(10)  NOT NULL,
    at_risk_percent         integer      NOT NULL,
    paused_seconds          bigint       NOT NULL,
    due_at                  timestamptz  NOT NULL,
    at_risk_at              timestamptz  NOT NULL,
    extensions_used         integer      NOT NULL,
    paused_since            timestamptz,
    acceptance_breached     boolean      NOT NULL,
    settlement_breached     boolean      NOT NULL,
    suspension_reason       varchar(1000),
    last_extension_reason   varchar(1000),
    -- settlement
    accepted_at             timestamptz,
    non_acceptance_reason   varchar(40),
    decision_note           varchar(1000),
    transferred_to          varchar(1000),
    receiver_id             uuid,
    verifier_id             uuid,
    decider_id              uuid,
    outcome                 varchar(24),
    conclusion              varchar(1000),
    concluded_at            timestamptz,
    concluded_within_limit  boolean,
    ended_at                timestamptz,
    inspection_requested_at timestamptz,
    inspection_outcome      varchar(2000),
    version                 bigint       NOT NULL
);
-- the watch: open reports by running deadline
CREATE INDEX reports_open_due ON reports (due_at) WHERE status IN ('RECEIVED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED');
-- statistics and the queue: by unit and time of receipt
CREATE INDEX reports_unit_received ON reports (unit_code, received_at);
CREATE INDEX reports_accused ON reports (accused_officer_id) WHERE accused_officer_id IS NOT NULL;

CREATE TABLE report_withdrawn_parts (
    report_id uuid          NOT NULL REFERENCES reports (id),
    position  integer       NOT NULL,
    part      varchar(1000) NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE report_actions (
    report_id   uuid          NOT NULL REFERENCES reports (id),
    position    integer       NOT NULL,
    description varchar(1000) NOT NULL,
    due_on      date,
    done_at     timestamptz,
    done_note   varchar(1000),
    PRIMARY KEY (report_id, position)
);

CREATE TABLE report_messages (
    id          uuid PRIMARY KEY,
    report_id   uuid         NOT NULL REFERENCES reports (id),
    author      varchar(10)  NOT NULL,
    handler     varchar(200),
    visibility  varchar(20)  NOT NULL,
    text        text         NOT NULL,
    written_at  timestamptz  NOT NULL
);
CREATE INDEX report_messages_report ON report_messages (report_id, written_at);

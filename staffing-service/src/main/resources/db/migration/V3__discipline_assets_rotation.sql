-- Discipline cases, asset declarations, rotation plans, and the notices the daily job sends once each.
CREATE TABLE discipline_cases (
    id                          uuid PRIMARY KEY,
    officer_id                  uuid         NOT NULL REFERENCES officers (id),
    origin                      varchar(16)  NOT NULL,
    origin_id                   varchar(64),
    reason                      varchar(1000) NOT NULL,
    unit_code                   varchar(32),
    violation_date              date,
    accountable_head_officer_id uuid,
    suspended                   boolean      NOT NULL,
    status                      varchar(16)  NOT NULL,
    outcome                     varchar(16),
    opened_at                   timestamptz  NOT NULL,
    closed_at                   timestamptz,
    version                     bigint       NOT NULL
);
CREATE INDEX discipline_cases_by_officer ON discipline_cases (officer_id, status);
-- one case per officer per finding or report, however often the event arrives
CREATE UNIQUE INDEX discipline_case_per_origin ON discipline_cases (officer_id, origin, origin_id) WHERE origin_id IS NOT NULL;

CREATE TABLE asset_declarations (
    id               uuid PRIMARY KEY,
    officer_id       uuid          NOT NULL REFERENCES officers (id),
    kind             varchar(16)   NOT NULL,
    year             integer       NOT NULL,
    filed_on         date          NOT NULL,
    total_assets_vnd numeric(20)   NOT NULL CHECK (total_assets_vnd >= 0),
    rise_vnd         numeric(20)   NOT NULL CHECK (rise_vnd >= 0),
    status           varchar(16)   NOT NULL,
    note             varchar(1000),
    version          bigint        NOT NULL
);
CREATE UNIQUE INDEX one_first_or_annual_declaration ON asset_declarations (officer_id, kind, year) WHERE kind <> 'SUPPLEMENTARY';
CREATE INDEX asset_declarations_by_year ON asset_declarations (year, officer_id);

CREATE TABLE rotation_plans (
    id                 uuid PRIMARY KEY,
    period_from        date         NOT NULL,
    period_to          date         NOT NULL,
    unit_codes         varchar(500) NOT NULL,
    status             varchar(16)  NOT NULL,
    time_limit_seconds integer      NOT NULL,
    solve_round        integer      NOT NULL,
    created_by         varchar(200) NOT NULL,
    approved_by        varchar(200),
    decision_number    varchar(64),
    score              varchar(64),
    feasible           boolean,
    solve_millis       bigint,
    failure            varchar(1000),
    created_at         timestamptz  NOT NULL,
    solved_at          timestamptz,
    approved_at        timestamptz,
    executed_at        timestamptz,
    version            bigint       NOT NULL
);
CREATE INDEX rotation_plans_by_creation ON rotation_plans (created_at, id);

CREATE TABLE rotation_plan_pins (
    plan_id    uuid NOT NULL REFERENCES rotation_plans (id) ON DELETE CASCADE,
    officer_id uuid NOT NULL,
    post_id    uuid NOT NULL
);

CREATE TABLE rotation_plan_entries (
    plan_id      uuid          NOT NULL REFERENCES rotation_plans (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    officer_id   uuid          NOT NULL,
    officer_name varchar(200)  NOT NULL,
    from_post_id uuid          NOT NULL,
    to_post_id   uuid          NOT NULL,
    due          boolean       NOT NULL,
    pinned       boolean       NOT NULL,
    reasons      varchar(4000) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- RotationDue / RotationOverdue / AssetDeclarationOverdue are sent once per posting or officer and year: the row
-- is inserted in the transaction that writes the event to the outbox, and a second instance's insert finds it.
CREATE TABLE sent_notices (
    notice    varchar(32)  NOT NULL,
    subject   varchar(80)  NOT NULL,
    sent_at   timestamptz  NOT NULL,
    PRIMARY KEY (notice, subject)
);

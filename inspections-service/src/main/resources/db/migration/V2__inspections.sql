-- Inspections of the department's units. A SURPRISE inspection is sealed from its creation until it starts (or
-- its seal is opened early, with a reason): only INSPECTION_LEAD sees such a row, and nothing about it leaves the
-- service (no event, no audit entry in the chain, no count) while `sealed` is true.
CREATE TABLE inspections (
    id                    uuid PRIMARY KEY,
    version               bigint        NOT NULL,
    type                  varchar(16)   NOT NULL,
    basis                 varchar(16)   NOT NULL,
    -- the report id (REPORT), the draw id (RISK_DRAW), the plan id (PLAN) or the directive's number (DIRECTIVE)
    basis_reference       varchar(64),
    decision_number       varchar(40),
    unit_code             varchar(32)   NOT NULL,
    scope                 varchar(2000) NOT NULL,
    planned_start         date          NOT NULL,
    duration_days         integer       NOT NULL CHECK (duration_days BETWEEN 1 AND 90),
    extension_days        integer       NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 90),
    extension_reason      varchar(1000),
    status                varchar(20)   NOT NULL,
    sealed                boolean       NOT NULL,
    seal_opened_reason    varchar(1000),
    created_at            timestamptz   NOT NULL,
    decided_at            timestamptz,
    started_on            date,
    fieldwork_ended_on    date,
    concluded_at          timestamptz,
    conclusion            varchar(4000),
    closed_at             timestamptz,
    CHECK (NOT sealed OR type = 'SURPRISE')
);
CREATE INDEX inspections_unit ON inspections (unit_code, planned_start);
CREATE INDEX inspections_basis ON inspections (basis, basis_reference);
CREATE INDEX inspections_status ON inspections (status, planned_start);

-- The officers an inspection is about, when it names any (a targeted inspection from a report).
CREATE TABLE inspection_target_officers (
    inspection_id  uuid NOT NULL REFERENCES inspections (id),
    officer_id     uuid NOT NULL,
    PRIMARY KEY (inspection_id, officer_id)
);

-- The team: one LEAD, at most one DEPUTY, MEMBERs; officers with the INSPECTION function, screened for conflicts.
CREATE TABLE inspection_team (
    inspection_id  uuid        NOT NULL REFERENCES inspections (id),
    officer_id     uuid        NOT NULL,
    role           varchar(8)  NOT NULL CHECK (role IN ('LEAD', 'DEPUTY', 'MEMBER')),
    PRIMARY KEY (inspection_id, officer_id)
);
CREATE UNIQUE INDEX inspection_team_one_lead ON inspection_team (inspection_id) WHERE role = 'LEAD';
CREATE UNIQUE INDEX inspection_team_one_deputy ON inspection_team (inspection_id) WHERE role = 'DEPUTY';
CREATE INDEX inspection_team_officer ON inspection_team (officer_id);

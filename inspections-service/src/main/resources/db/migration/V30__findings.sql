-- Findings of inspections and the corrective actions they order. A finding is recorded only on a started inspection
-- (IN_PROGRESS or FIELDWORK_ENDED), so no row here ever concerns a sealed one.
CREATE TABLE findings (
    id                    uuid PRIMARY KEY,
    version               bigint        NOT NULL,
    inspection_id         uuid          NOT NULL REFERENCES inspections (id),
    unit_code             varchar(32)   NOT NULL,
    category              varchar(16)   NOT NULL
        CHECK (category IN ('UNIFORM', 'NAME_BADGE', 'CONDUCT', 'PROCEDURE', 'DELAY', 'BRIBERY', 'OTHER')),
    severity              varchar(24)   NOT NULL
        CHECK (severity IN ('REMINDER', 'CORRECTIVE', 'DISCIPLINARY_REFERRAL', 'CRIMINAL_REFERRAL')),
    -- the officer the finding is about, when one is named
    officer_id            uuid,
    violation_date        date          NOT NULL,
    evidence              varchar(4000) NOT NULL,
    declaration_id        uuid,
    -- the unit's head on violation_date (staffing's history): only from CORRECTIVE up, null while the post was vacant
    accountable_head_id   uuid,
    recorded_by           varchar(200)  NOT NULL,
    recorded_at           timestamptz   NOT NULL,
    CHECK (severity <> 'REMINDER' OR accountable_head_id IS NULL)
);
CREATE INDEX findings_inspection ON findings (inspection_id, recorded_at);
CREATE INDEX findings_unit ON findings (unit_code, violation_date);
CREATE INDEX findings_head ON findings (accountable_head_id) WHERE accountable_head_id IS NOT NULL;

-- Corrective actions: OPEN -> IN_PROGRESS -> DONE -> VERIFIED; OPEN/IN_PROGRESS -> OVERDUE (announced once) -> DONE.
CREATE TABLE corrective_actions (
    id                    uuid PRIMARY KEY,
    version               bigint        NOT NULL,
    finding_id            uuid          NOT NULL REFERENCES findings (id),
    inspection_id         uuid          NOT NULL REFERENCES inspections (id),
    unit_code             varchar(32)   NOT NULL,
    description           varchar(2000) NOT NULL,
    owner_id              uuid          NOT NULL,
    due_date              date          NOT NULL,
    status                varchar(12)   NOT NULL
        CHECK (status IN ('OPEN', 'IN_PROGRESS', 'OVERDUE', 'DONE', 'VERIFIED')),
    ordered_at            timestamptz   NOT NULL,
    started_at            timestamptz,
    completed_at          timestamptz,
    completed_late        boolean       NOT NULL DEFAULT false,
    overdue_on            date,
    verified_by           varchar(200),
    verified_at           timestamptz
);
CREATE INDEX corrective_actions_finding ON corrective_actions (finding_id, ordered_at);
CREATE INDEX corrective_actions_inspection ON corrective_actions (inspection_id, status);
-- the watch: pending actions by due date
CREATE INDEX corrective_actions_due ON corrective_actions (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX corrective_actions_status ON corrective_actions (status, unit_code, id);

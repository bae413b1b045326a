-- The annual or quarterly plans of thematic inspections. A plan is drafted by one inspection lead and approved by
-- another (four eyes); the approval proposes one THEMATIC inspection per entry (basis PLAN, reference = the plan's
-- id, inspection id = the entry's id), after which the plan does not change. Thematic plans are announced, not sealed.
CREATE TABLE inspection_plans (
    id              uuid          PRIMARY KEY,
    version         bigint        NOT NULL,
    period_year     integer       NOT NULL CHECK (period_year BETWEEN 2000 AND 2100),
    -- null for a plan of the whole year
    period_quarter  integer       CHECK (period_quarter BETWEEN 1 AND 4),
    title           varchar(200)  NOT NULL,
    status          varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    drafted_by      varchar(255)  NOT NULL,
    drafted_at      timestamptz   NOT NULL,
    approved_by     varchar(255),
    approved_at     timestamptz,
    CHECK ((status = 'APPROVED') = (approved_by IS NOT NULL))
);
CREATE INDEX inspection_plans_period ON inspection_plans (period_year, period_quarter);

-- A plan's entries: one thematic inspection each (a theme, a free scope, or both).
CREATE TABLE inspection_plan_entries (
    plan_id        uuid          NOT NULL REFERENCES inspection_plans (id),
    entry_id       uuid          NOT NULL PRIMARY KEY,
    unit_code      varchar(32)   NOT NULL,
    theme          varchar(24)   CHECK (theme IN ('CONDUCT', 'UNIFORM_AND_BADGE', 'PROCEDURE', 'DELAY',
                                                  'ANTI_CORRUPTION', 'OTHER')),
    scope          varchar(2000),
    planned_start  date          NOT NULL,
    duration_days  integer       NOT NULL CHECK (duration_days BETWEEN 1 AND 45),
    CHECK (theme IS NOT NULL OR scope IS NOT NULL)
);
CREATE INDEX inspection_plan_entries_plan ON inspection_plan_entries (plan_id);

-- The statistics count inspections by the day they started, or were planned to start.
CREATE INDEX inspections_period_day ON inspections ((COALESCE(started_on, planned_start)), unit_code);

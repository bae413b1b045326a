-- The risk signals the draw weighs, kept from the other services' events (infrastructure/draw projections).
-- Counters per unit and kind: ACCEPTED_REPORT, SUBSTANTIATED_REPORT (hotline, reports naming a unit),
-- CHARTER_BREACH, CHANNEL_OVERRIDE (declarations, per gate), OVERDUE_ROTATION (staffing, no exemption).
CREATE TABLE draw_unit_signals (
    unit_code  varchar(32) NOT NULL,
    kind       varchar(32) NOT NULL,
    count      integer     NOT NULL CHECK (count >= 0),
    last_at    timestamptz NOT NULL,
    PRIMARY KEY (unit_code, kind)
);

-- Hotline's accepted reports: ReportConcluded names no unit, so the unit (or, for a report about an officer only,
-- the officer, whose unit is looked up at draw time) is kept from ReportAccepted. Each report counts once.
CREATE TABLE draw_reports (
    report_id      varchar(64) PRIMARY KEY,
    unit_code      varchar(32),
    officer_id     varchar(64),
    substantiated  boolean     NOT NULL,
    accepted_at    timestamptz NOT NULL
);
CREATE INDEX draw_reports_officer ON draw_reports (officer_id) WHERE unit_code IS NULL;

-- Channel overrides per gate and enterprise: the largest count at a gate is its override concentration.
CREATE TABLE draw_gate_overrides (
    gate_code         varchar(32) NOT NULL,
    declarant_tax_id  varchar(14) NOT NULL,
    count             integer     NOT NULL CHECK (count >= 0),
    last_at           timestamptz NOT NULL,
    PRIMARY KEY (gate_code, declarant_tax_id)
);

-- Discipline cases by officer; an open one counts at the unit where the officer is posted on the draw's day.
CREATE TABLE draw_discipline_cases (
    case_id     varchar(64) PRIMARY KEY,
    officer_id  varchar(64) NOT NULL,
    opened_at   timestamptz NOT NULL,
    closed_at   timestamptz
);
CREATE INDEX draw_discipline_cases_open ON draw_discipline_cases (officer_id) WHERE closed_at IS NULL;

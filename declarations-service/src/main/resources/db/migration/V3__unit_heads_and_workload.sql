-- Staffing's unit heads (UnitHeadChanged): a unit head reads the declarations of the gate he heads.
CREATE TABLE unit_heads (
    unit_code       varchar(32) NOT NULL,
    valid_from      date        NOT NULL,
    head_officer_id uuid,
    PRIMARY KEY (unit_code, valid_from)
);
CREATE INDEX unit_heads_by_officer ON unit_heads (head_officer_id);

-- How many open declarations each officer holds: assignment picks the least loaded without counting declarations.
CREATE TABLE officer_workload (
    officer_id        uuid    PRIMARY KEY,
    open_declarations integer NOT NULL CHECK (open_declarations >= 0)
);

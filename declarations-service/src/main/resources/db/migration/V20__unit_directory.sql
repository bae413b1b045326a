-- Staffing's units as this service needs them (UnitOpened, UnitClosed): a declaration is lodged only at a gate
-- (a SUB_DEPARTMENT) that is open, and an officer posted to a team under a gate acts at that gate.
CREATE TABLE units (
    unit_code   varchar(32)  PRIMARY KEY,
    name        varchar(255),
    kind        varchar(32)  NOT NULL,
    parent_code varchar(32),
    closed_on   date
);
CREATE INDEX units_by_parent ON units (parent_code);

-- Staffing's units, postings, heads of units and declared relatives, as inspections needs them (UnitOpened,
-- UnitClosed, OfficerPosted, PostingEnded, UnitHeadChanged, OfficerRegistered): who may sit on an inspection team
-- for a unit, and who answers for a unit's violations on the day they happened.
CREATE TABLE units (
    unit_code   varchar(32)  PRIMARY KEY,
    name        varchar(255),
    kind        varchar(32)  NOT NULL,
    parent_code varchar(32),
    remote_area boolean      NOT NULL DEFAULT false,
    closed_on   date
);
-- walking the tree down from a unit (its descendants)
CREATE INDEX units_by_parent ON units (parent_code);

-- valid_from and valid_to are both days on the post; valid_to is null while the posting is open.
CREATE TABLE postings (
    posting_id     varchar(64)  PRIMARY KEY,
    officer_id     uuid         NOT NULL,
    unit_code      varchar(32)  NOT NULL,
    post_id        varchar(64),
    post_function  varchar(32),
    sensitive_post boolean      NOT NULL DEFAULT false,
    valid_from     date         NOT NULL,
    valid_to       date
);
-- an officer's history (conflicts of interest)
CREATE INDEX postings_by_officer ON postings (officer_id, valid_from);
-- who was posted at these units in a period
CREATE INDEX postings_by_unit_and_dates ON postings (unit_code, valid_from, valid_to);
-- the officers holding a function (INSPECTION) on a day
CREATE INDEX postings_by_function ON postings (post_function, valid_from);

-- Who headed each unit from which day: a row per UnitHeadChanged; head_officer_id is null while the post was vacant.
-- The head on a day is the row with the latest valid_from not after that day.
CREATE TABLE unit_heads (
    unit_code        varchar(32)  NOT NULL,
    valid_from       date         NOT NULL,
    head_officer_id  uuid,
    PRIMARY KEY (unit_code, valid_from)
);

-- The units where an officer declared that a relative works; replaced whole by each OfficerRegistered.
CREATE TABLE officer_relative_units (
    officer_id  uuid         NOT NULL,
    unit_code   varchar(32)  NOT NULL,
    PRIMARY KEY (officer_id, unit_code)
);

-- Staffing's units and postings as the hotline needs them (UnitOpened, UnitClosed, OfficerPosted, PostingEnded):
-- nobody handles a report about a unit he was posted at, or about an officer he shared a posting with, and a report
-- about "the officer at counter 2 on 3 March" is resolved to the officers on post at that unit that day.
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
    valid_from     date         NOT NULL,
    valid_to       date
);
-- an officer's history (conflicts of interest)
CREATE INDEX postings_by_officer ON postings (officer_id, valid_from);
-- who was posted at these units in a period (candidates on post, shared postings)
CREATE INDEX postings_by_unit_and_dates ON postings (unit_code, valid_from, valid_to);

-- Thematic conferences on discipline held at a unit, and the officers who attended each.
CREATE TABLE briefings (
    id          uuid PRIMARY KEY,
    unit_code   varchar(32)   NOT NULL,
    held_on     date          NOT NULL,
    topic       varchar(300)  NOT NULL,
    decision    varchar(2000) NOT NULL,
    recorded_at timestamptz   NOT NULL,
    version     bigint        NOT NULL
);
CREATE INDEX briefings_by_unit ON briefings (unit_code, held_on DESC);

CREATE TABLE briefing_attendees (
    briefing_id uuid NOT NULL REFERENCES briefings (id),
    officer_id  uuid NOT NULL REFERENCES officers (id),
    PRIMARY KEY (briefing_id, officer_id)
);

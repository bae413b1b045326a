-- Units, posts, officers and who held which post when. The aggregates enforce the rules; the constraints here
-- are the last line of defence against a bug or a hand-written UPDATE.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE units (
    id          uuid PRIMARY KEY,
    code        varchar(32)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    kind        varchar(20)  NOT NULL,
    parent_id   uuid REFERENCES units (id),
    remote_area boolean      NOT NULL,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE TABLE posts (
    id                     uuid PRIMARY KEY,
    unit_id                uuid         NOT NULL REFERENCES units (id),
    title                  varchar(200) NOT NULL,
    function               varchar(32)  NOT NULL,
    sensitive              boolean      NOT NULL,
    rotation_period_months integer CHECK (rotation_period_months BETWEEN 24 AND 60),
    min_staff              integer      NOT NULL CHECK (min_staff >= 0),
    establishment          integer      NOT NULL CHECK (establishment >= 1 AND establishment >= min_staff),
    min_rank               varchar(32)  NOT NULL,
    head_of_unit           boolean      NOT NULL,
    version                bigint       NOT NULL,
    created_at             timestamptz  NOT NULL,
    CHECK (NOT sensitive OR rotation_period_months IS NOT NULL)
);
CREATE INDEX posts_by_unit ON posts (unit_id, function);
-- A unit has at most one head post; its holder is the unit's head.
CREATE UNIQUE INDEX one_head_post_per_unit ON posts (unit_id) WHERE head_of_unit;

CREATE TABLE officers (
    id               uuid PRIMARY KEY,
    service_number   varchar(20)  NOT NULL UNIQUE,
    full_name        varchar(200) NOT NULL,
    -- lower case, without diacritics ("hoang van" finds "Hoàng Văn"), written by the aggregate
    search_name      varchar(200) NOT NULL,
    rank             varchar(32)  NOT NULL,
    date_of_birth    date         NOT NULL,
    retirement_date  date         NOT NULL,
    home_unit_code   varchar(32),
    exemption        varchar(40),
    exemption_until  date,
    under_review     boolean      NOT NULL,
    suspended        boolean      NOT NULL,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX officers_by_search_name ON officers (search_name, id);

-- Relatives' workplaces and business interests the officer declared: no posting to a unit where one of them works
-- or operates, and no file of an enterprise he has an interest in.
CREATE TABLE officer_declared_interests (
    officer_id   uuid         NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
    kind         varchar(20)  NOT NULL,
    description  varchar(300) NOT NULL,
    unit_code    varchar(32),
    tax_id       varchar(14)
);
CREATE INDEX declared_interests_by_officer ON officer_declared_interests (officer_id);

CREATE TABLE postings (
    id                    uuid PRIMARY KEY,
    officer_id            uuid        NOT NULL REFERENCES officers (id),
    post_id               uuid        NOT NULL REFERENCES posts (id),
    -- copied from the post's unit (codes never change) so that events and "who was at U on D" need no join
    unit_code             varchar(32) NOT NULL,
    valid_from            date        NOT NULL,
    valid_to              date,
    kind                  varchar(32) NOT NULL,
    decision_number       varchar(64) NOT NULL,
    end_decision_number   varchar(64),
    -- what we knew when: the posting entered the register at recorded_at, its end at end_recorded_at
    recorded_at           timestamptz NOT NULL,
    end_recorded_at       timestamptz,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    -- one officer's postings never overlap
    -- (checked at commit: a move ends one posting and opens the next in the same transaction)
    EXCLUDE USING gist (officer_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX postings_by_post ON postings (post_id, valid_from);
CREATE INDEX postings_by_unit ON postings (unit_code, valid_from);
CREATE INDEX postings_by_officer ON postings (officer_id, valid_from);

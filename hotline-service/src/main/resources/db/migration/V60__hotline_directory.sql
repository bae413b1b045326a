-- The published hotline directory: for each unit (the department, each gate) the numbers, e-mail and web address
-- where businesses report an officer, and when someone answers. One entry a unit.
CREATE TABLE hotline_entries (
    id           uuid PRIMARY KEY,
    unit_code    varchar(32)   NOT NULL UNIQUE,
    level        varchar(16)   NOT NULL CHECK (level IN ('DEPARTMENT', 'GATE')),
    unit_name    varchar(200)  NOT NULL,
    email        varchar(254),
    web_address  varchar(500)  CHECK (web_address LIKE 'https://%'),
    always_open  boolean       NOT NULL,
    note         varchar(1000),
    published_at timestamptz   NOT NULL,
    revised_at   timestamptz,
    version      bigint        NOT NULL
);

-- Directory order: the department first, then the gates by code.
CREATE INDEX hotline_entries_directory_order ON hotline_entries (level, unit_code);

CREATE TABLE hotline_entry_phones (
    entry_id uuid        NOT NULL REFERENCES hotline_entries (id) ON DELETE CASCADE,
    position integer     NOT NULL,
    label    varchar(80) NOT NULL,
    number   varchar(25) NOT NULL,
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE hotline_entry_hours (
    entry_id  uuid       NOT NULL REFERENCES hotline_entries (id) ON DELETE CASCADE,
    position  integer    NOT NULL,
    first_day varchar(9) NOT NULL,
    last_day  varchar(9) NOT NULL,
    opens     time       NOT NULL,
    closes    time       NOT NULL CHECK (closes > opens),
    PRIMARY KEY (entry_id, position)
);

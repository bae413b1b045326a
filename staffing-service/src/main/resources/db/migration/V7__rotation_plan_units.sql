-- A plan's units as rows, not a comma-joined string: one row per unit, in the order given.
CREATE TABLE rotation_plan_units (
    plan_id   uuid        NOT NULL REFERENCES rotation_plans (id),
    position  integer     NOT NULL,
    unit_code varchar(32) NOT NULL,
    PRIMARY KEY (plan_id, position)
);
INSERT INTO rotation_plan_units (plan_id, position, unit_code)
SELECT p.id, u.ordinality - 1, u.code
FROM rotation_plans p, unnest(string_to_array(p.unit_codes, ',')) WITH ORDINALITY AS u (code, ordinality)
WHERE p.unit_codes <> '';
ALTER TABLE rotation_plans DROP COLUMN unit_codes;

-- Test-only table of the test kit's wiring probe (see vn.customs.testkit.wiring). Never in production:
-- the test kit is a test-scoped dependency and adds this location in the %test profile only.
CREATE TABLE testkit_wiring_probe (
    id          uuid PRIMARY KEY,
    note        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    echoed_at   timestamptz
);

-- Test-only tables of the platform's own tests (the platform ships no business tables).
CREATE TABLE test_shipment_step (
    id           bigserial PRIMARY KEY,
    shipment_id  text   NOT NULL,
    step         int    NOT NULL
);

CREATE TABLE test_shipment_projection (
    shipment_id  text PRIMARY KEY,
    applied      int  NOT NULL,
    last_step    int  NOT NULL
);

CREATE TABLE test_note (
    id       bigserial PRIMARY KEY,
    text     text   NOT NULL,
    version  bigint NOT NULL
);

CREATE TABLE test_order (
    id        uuid PRIMARY KEY,
    owner     text NOT NULL,
    goods     text NOT NULL
);

-- The single assets a declaration lists on their own (each worth at least the per-asset threshold in force on the
-- filing day), in the order the declarant gave them.
CREATE TABLE asset_declaration_assets (
    declaration_id uuid         NOT NULL REFERENCES asset_declarations (id),
    position       integer      NOT NULL,
    description    varchar(300) NOT NULL,
    value_amount   numeric(20)  NOT NULL CHECK (value_amount >= 0),
    value_currency char(3)      NOT NULL,
    PRIMARY KEY (declaration_id, position)
);

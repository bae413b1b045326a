-- Risk-weighted draws of surprise-inspection targets (domain/draw). Each draw keeps everything it was made from: the
-- weight formula's version and coefficients, every candidate's signals and weights, the size and the seed. Until
-- it is REVEALED only INSPECTION_LEAD reads a row; the world sees the commitment (SHA-256 of the canonical text).
CREATE TABLE draws (
    id                           uuid PRIMARY KEY,
    version                      bigint       NOT NULL,
    formula_version              varchar(40)  NOT NULL,
    formula_base                 numeric      NOT NULL CHECK (formula_base > 0),
    accepted_report              numeric      NOT NULL CHECK (accepted_report >= 0),
    substantiated_report         numeric      NOT NULL CHECK (substantiated_report >= 0),
    charter_breach               numeric      NOT NULL CHECK (charter_breach >= 0),
    channel_override             numeric      NOT NULL CHECK (channel_override >= 0),
    override_concentration       numeric      NOT NULL CHECK (override_concentration >= 0),
    overdue_rotation             numeric      NOT NULL CHECK (overdue_rotation >= 0),
    open_discipline_case         numeric      NOT NULL CHECK (open_discipline_case >= 0),
    earlier_finding              numeric      NOT NULL CHECK (earlier_finding >= 0),
    month_since_last_inspection  numeric      NOT NULL CHECK (month_since_last_inspection >= 0),
    minimum_probability          numeric      NOT NULL CHECK (minimum_probability >= 0 AND minimum_probability < 1),
    draw_size                    integer      NOT NULL CHECK (draw_size >= 1),
    seed                         varchar(64)  NOT NULL,
    commitment                   varchar(64)  NOT NULL,
    status                       varchar(10)  NOT NULL CHECK (status IN ('SEALED', 'REVEALED')),
    committed_at                 timestamptz  NOT NULL,
    committed_by                 varchar(200) NOT NULL,
    revealed_at                  timestamptz,
    revealed_by                  varchar(200),
    CHECK ((status = 'REVEALED') = (revealed_at IS NOT NULL))
);

-- The candidates of a draw in unit-code order, with the signals counted at draw time, the formula's weight, the
-- weight the draw used (raised to the minimum-probability floor) and the place among the drawn (null: not drawn).
CREATE TABLE draw_candidates (
    draw_id                       uuid        NOT NULL REFERENCES draws (id),
    position                      integer     NOT NULL,
    unit_code                     varchar(32) NOT NULL,
    accepted_reports              integer     NOT NULL,
    substantiated_reports         integer     NOT NULL,
    charter_breaches              integer     NOT NULL,
    channel_overrides             integer     NOT NULL,
    override_concentration        integer     NOT NULL,
    overdue_rotations             integer     NOT NULL,
    open_discipline_cases         integer     NOT NULL,
    earlier_findings              integer     NOT NULL,
    months_since_last_inspection  integer     NOT NULL,
    weight                        numeric     NOT NULL CHECK (weight > 0),
    effective_weight              numeric     NOT NULL CHECK (effective_weight >= weight),
    drawn_rank                    integer     CHECK (drawn_rank >= 1),
    PRIMARY KEY (draw_id, position),
    UNIQUE (draw_id, unit_code)
);
CREATE INDEX draw_candidates_drawn ON draw_candidates (draw_id, unit_code) WHERE drawn_rank IS NOT NULL;

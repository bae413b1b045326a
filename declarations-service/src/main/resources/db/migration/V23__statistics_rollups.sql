-- Rollups behind GET /api/v1/statistics, so that a gate's quarter, a department's month or the whole country's
-- year reads thousands of rows instead of millions of declarations. They are kept by a trigger on declarations, in
-- the same transaction as every insert, update or delete of a declaration: no code path can forget them, and a
-- reader never sees a declaration without its rollup. Months are local months (Asia/Ho_Chi_Minh) of submitted_at;
-- the partial months at the edges of a period are read from the declarations themselves.

-- Counts, on-time clearances and trade value per gate, month, status, channel ('' when none yet) and submission.
CREATE TABLE stats_gate_month (
    gate_code       varchar(32) NOT NULL,
    month           date        NOT NULL,
    status          varchar(32) NOT NULL,
    channel         varchar(8)  NOT NULL,
    electronic      boolean     NOT NULL,
    declarations    bigint      NOT NULL,
    within_charter  bigint      NOT NULL,
    trade_value_usd numeric     NOT NULL,
    PRIMARY KEY (gate_code, month, status, channel, electronic)
);
CREATE INDEX stats_gate_month_by_month ON stats_gate_month (month);

-- Who declared: distinct enterprises (and those whose declarations were all electronic) are exact only from the
-- enterprises themselves, so one row per enterprise per gate and month, per month, and per year.
CREATE TABLE stats_gate_month_declarant (
    gate_code        varchar(32) NOT NULL,
    month            date        NOT NULL,
    declarant_tax_id varchar(14) NOT NULL,
    declarations     bigint      NOT NULL,
    electronic       bigint      NOT NULL,
    PRIMARY KEY (gate_code, month, declarant_tax_id)
);
CREATE TABLE stats_month_declarant (
    month            date        NOT NULL,
    declarant_tax_id varchar(14) NOT NULL,
    declarations     bigint      NOT NULL,
    electronic       bigint      NOT NULL,
    PRIMARY KEY (month, declarant_tax_id)
);
CREATE TABLE stats_year_declarant (
    year             date        NOT NULL,
    declarant_tax_id varchar(14) NOT NULL,
    declarations     bigint      NOT NULL,
    electronic       bigint      NOT NULL,
    PRIMARY KEY (year, declarant_tax_id)
);

-- Processing time of cleared declarations as a frequency table of whole working minutes, per gate and month and
-- per month: exact percentiles from a few thousand rows.
CREATE TABLE stats_gate_month_minutes (
    gate_code varchar(32) NOT NULL,
    month     date        NOT NULL,
    channel   varchar(8)  NOT NULL,
    minutes   bigint      NOT NULL,
    cleared   bigint      NOT NULL,
    PRIMARY KEY (gate_code, month, channel, minutes)
);
CREATE TABLE stats_month_minutes (
    month   date       NOT NULL,
    channel varchar(8) NOT NULL,
    minutes bigint     NOT NULL,
    cleared bigint     NOT NULL,
    PRIMARY KEY (month, channel, minutes)
);

-- The partial months at the edges of a period are read from declarations by submit time.
CREATE INDEX declarations_by_submitted ON declarations (submitted_at);

CREATE FUNCTION stats_month_of(submitted timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT date_trunc('month', submitted AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$;

-- What the rollups hold, recomputed from the declarations: the rebuild and the consistency checks read these.
CREATE VIEW stats_gate_month_recomputed AS
SELECT gate_code, stats_month_of(submitted_at) AS month, status, COALESCE(channel, '') AS channel,
       submission_channel = 'ELECTRONIC' AS electronic, COUNT(*) AS declarations,
       COUNT(*) FILTER (WHERE within_charter) AS within_charter,
       COALESCE(SUM(amount * exchange_rate_vnd / usd_rate_vnd), 0) AS trade_value_usd
FROM declarations GROUP BY 1, 2, 3, 4, 5;
CREATE VIEW stats_gate_month_declarant_recomputed AS
SELECT gate_code, stats_month_of(submitted_at) AS month, declarant_tax_id, COUNT(*) AS declarations,
       COUNT(*) FILTER (WHERE submission_channel = 'ELECTRONIC') AS electronic
FROM declarations GROUP BY 1, 2, 3;
CREATE VIEW stats_month_declarant_recomputed AS
SELECT stats_month_of(submitted_at) AS month, declarant_tax_id, COUNT(*) AS declarations,
       COUNT(*) FILTER (WHERE submission_channel = 'ELECTRONIC') AS electronic
FROM declarations GROUP BY 1, 2;
CREATE VIEW stats_year_declarant_recomputed AS
SELECT date_trunc('year', stats_month_of(submitted_at))::date AS year, declarant_tax_id, COUNT(*) AS declarations,
       COUNT(*) FILTER (WHERE submission_channel = 'ELECTRONIC') AS electronic
FROM declarations GROUP BY 1, 2;
CREATE VIEW stats_gate_month_minutes_recomputed AS
SELECT gate_code, stats_month_of(submitted_at) AS month, COALESCE(channel, '') AS channel,
       processing_seconds / 60 AS minutes, COUNT(*) AS cleared
FROM declarations WHERE status = 'CLEARED' AND processing_seconds IS NOT NULL GROUP BY 1, 2, 3, 4;
CREATE VIEW stats_month_minutes_recomputed AS
SELECT stats_month_of(submitted_at) AS month, COALESCE(channel, '') AS channel,
       processing_seconds / 60 AS minutes, COUNT(*) AS cleared
FROM declarations WHERE status = 'CLEARED' AND processing_seconds IS NOT NULL GROUP BY 1, 2, 3;

-- Adds (sign 1) or takes away (sign -1) one declaration's share of the rollups. Rows that fall to zero stay (a
-- status change moves a count from one row to another many times a day); readers skip them.
CREATE FUNCTION stats_count(d declarations, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_gate_month AS s VALUES (
        d.gate_code, stats_month_of(d.submitted_at), d.status, COALESCE(d.channel, ''),
        d.submission_channel = 'ELECTRONIC', sign, CASE WHEN d.within_charter THEN sign ELSE 0 END,
        sign * (d.amount * d.exchange_rate_vnd / d.usd_rate_vnd))
    ON CONFLICT (gate_code, month, status, channel, electronic) DO UPDATE SET
        declarations = s.declarations + EXCLUDED.declarations,
        within_charter = s.within_charter + EXCLUDED.within_charter,
        trade_value_usd = s.trade_value_usd + EXCLUDED.trade_value_usd;
END $$;

CREATE FUNCTION stats_declarant(d declarations, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_month date := stats_month_of(d.submitted_at);
    v_electronic integer := CASE WHEN d.submission_channel = 'ELECTRONIC' THEN sign ELSE 0 END;
BEGIN
    INSERT INTO stats_gate_month_declarant AS s VALUES (d.gate_code, v_month, d.declarant_tax_id, sign, v_electronic)
    ON CONFLICT (gate_code, month, declarant_tax_id) DO UPDATE SET
        declarations = s.declarations + EXCLUDED.declarations, electronic = s.electronic + EXCLUDED.electronic;
    INSERT INTO stats_month_declarant AS s VALUES (v_month, d.declarant_tax_id, sign, v_electronic)
    ON CONFLICT (month, declarant_tax_id) DO UPDATE SET
        declarations = s.declarations + EXCLUDED.declarations, electronic = s.electronic + EXCLUDED.electronic;
    INSERT INTO stats_year_declarant AS s VALUES (date_trunc('year', v_month)::date, d.declarant_tax_id, sign, v_electronic)
    ON CONFLICT (year, declarant_tax_id) DO UPDATE SET
        declarations = s.declarations + EXCLUDED.declarations, electronic = s.electronic + EXCLUDED.electronic;
END $$;

CREATE FUNCTION stats_minutes(d declarations, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_month date := stats_month_of(d.submitted_at);
BEGIN
    IF d.status <> 'CLEARED' OR d.processing_seconds IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO stats_gate_month_minutes AS s
    VALUES (d.gate_code, v_month, COALESCE(d.channel, ''), d.processing_seconds / 60, sign)
    ON CONFLICT (gate_code, month, channel, minutes) DO UPDATE SET cleared = s.cleared + EXCLUDED.cleared;
    INSERT INTO stats_month_minutes AS s VALUES (v_month, COALESCE(d.channel, ''), d.processing_seconds / 60, sign)
    ON CONFLICT (month, channel, minutes) DO UPDATE SET cleared = s.cleared + EXCLUDED.cleared;
END $$;

-- Touches only the rollups whose inputs changed: most updates are a status step, which moves one count.
CREATE FUNCTION stats_follow_declaration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM stats_count(NEW, 1);
        PERFORM stats_declarant(NEW, 1);
        PERFORM stats_minutes(NEW, 1);
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM stats_count(OLD, -1);
        PERFORM stats_declarant(OLD, -1);
        PERFORM stats_minutes(OLD, -1);
        RETURN NULL;
    END IF;
    IF (OLD.gate_code, OLD.submitted_at, OLD.status, OLD.channel, OLD.submission_channel, OLD.within_charter,
        OLD.amount, OLD.exchange_rate_vnd, OLD.usd_rate_vnd)
        IS DISTINCT FROM (NEW.gate_code, NEW.submitted_at, NEW.status, NEW.channel, NEW.submission_channel,
        NEW.within_charter, NEW.amount, NEW.exchange_rate_vnd, NEW.usd_rate_vnd) THEN
        PERFORM stats_count(OLD, -1);
        PERFORM stats_count(NEW, 1);
    END IF;
    IF (OLD.gate_code, OLD.submitted_at, OLD.declarant_tax_id, OLD.submission_channel)
        IS DISTINCT FROM (NEW.gate_code, NEW.submitted_at, NEW.declarant_tax_id, NEW.submission_channel) THEN
        PERFORM stats_declarant(OLD, -1);
        PERFORM stats_declarant(NEW, 1);
    END IF;
    IF (OLD.gate_code, OLD.submitted_at, OLD.status, OLD.channel, OLD.processing_seconds)
        IS DISTINCT FROM (NEW.gate_code, NEW.submitted_at, NEW.status, NEW.channel, NEW.processing_seconds) THEN
        PERFORM stats_minutes(OLD, -1);
        PERFORM stats_minutes(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER declarations_statistics
    AFTER INSERT OR DELETE OR UPDATE OF gate_code, submitted_at, status, channel, submission_channel, within_charter,
        amount, exchange_rate_vnd, usd_rate_vnd, declarant_tax_id, processing_seconds
    ON declarations FOR EACH ROW EXECUTE FUNCTION stats_follow_declaration();

-- Rebuilds every rollup from the declarations (after a bulk load with the trigger disabled, or to prove that the
-- kept rollups equal a recomputation). Locks declarations against writes meanwhile.
CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE declarations IN SHARE MODE;
    TRUNCATE stats_gate_month, stats_gate_month_declarant, stats_month_declarant, stats_year_declarant,
        stats_gate_month_minutes, stats_month_minutes;
    INSERT INTO stats_gate_month SELECT * FROM stats_gate_month_recomputed;
    INSERT INTO stats_gate_month_declarant SELECT * FROM stats_gate_month_declarant_recomputed;
    INSERT INTO stats_month_declarant SELECT * FROM stats_month_declarant_recomputed;
    INSERT INTO stats_year_declarant SELECT * FROM stats_year_declarant_recomputed;
    INSERT INTO stats_gate_month_minutes SELECT * FROM stats_gate_month_minutes_recomputed;
    INSERT INTO stats_month_minutes SELECT * FROM stats_month_minutes_recomputed;
END $$;

-- Per rollup, how many rows differ from a recomputation (rows kept at zero aside): all zero when the rollups are
-- right. Read in one snapshot with writes to declarations held off.
CREATE FUNCTION stats_differences() RETURNS TABLE (rollup text, differing bigint) LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE declarations IN SHARE MODE;
    RETURN QUERY
    SELECT 'stats_gate_month', COUNT(*) FROM (
        (SELECT * FROM stats_gate_month WHERE declarations <> 0 EXCEPT SELECT * FROM stats_gate_month_recomputed)
        UNION ALL
        (SELECT * FROM stats_gate_month_recomputed EXCEPT SELECT * FROM stats_gate_month WHERE declarations <> 0)) d
    UNION ALL
    SELECT 'stats_gate_month_declarant', COUNT(*) FROM (
        (SELECT * FROM stats_gate_month_declarant WHERE declarations <> 0
         EXCEPT SELECT * FROM stats_gate_month_declarant_recomputed)
        UNION ALL
        (SELECT * FROM stats_gate_month_declarant_recomputed
         EXCEPT SELECT * FROM stats_gate_month_declarant WHERE declarations <> 0)) d
    UNION ALL
    SELECT 'stats_month_declarant', COUNT(*) FROM (
        (SELECT * FROM stats_month_declarant WHERE declarations <> 0
         EXCEPT SELECT * FROM stats_month_declarant_recomputed)
        UNION ALL
        (SELECT * FROM stats_month_declarant_recomputed
         EXCEPT SELECT * FROM stats_month_declarant WHERE declarations <> 0)) d
    UNION ALL
    SELECT 'stats_year_declarant', COUNT(*) FROM (
        (SELECT * FROM stats_year_declarant WHERE declarations <> 0
         EXCEPT SELECT * FROM stats_year_declarant_recomputed)
        UNION ALL
        (SELECT * FROM stats_year_declarant_recomputed
         EXCEPT SELECT * FROM stats_year_declarant WHERE declarations <> 0)) d
    UNION ALL
    SELECT 'stats_gate_month_minutes', COUNT(*) FROM (
        (SELECT * FROM stats_gate_month_minutes WHERE cleared <> 0 EXCEPT SELECT * FROM stats_gate_month_minutes_recomputed)
        UNION ALL
        (SELECT * FROM stats_gate_month_minutes_recomputed EXCEPT SELECT * FROM stats_gate_month_minutes WHERE cleared <> 0)) d
    UNION ALL
    SELECT 'stats_month_minutes', COUNT(*) FROM (
        (SELECT * FROM stats_month_minutes WHERE cleared <> 0 EXCEPT SELECT * FROM stats_month_minutes_recomputed)
        UNION ALL
        (SELECT * FROM stats_month_minutes_recomputed EXCEPT SELECT * FROM stats_month_minutes WHERE cleared <> 0)) d;
END $$;

SELECT stats_rebuild();

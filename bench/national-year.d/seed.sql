-- One year of declarations at national shape, generated in SQL into the service's own tables.
--   psql -1 -v bulk=0 -v year=2025 -v first=1 -v last=500000 -f seed.sql
-- Rows first..last (a long load goes in slices, each one transaction). Deterministic:
-- row i is the same every time (its random draws are hashes of i), so a reseed gives the same year.
-- Shape: 35 provincial departments (NYD01..NYD35) and 180 gates (NYG001..NYG180) in the unit directory; gate sizes
-- follow 1/rank (the largest gate takes ~17% of the country, as Cat Lai does); 100,000 enterprises (tax ids
-- 9000000001..9000100000), each with a home gate sized like its gate, 10% of its declarations elsewhere; days
-- weighted by season: quiet Sundays and Saturdays, the Tết dip (Tết 2025: 29 January; a week before to ten days
-- after), a busier fourth quarter.
\set ON_ERROR_STOP 1
-- bulk=1 (run it with psql -1, one transaction): the statistics trigger is off while these rows go in, and back on
-- at commit; the caller then runs stats_rebuild(). Otherwise every row goes through the trigger, as a submit does.
\if :bulk
ALTER TABLE declarations DISABLE TRIGGER declarations_statistics;
\endif
INSERT INTO units (unit_code, name, kind, parent_code)
SELECT 'NYD' || lpad(d::text, 2, '0'), 'Cục Hải quan tỉnh ' || d, 'DEPARTMENT', NULL FROM generate_series(1, 35) d
ON CONFLICT (unit_code) DO NOTHING;
INSERT INTO units (unit_code, name, kind, parent_code)
SELECT 'NYG' || lpad(g::text, 3, '0'), 'Chi cục Hải quan ' || g, 'SUB_DEPARTMENT', 'NYD' || lpad((((g - 1) % 35) + 1)::text, 2, '0')
FROM generate_series(1, 180) g
ON CONFLICT (unit_code) DO NOTHING;

CREATE TEMP TABLE ny_gate AS
WITH w AS (SELECT g, 1.0 / g AS weight FROM generate_series(1, 180) g)
SELECT g, sum(weight) OVER (ORDER BY g) / sum(weight) OVER () AS upto,
       (sum(weight) OVER (ORDER BY g) - weight) / sum(weight) OVER () AS since
FROM w;
-- 10,000 slots, each naming a gate in proportion to its weight (an equality join instead of a range join per row)
CREATE TEMP TABLE ny_gate_slot AS
SELECT generate_series(ceil(since * 10000)::int, ceil(upto * 10000)::int - 1) AS s, g,
       floor(since * 100000)::int AS ent_from, greatest(1, floor((upto - since) * 100000))::int AS ent_size
FROM ny_gate;
ANALYZE ny_gate_slot;

CREATE TEMP TABLE ny_day AS
WITH d AS (
    SELECT day::date AS day,
           (CASE extract(isodow FROM day) WHEN 7 THEN 0.25 WHEN 6 THEN 0.6 ELSE 1.0 END)
           * (CASE WHEN day BETWEEN make_date(:year, 1, 22) AND make_date(:year, 2, 8) THEN 0.2
                   WHEN extract(month FROM day) >= 10 THEN 1.15 ELSE 1.0 END) AS weight
    FROM generate_series(make_date(:year, 1, 1), make_date(:year, 12, 31), interval '1 day') day)
SELECT day, sum(weight) OVER (ORDER BY day) / sum(weight) OVER () AS upto,
       (sum(weight) OVER (ORDER BY day) - weight) / sum(weight) OVER () AS since
FROM d;
CREATE TEMP TABLE ny_day_slot AS
SELECT generate_series(ceil(since * 100000)::int, ceil(upto * 100000)::int - 1) AS s, day FROM ny_day;
ANALYZE ny_day_slot;

INSERT INTO declarations (
    id, lrn, number, content_hash, flow, procedure_code, gate_code, submission_channel, declarant_tax_id,
    declarant_name, counterparty_name, counterparty_country, mode, invoice_number, invoice_date, currency, amount,
    exchange_rate_vnd, usd_rate_vnd, status, channel, submitted_at, registered_at, finished_at, processing_seconds,
    within_charter, version)
SELECT md5('ny' || :year || '-' || i)::uuid, 'NY' || :year || '-' || i, '9' || (:year % 10) || lpad(i::text, 10, '0'),
       md5('content' || i), CASE WHEN u5 < 0.6 THEN 'IMPORT' ELSE 'EXPORT' END, 'A11',
       'NYG' || lpad(gate::text, 3, '0'), CASE WHEN u3 < 0.97 THEN 'ELECTRONIC' ELSE 'PAPER' END,
       (9000000001 + enterprise)::text, 'Doanh nghiệp ' || enterprise, 'Counterparty', 'CN', 'ROAD', 'INV-' || i,
       submitted::date, 'USD', round((200 + 100000 * u4 ^ 4)::numeric, 2), 25400, 25400, status, channel,
       submitted, submitted + interval '5 minutes',
       CASE WHEN status IN ('CLEARED', 'REJECTED', 'CANCELLED') THEN submitted + interval '5 minutes' + minutes * interval '1 minute' END,
       CASE WHEN status = 'CLEARED' THEN minutes * 60 + (i % 60) END,
       CASE WHEN status = 'CLEARED' THEN u6 < 0.985 END, 1
FROM (
    SELECT i, r.*,
           gs.g AS gate,
           CASE WHEN r.u7 < 0.9 THEN (gs.ent_from + floor(gs.ent_size * r.u2 ^ 2))::int % 100000
                ELSE floor(100000 * r.u2)::int END AS enterprise,
           (ds.day + interval '7 hours' + r.u8 * interval '10 hours')
               AT TIME ZONE 'Asia/Ho_Chi_Minh' AS submitted,
           CASE WHEN r.u5 < 0.62 THEN 'GREEN' WHEN r.u5 < 0.93 THEN 'YELLOW' ELSE 'RED' END AS channel,
           CASE WHEN r.u9 < 0.008 THEN 'REJECTED' WHEN r.u9 < 0.012 THEN 'CANCELLED'
                WHEN r.u9 < 0.02 THEN 'REGISTERED' ELSE 'CLEARED' END AS status,
           CASE WHEN r.u5 < 0.62 THEN floor(1 + 30 * r.u6 ^ 2) WHEN r.u5 < 0.93 THEN floor(30 + 210 * r.u6)
                ELSE floor(240 + 960 * r.u6) END::bigint AS minutes
    FROM generate_series(:first::bigint, :last::bigint) i,
         LATERAL (SELECT ('x' || substr(h, 1, 8))::bit(32)::bigint / 4294967296.0 AS u0,
                         ('x' || substr(h, 9, 8))::bit(32)::bigint / 4294967296.0 AS u1,
                         ('x' || substr(h, 17, 8))::bit(32)::bigint / 4294967296.0 AS u2,
                         ('x' || substr(h, 25, 8))::bit(32)::bigint / 4294967296.0 AS u3,
                         ('x' || substr(h2, 1, 8))::bit(32)::bigint / 4294967296.0 AS u4,
                         ('x' || substr(h2, 9, 8))::bit(32)::bigint / 4294967296.0 AS u5,
                         ('x' || substr(h2, 17, 8))::bit(32)::bigint / 4294967296.0 AS u6,
                         ('x' || substr(h2, 25, 8))::bit(32)::bigint / 4294967296.0 AS u7,
                         ('x' || substr(h3, 1, 8))::bit(32)::bigint / 4294967296.0 AS u8,
                         ('x' || substr(h3, 9, 8))::bit(32)::bigint / 4294967296.0 AS u9
                  FROM (SELECT md5('a' || i) AS h, md5('b' || i) AS h2, md5('c' || i) AS h3) hs) r,
         ny_gate_slot gs, ny_day_slot ds
    WHERE gs.s = floor(r.u1 * 10000)::int AND ds.s = floor(r.u0 * 100000)::int
) x(i, u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, gate, enterprise, submitted, channel, status, minutes);
\if :bulk
ALTER TABLE declarations ENABLE TRIGGER declarations_statistics;
\endif

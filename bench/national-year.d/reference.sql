-- The figures of GET /api/v1/statistics computed the plain way, by GROUP BY over the declarations table (what the
-- endpoint did before the rollups). psql variables: from, to (timestamptz literals), gates (a comma-separated list
-- of gate codes, or '' for every gate). Prints key=value lines in the form figures.py prints the endpoint's answer.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
\timing on
CREATE TEMP VIEW scope AS
SELECT * FROM declarations
WHERE submitted_at >= :'from' AND submitted_at < :'to'
  AND (:'gates' = '' OR gate_code = ANY (string_to_array(:'gates', ',')));
SELECT 'declarations=' || COUNT(*) || E'\nelectronicShare=' || COALESCE(round(100.0 * COUNT(*) FILTER (WHERE submission_channel = 'ELECTRONIC') / NULLIF(COUNT(*), 0), 1)::text, 'null')
       || E'\nactiveEnterprises=' || COUNT(DISTINCT declarant_tax_id)
       || E'\ncleared=' || COUNT(*) FILTER (WHERE status = 'CLEARED')
       || E'\nonTimeShare=' || COALESCE(round(100.0 * COUNT(*) FILTER (WHERE status = 'CLEARED' AND within_charter) / NULLIF(COUNT(*) FILTER (WHERE status = 'CLEARED'), 0), 1)::text, 'null')
       || E'\ntradeValueUsd=' || round(COALESCE(SUM(amount * exchange_rate_vnd / usd_rate_vnd) FILTER (WHERE status <> 'REJECTED'), 0), 2)
FROM scope;
SELECT 'electronicEnterpriseShare=' || COALESCE(round(100.0 * COUNT(*) FILTER (WHERE electronic) / NULLIF(COUNT(*), 0), 1)::text, 'null')
FROM (SELECT bool_and(submission_channel = 'ELECTRONIC') AS electronic FROM scope GROUP BY declarant_tax_id) e;
SELECT 'byStatus.' || status || '=' || COUNT(*) FROM scope GROUP BY status ORDER BY status;
SELECT 'byChannel.' || channel || '=' || COUNT(*) FROM scope WHERE channel IS NOT NULL GROUP BY channel ORDER BY channel;
SELECT 'processingTime.' || channel || '=' || COUNT(*) || ' p50=' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY processing_seconds / 60)::numeric, 1)
       || ' p90=' || round(percentile_cont(0.9) WITHIN GROUP (ORDER BY processing_seconds / 60)::numeric, 1)
FROM scope WHERE status = 'CLEARED' AND processing_seconds IS NOT NULL GROUP BY channel ORDER BY channel;

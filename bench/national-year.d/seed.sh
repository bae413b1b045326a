#!/usr/bin/env bash
# Seeds rows 1..TOTAL of the national year (bench/national-year.d/seed.sql) into the declarations database, resuming
# where an earlier run stopped. Rows up to TOTAL - TRIGGERED go in with the statistics trigger off (in slices, each
# one transaction that turns it back on at commit) and the rollups are then rebuilt by stats_rebuild(), as a
# migration would; the last TRIGGERED rows go in through the trigger, row by row, as submits do.
# While the bulk slices go in, the secondary indexes of declarations are dropped and then built again from their
# saved definitions, as a bulk load into PostgreSQL is usually done: one sorted build per index instead of millions
# of random inserts. Kept: the indexes behind a constraint (the primary key, which the other tables' foreign keys
# need, and the unique number), and the small partial ones the service's scheduled jobs read every few seconds (due
# clocks, waiting declarations: without them each run would scan the whole table). The definitions
# wait in the table ny_seed_dropped_index until the indexes are back, so a seed stopped halfway resumes correctly.
#   seed.sh TOTAL TRIGGERED      (env PSQL: the psql command line for the database; YEAR, default 2025;
#                                 SEED_SLICE, rows per transaction, default 1,000,000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
total=$1 triggered=$2 year=${YEAR:-2025} slice=${SEED_SLICE:-1000000}
psql_cmd=($PSQL)
# the rebuild, the index builds and the vacuum sort and hash millions of rows: more memory than a request gets
export PGOPTIONS="${PGOPTIONS:-} -c work_mem=256MB -c maintenance_work_mem=1GB -c client_min_messages=warning"
have=$("${psql_cmd[@]}" -Atc "SELECT COUNT(*) FROM declarations WHERE lrn LIKE 'NY$year-%'")
if [ "$have" -gt "$total" ]; then
  echo "seed: $have rows of the year $year are there, more than $total; drop them first" >&2; exit 1
fi
bulk_until=$(( total > triggered ? total - triggered : 0 ))
started=$(date +%s)
drop_indexes() {
  "${psql_cmd[@]}" -q -1 <<'SQL'
CREATE TABLE IF NOT EXISTS ny_seed_dropped_index (name text PRIMARY KEY, definition text NOT NULL);
INSERT INTO ny_seed_dropped_index
SELECT i.relname, pg_get_indexdef(x.indexrelid)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = 'declarations'::regclass
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
  AND (x.indpred IS NULL OR x.indisunique)
ON CONFLICT (name) DO NOTHING;
DO $$ DECLARE n text; BEGIN
    FOR n IN SELECT name FROM ny_seed_dropped_index LOOP EXECUTE format('DROP INDEX IF EXISTS %I', n); END LOOP;
END $$;
SQL
  echo "seed: $("${psql_cmd[@]}" -Atc 'SELECT COUNT(*) FROM ny_seed_dropped_index') secondary indexes of declarations dropped for the bulk rows"
}
restore_indexes() {
  local t n; t=$(date +%s)
  [ -n "$("${psql_cmd[@]}" -Atc "SELECT to_regclass('ny_seed_dropped_index')")" ] || return 0
  n=$("${psql_cmd[@]}" -Atc 'SELECT COUNT(*) FROM ny_seed_dropped_index')
  # one index a transaction: a stop halfway keeps the ones already built
  "${psql_cmd[@]}" -Atc 'SELECT name FROM ny_seed_dropped_index ORDER BY name' | while read -r name; do
    "${psql_cmd[@]}" -q -1 -v name="$name" <<'SQL'
SELECT definition FROM ny_seed_dropped_index WHERE name = :'name' \gexec
DELETE FROM ny_seed_dropped_index WHERE name = :'name';
SQL
  done
  "${psql_cmd[@]}" -qc 'DROP TABLE ny_seed_dropped_index'
  echo "seed: $n secondary indexes of declarations built again in $(( $(date +%s) - t )) s"
}
rebuild() {
  local t; t=$(date +%s); "${psql_cmd[@]}" -qAtc "SELECT stats_rebuild()" >/dev/null
  echo "seed: rollups rebuilt from the declarations after the bulk rows in $(( $(date +%s) - t )) s"
}
[ "$have" -lt "$bulk_until" ] && drop_indexes
while [ "$have" -lt "$total" ]; do
  if [ "$have" -lt "$bulk_until" ]; then bulk=1 end=$(( have + slice < bulk_until ? have + slice : bulk_until ))
  else bulk=0 end=$(( have + slice < total ? have + slice : total )); fi
  # the bulk rows are all in (now, or by an earlier run that stopped here): the indexes come back, the rollups
  # learn the rows once
  if [ "$bulk" = 0 ] && [ "$have" = "$bulk_until" ] && [ "$bulk_until" -gt 0 ]; then restore_indexes; rebuild; fi
  t=$(date +%s)
  "${psql_cmd[@]}" -q -1 -v bulk=$bulk -v year="$year" -v first=$(( have + 1 )) -v last="$end" -f "$here/seed.sql"
  elapsed=$(( $(date +%s) - t ))
  echo "seed: rows $(( have + 1 ))..$end in $( [ $bulk = 1 ] && echo 'bulk, trigger off' || echo 'through the trigger'):" \
    "$elapsed s ($(( (end - have) / (elapsed > 0 ? elapsed : 1) )) rows/s), $(( $(date +%s) - started )) s so far"
  have=$end
done
restore_indexes
if [ "$triggered" = 0 ] && [ "$have" -gt 0 ]; then rebuild; fi
# statistics for the planner, and the visibility map that lets the rollups' readers scan indexes only
t=$(date +%s)
"${psql_cmd[@]}" -qc "VACUUM (ANALYZE) declarations, stats_gate_month, stats_gate_month_declarant, stats_month_declarant,
  stats_year_declarant, stats_gate_month_minutes, stats_month_minutes"
echo "seed: VACUUM ANALYZE in $(( $(date +%s) - t )) s"
echo "seed: $total rows of $year there, $(( $(date +%s) - started )) s"

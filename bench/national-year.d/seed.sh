#!/usr/bin/env bash
# Seeds rows 1..TOTAL of the national year (bench/national-year.d/seed.sql) into the declarations database, resuming
# where an earlier run stopped. Rows up to TOTAL - TRIGGERED go in with the statistics trigger off (in slices, each
# one transaction that turns it back on at commit) and the rollups are then rebuilt by stats_rebuild(), as a
# migration would; the last TRIGGERED rows go in through the trigger, row by row, as submits do.
#   seed.sh TOTAL TRIGGERED      (env PSQL: the psql command line for the database; YEAR, default 2025)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
total=$1 triggered=$2 year=${YEAR:-2025} slice=${SEED_SLICE:-500000}
psql_cmd=($PSQL)
have=$("${psql_cmd[@]}" -Atc "SELECT COUNT(*) FROM declarations WHERE lrn LIKE 'NY$year-%'")
if [ "$have" -gt "$total" ]; then
  echo "seed: $have rows of the year $year are there, more than $total; drop them first" >&2; exit 1
fi
bulk_until=$(( total > triggered ? total - triggered : 0 ))
started=$(date +%s)
rebuild() {
  local t; t=$(date +%s); "${psql_cmd[@]}" -qAtc "SELECT stats_rebuild()" >/dev/null
  echo "seed: rollups rebuilt from the declarations after the bulk rows in $(( $(date +%s) - t )) s"
}
while [ "$have" -lt "$total" ]; do
  if [ "$have" -lt "$bulk_until" ]; then bulk=1 end=$(( have + slice < bulk_until ? have + slice : bulk_until ))
  else bulk=0 end=$(( have + slice < total ? have + slice : total )); fi
  # the bulk rows are all in (now, or by an earlier run that stopped here): the rollups learn them once
  if [ "$bulk" = 0 ] && [ "$have" = "$bulk_until" ] && [ "$bulk_until" -gt 0 ]; then rebuild; fi
  "${psql_cmd[@]}" -q -1 -v bulk=$bulk -v year="$year" -v first=$(( have + 1 )) -v last="$end" -f "$here/seed.sql"
  echo "seed: rows $(( have + 1 ))..$end in $( [ $bulk = 1 ] && echo 'bulk, trigger off' || echo 'through the trigger'), $(( $(date +%s) - started )) s so far"
  have=$end
done
if [ "$triggered" = 0 ] && [ "$have" -gt 0 ]; then rebuild; fi
"${psql_cmd[@]}" -qc "ANALYZE declarations" 
echo "seed: $total rows of $year there, $(( $(date +%s) - started )) s"

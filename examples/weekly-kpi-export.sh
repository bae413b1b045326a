#!/usr/bin/env bash
# weekly-kpi-export.sh — the department's weekly KPI export, as CSV, from the four services' statistics.
#
# Reads, for one period (default: last week, Monday to Sunday), the statistics of each service for the whole
# department and for each gate:
#   declarations  GET /api/v1/statistics?from&to&gate     e-declaration share (target 90%), on-time share (100%), ...
#   staffing      GET /api/v1/statistics?from&to&unit     rotations done, due and overdue, asset declarations, ...
#   hotline       GET /api/v1/statistics/reports?from&to&unit  reports received, accepted, concluded in time, ...
#   inspections   GET /api/v1/inspection-statistics?from&to&unit  inspections by type, findings, heads accountable, ...
# and writes every figure as one row: period_from,period_to,service,unit,metric,value. The metric is the figure's
# path in the answer (byType.SURPRISE, processingTime.GREEN.p90Minutes); unit ALL is the whole department. A long
# table keeps working when a service adds a figure, and loads as it is into a spreadsheet's pivot table.
# Needs a token with the DASHBOARD role for the four services.
#
# Schedule (Mondays at 06:00, for the week that ended; a file a week):
#   0 6 * * 1  cd /opt/customs && examples/weekly-kpi-export.sh > /var/lib/customs/kpi-$(date +\%G-W\%V).csv
#
# Settings (environment; the defaults fit ./suite up):
#   DECLARATIONS_URL, STAFFING_URL, HOTLINE_URL, INSPECTIONS_URL   default http://127.0.0.1:8081 ... 8084
#   TOKEN_COMMAND   prints one bearer token for all four           default <repo>/suite token DASHBOARD
#                   (with Keycloak: scope=customs-declarations customs-staffing customs-hotline customs-inspections)
#   FROM, TO        the period, inclusive local dates               default last Monday..Sunday
#   UNITS           the gates, besides the whole department          default HUU_NGHI COC_NAM CHI_MA
# Needs curl, jq and GNU date. Exit 1 when a service cannot be read (nothing half-written is printed).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
token_command="${TOKEN_COMMAND:-$repo/suite token DASHBOARD}"
# last week in the department's time zone: Monday of the week before this one, to the Sunday after it
today="$(TZ=Asia/Ho_Chi_Minh date +%F)"
monday="$(date -d "$today -$(( $(date -d "$today" +%u) - 1 )) days" +%F)"
from="${FROM:-$(date -d "$monday -7 days" +%F)}"
to="${TO:-$(date -d "$monday -1 day" +%F)}"
units="${UNITS:-HUU_NGHI COC_NAM CHI_MA}"

token="$($token_command)" || { echo "weekly-kpi-export: the token command failed: $token_command" >&2; exit 1; }
rows="$(mktemp)"
trap 'rm -f "$rows"' EXIT

get() {
  local body status
  body="$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Accept: application/json' "$1")" ||
    { echo "weekly-kpi-export: cannot reach $1" >&2; exit 1; }
  status="${body##*$'\n'}"
  body="${body%$'\n'*}"
  if [ "$status" != 200 ]; then
    echo "weekly-kpi-export: $1 answered $status: $(jq -r '.detail // .title // .' <<<"$body" 2>/dev/null || echo "$body")" >&2
    exit 1
  fi
  printf '%s' "$body"
}

# One answer -> rows. Arrays of objects are keyed by their first text field (processingTime[].channel,
# tenureInSensitivePosts[].band) so that a metric names what it counts, not a position. Nulls (no data) are skipped.
flatten() { # service unit json
  jq -r --arg service "$1" --arg unit "$2" --arg from "$from" --arg to "$to" '
    def keyed: if type == "array" and length > 0 and all(.[]; type == "object")
               then map({key: (to_entries | map(select(.value | type == "string")) | .[0].value // "item"),
                         value: with_entries(select(.value | type != "string"))}) | from_entries
               else . end;
    def walkdown: keyed | if type == "object" then with_entries(.value |= walkdown)
                          elif type == "array" then map(walkdown) else . end;
    walkdown | paths(type == "number" or type == "boolean") as $p
    | [$from, $to, $service, $unit, ($p | map(tostring) | join(".")), getpath($p)] | @csv' <<<"$3"
}

read_service() { # service base path unit-parameter
  local service="$1" url="$2$3" parameter="$4"
  flatten "$service" ALL "$(get "$url?from=$from&to=$to")" >>"$rows"
  for unit in $units; do
    flatten "$service" "$unit" "$(get "$url?from=$from&to=$to&$parameter=$unit")" >>"$rows"
  done
}

read_service declarations "${DECLARATIONS_URL:-http://127.0.0.1:8081}" /api/v1/statistics gate
read_service staffing "${STAFFING_URL:-http://127.0.0.1:8082}" /api/v1/statistics unit
read_service hotline "${HOTLINE_URL:-http://127.0.0.1:8083}" /api/v1/statistics/reports unit
read_service inspections "${INSPECTIONS_URL:-http://127.0.0.1:8084}" /api/v1/inspection-statistics unit

echo '"period_from","period_to","service","unit","metric","value"'
cat "$rows"

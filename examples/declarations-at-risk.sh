#!/usr/bin/env bash
# declarations-at-risk.sh — the daily list of declarations at risk of breaching the charter, as CSV.
#
# Lists the open declarations (registered, not yet cleared, rejected or cancelled) whose charter clock is AT_RISK:
# 80% or more of the committed working time used (declarations openapi.yaml, GET /declarations/{id}/clock). One
# line per declaration, worst first (least time left): the gate's chief or the duty officer works through it at the
# start of the day. Reads GET /api/v1/declarations page by page as an AUDITOR (every gate); a UNIT_HEAD's token
# gives the gates he heads.
#
# Schedule (every working day at 07:15, before the gates open at 07:30; a file a day):
#   15 7 * * 1-5  cd /opt/customs && examples/declarations-at-risk.sh > /var/lib/customs/at-risk-$(date +\%F).csv
#
# Settings (environment; the defaults fit ./suite up):
#   DECLARATIONS_URL  the service's base URL                      default http://127.0.0.1:8081
#   TOKEN_COMMAND     prints a bearer token for the service        default <repo>/suite token AUDITOR --for declarations
#                     (with Keycloak: a client-credentials request with scope=customs-declarations, see README.md)
#   STATES            clock states to list, comma-separated        default AT_RISK (BREACHED adds the late ones)
#   STATUSES          declaration statuses to read                 default every open status
#   GATE              one gate only (HUU_NGHI, COC_NAM, CHI_MA)    default all the token may read
# Output (stdout): number,id,gate,status,channel,clock_state,used_minutes,committed_minutes,left_minutes,deadline,
# assigned_officer_id. Needs curl and jq. Exit 1 when the service cannot be read (nothing half-written is printed).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${DECLARATIONS_URL:-http://127.0.0.1:8081}"
token_command="${TOKEN_COMMAND:-$repo/suite token AUDITOR --for declarations}"
states="${STATES:-AT_RISK}"
statuses="${STATUSES:-REGISTERED,ASSESSED_AWAITING_PAYMENT,UNDER_DOC_CHECK,AWAITING_DOCUMENTS,AWAITING_GOODS,UNDER_INSPECTION}"

token="$($token_command)" || { echo "declarations-at-risk: the token command failed: $token_command" >&2; exit 1; }
rows="$(mktemp)"
trap 'rm -f "$rows"' EXIT

# GET a URL with the token; stops the script with the problem's detail on anything but 200.
get() {
  local body status
  body="$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Accept: application/json' "$1")" ||
    { echo "declarations-at-risk: cannot reach $1" >&2; exit 1; }
  status="${body##*$'\n'}"
  body="${body%$'\n'*}"
  if [ "$status" != 200 ]; then
    echo "declarations-at-risk: $1 answered $status: $(jq -r '.detail // .title // .' <<<"$body" 2>/dev/null || echo "$body")" >&2
    exit 1
  fi
  printf '%s' "$body"
}

IFS=, read -r -a wanted_statuses <<<"$statuses"
for status in "${wanted_statuses[@]}"; do
  url="$base/api/v1/declarations?status=$status&limit=200${GATE:+&gate=$GATE}"
  while [ -n "$url" ]; do
    page="$(get "$url")"
    jq -r --arg states "$states" '
      ($states | split(",")) as $wanted
      | .items[]
      | select(.clock != null and (.clock.state as $s | $wanted | index($s)))
      | [.number, .id, .gateCode, .status, .channel, .clock.state, .clock.usedMinutes, .clock.committedMinutes,
         .clock.leftMinutes, .clock.deadline, .assignedOfficerId]
      | @csv' <<<"$page" >>"$rows"
    next="$(jq -r '.next // empty' <<<"$page")"
    # "next" is relative (/api/v1/...) unless the service is configured with a public URL
    case "$next" in "") url="" ;; http*) url="$next" ;; *) url="$base$next" ;; esac
  done
done

echo '"number","id","gate","status","channel","clock_state","used_minutes","committed_minutes","left_minutes","deadline","assigned_officer_id"'
# least time left first (column 9); a declaration appears once even if it moved between two status pages
awk -F, '!seen[$2]++' "$rows" | sort -t, -k9,9n -s

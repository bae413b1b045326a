#!/usr/bin/env bash
# follow-inspections.sh — follows the topic customs.inspections.v1 and prints one line per event:
#   2026-12-06T10:30:55.281075Z  DrawCommitted            01a24ae8-1c2f-7b0f-87ee-489ef9db3431
# (the event's time, its type without the customs.inspections. prefix and .v1 suffix, and the id of the inspection,
# plan, finding or draw it is about: the record key, which is the aggregate's id). Events are CloudEvents in binary
# mode, so the type and time are Kafka headers (ce_type, ce_time); the payload is not printed. A sealed surprise
# inspection is absent from the topic until it starts: its first event is InspectionStarted.
#
# Run it as a service to watch the topic (systemd, or a Deployment next to the suite), or schedule it to collect
# what arrived since the last run under a consumer group of its own (kcat commits the group's offsets):
#   */15 * * * *  cd /opt/customs && examples/follow-inspections.sh -g ops-inspections-log -e >> /var/log/customs/inspections-events.log
#
# Usage: follow-inspections.sh [-e] [-n COUNT] [-o beginning|end|OFFSET] [-g GROUP]
#   -e        stop at the end of the topic instead of waiting for new events (for CI and scheduled runs)
#   -n COUNT  stop after COUNT events
#   -o WHERE  where to start without a group: beginning, end (default, only new events) or an offset
#   -g GROUP  read as consumer group GROUP: each run goes on where the last one stopped
# Settings (environment): KAFKA_BOOTSTRAP_SERVERS (default 127.0.0.1:19092, the broker of ./suite up),
#   TOPIC (default customs.inspections.v1), KCAT_OPTIONS (more kcat options, e.g. -X security.protocol=SASL_SSL ...).
# Needs kcat (apt install kcat) and jq.
set -euo pipefail

brokers="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:19092}"
topic="${TOPIC:-customs.inspections.v1}"
exit_at_end=false count="" offset=end group=""
while getopts "en:o:g:h" option; do
  case "$option" in
    e) exit_at_end=true ;;
    n) count="$OPTARG" ;;
    o) offset="$OPTARG" ;;
    g) group="$OPTARG" ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
command -v kcat >/dev/null || { echo "follow-inspections: kcat is missing (apt install kcat)" >&2; exit 1; }

arguments=(-C -b "$brokers" -J -u -q)
if [ -n "$group" ]; then
  # a group member reads the partitions it is given, from the group's committed offsets (or the beginning)
  arguments+=(-G "$group" -X auto.offset.reset=earliest "$topic")
else
  arguments+=(-t "$topic" -o "$offset")
fi
$exit_at_end && arguments+=(-e)
[ -n "$count" ] && arguments+=(-c "$count")
# shellcheck disable=SC2206 # KCAT_OPTIONS is a list of options on purpose
[ -n "${KCAT_OPTIONS:-}" ] && arguments+=(${KCAT_OPTIONS})

# headers come as a flat array [name, value, name, value, ...]
kcat "${arguments[@]}" | jq --unbuffered -r '
  (.headers // []) as $h
  | ([range(0; $h | length; 2) | {key: $h[.], value: $h[. + 1]}] | from_entries) as $headers
  | ($headers.ce_type // "unknown" | sub("^customs\\.inspections\\."; "") | sub("\\.v[0-9]+$"; "")) as $type
  | "\($headers.ce_time // (.ts / 1000 | todate))  \($type | . + (" " * ([24 - length, 1] | max)))\(.key // $headers.ce_subject // "-")"'

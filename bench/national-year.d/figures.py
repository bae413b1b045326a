"""Times GET /api/v1/statistics for one question N times (p50/p99 over keep-alive HTTP), then the same figures by a
plain GROUP BY in psql (reference.sql) R times, and compares the two answers figure by figure.

  python3 figures.py NAME URL TOKEN 'gate=..&from=..&to=..' N R FROM_TS TO_TS GATES

Prints one line 'NAME endpoint_p50_ms=.. endpoint_p99_ms=.. groupby_p50_ms=.. groupby_max_ms=.. same=yes|no'
(and the differing figures on stderr). Exits 1 when the answers differ or the endpoint fails."""
import decimal
import http.client
import json
import math
import os
import re
import subprocess
import sys
import time
import urllib.parse

name, url, token, query, n, r, ts_from, ts_to, gates = sys.argv[1:10]
n, r = int(n), int(r)
here = os.path.dirname(os.path.abspath(__file__))
target = urllib.parse.urlparse(url)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, math.ceil(len(values) * p) - 1))] if values else 0


connection = http.client.HTTPConnection(target.hostname, target.port, timeout=120)
headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
path = "/api/v1/statistics?" + query
times, answer = [], None
for i in range(n + 3):
    started = time.perf_counter()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        print(f"{name}: the endpoint answered {response.status}: {body[:500]!r}", file=sys.stderr)
        sys.exit(1)
    if i >= 3:  # the first answers warm the connection and the JIT
        times.append(elapsed)
    answer = json.loads(body, parse_float=decimal.Decimal)

mine = {
    "declarations": str(answer["declarations"]),
    "electronicShare": "null" if answer["electronicShare"] is None else f'{answer["electronicShare"]:.1f}',
    "activeEnterprises": str(answer["activeEnterprises"]),
    "cleared": str(answer["cleared"]),
    "onTimeShare": "null" if answer["onTimeShare"] is None else f'{answer["onTimeShare"]:.1f}',
    "tradeValueUsd": f'{answer["tradeValueUsd"]:.2f}',
    "electronicEnterpriseShare": "null" if answer["electronicEnterpriseShare"] is None else f'{answer["electronicEnterpriseShare"]:.1f}',
}
for status, count in answer["byStatus"].items():
    mine["byStatus." + status] = str(count)
for channel, count in answer["byChannel"].items():
    mine["byChannel." + channel] = str(count)
for time_ in answer["processingTime"]:
    mine["processingTime." + str(time_["channel"])] = f'{time_["cleared"]} p50={time_["p50Minutes"]:.1f} p90={time_["p90Minutes"]:.1f}'

psql = os.environ["PSQL"].split()
reference_times, theirs = [], {}
for _ in range(r):
    out = subprocess.run(
        psql + ["-X", "-v", "from=" + ts_from, "-v", "to=" + ts_to, "-v", "gates=" + gates, "-f", os.path.join(here, "reference.sql")],
        check=True, capture_output=True, text=True).stdout
    reference_times.append(sum(float(t) for t in re.findall(r"^Time: ([0-9.]+) ms", out, re.M)))
    theirs = dict(line.split("=", 1) for line in out.splitlines() if "=" in line and not line.startswith("Time:"))

same = mine == theirs
if not same:
    for key in sorted(set(mine) | set(theirs)):
        if mine.get(key) != theirs.get(key):
            print(f"{name}: {key}: endpoint {mine.get(key)} / GROUP BY {theirs.get(key)}", file=sys.stderr)
print(f"{name} requests={n} endpoint_p50_ms={percentile(times, 0.5):.1f} endpoint_p99_ms={percentile(times, 0.99):.1f}"
      f" groupby_runs={r} groupby_p50_ms={percentile(reference_times, 0.5):.1f} groupby_max_ms={max(reference_times):.1f}"
      f" declarations={mine['declarations']} same={'yes' if same else 'no'}")
sys.exit(0 if same else 1)

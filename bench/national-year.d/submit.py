"""Sends exactly N declaration submits to declarations-service over C keep-alive connections, spread over the seeded
gates and a few declarants (TOKENS: 'taxid=token,...'), and prints how many were accepted and how fast.

  python3 submit.py URL N C GATES TOKENS        (GATES: comma-separated gate codes)

Exits 1 when a submit is not accepted (201): the bench then stops, the service is broken."""
import datetime
import http.client
import itertools
import sys
import threading
import time
import urllib.parse

url, n, c, gates, tokens = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(","), sys.argv[5]
declarants = [pair.split("=", 1) for pair in tokens.split(",")]
target = urllib.parse.urlparse(url)
today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()
run = format(int(time.time()), "x")
tickets = itertools.count()
lock = threading.Lock()
accepted, refused, latencies = [0], [], []


def body(i, gate, tax_id):
    return ('{"lrn":"NYL-%s-%d","flow":"IMPORT","procedureCode":"A11","gateCode":"%s","submissionChannel":"%s",'
            '"declarant":{"taxId":"%s","name":"Doanh nghiệp %s"},"counterparty":{"name":"Pingxiang Trading Co.","country":"CN"},'
            '"transport":{"mode":"ROAD","meansId":"12C-34567","arrivalDate":"%s"},"invoice":{"number":"INV-%d","date":"%s",'
            '"currency":"USD","amount":%d.25,"exchangeRateVnd":25400,"usdRateVnd":25400,"incoterm":"DAP"},'
            '"items":[{"hsCode":"08109094","description":"Quả thanh long tươi","originCountry":"CN","quantity":2000,'
            '"unit":"KGM","netMassKg":2000,"customsValue":%d.25}]}'
            % (run, i, gate, "PAPER" if i % 31 == 0 else "ELECTRONIC", tax_id, tax_id, today, i, today, 100 + i % 9000,
               100 + i % 9000)).encode()


def worker():
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    while True:
        i = next(tickets)
        if i >= n:
            return
        tax_id, token = declarants[i % len(declarants)]
        while True:
            started = time.perf_counter()
            connection.request("POST", target.path, body=body(i, gates[i % len(gates)], tax_id),
                               headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            response = connection.getresponse()
            text = response.read()
            if response.status != 429:
                break
            # over the caller's budget: wait as told, as a real client does, and send the same submit again
            time.sleep(float(response.getheader("Retry-After") or 1))
        with lock:
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status == 201:
                accepted[0] += 1
            else:
                refused.append((response.status, text[:300]))


started = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(c)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.perf_counter() - started
latencies.sort()
print(f"live submits: accepted={accepted[0]} refused={len(refused)} in {elapsed:.1f} s ({accepted[0] / elapsed:.0f}/s),"
      f" p50={latencies[len(latencies) // 2]:.1f} ms p99={latencies[int(len(latencies) * 0.99) - 1]:.1f} ms")
for status, text in refused[:3]:
    print(f"refused: {status} {text!r}", file=sys.stderr)
sys.exit(1 if refused else 0)

#!/usr/bin/env bash
# Benchmark: the budget ledger's write paths against a running registry in demo mode:
#   REGISTRY_DEMO_PASSWORD=bench-password-1 mvn -Prun     (in another terminal; or -Ppostgres env)
#   REGISTRY_DEMO_PASSWORD=bench-password-1 bench/budget-postings.sh [lines] [clients]
# 1. bulk entry: a CSV of <lines> allocations (shelters by name, investigations by case number),
#    then a CSV of as many payments against them;
# 2. single postings: 200 allocations one after another, then <clients> clients posting 50 each
#    against one appropriation (every posting waits for that appropriation's row lock).
# Each run posts under a purpose of its own in the current year, signed in with a bearer token.
# Prints the figures.
set -euo pipefail
export REGISTRY_URL=${REGISTRY_URL:-http://localhost:8080}
export BENCH_AUTH="finance:${REGISTRY_DEMO_PASSWORD:?set REGISTRY_DEMO_PASSWORD to the demo users\' password}"
python3 - "${1:-10000}" "${2:-16}" <<'PY'
import base64, datetime, json, os, sys, threading, time, urllib.request, uuid

base = os.environ["REGISTRY_URL"]
basic = "Basic " + base64.b64encode(os.environ["BENCH_AUTH"].encode()).decode()
# a bearer token, as scripts should: Basic costs a PBKDF2 hash (120,000 rounds) on every request
with urllib.request.urlopen(urllib.request.Request(base + "/api/tokens", data=b"", method="POST",
                                                   headers={"Authorization": basic})) as reply:
    auth = "Bearer " + json.loads(reply.read())["token"]
lines, clients = int(sys.argv[1]), int(sys.argv[2])
year = datetime.date.today().year

def call(method, path, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": auth, "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=600) as reply:
            return reply.status, json.loads(reply.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")

run = uuid.uuid4().hex[:8]
status, _ = call("POST", "/api/purposes", {"code": "bench-" + run, "name": "Benchmark run " + run})
assert status == 201, status
status, appropriation = call("POST", "/api/appropriations", {"year": year, "source": "republican-budget",
    "purpose": "bench-" + run, "amount": "1000000000000.00", "currency": "KZT"})
assert status == 201, appropriation
shelters = [s["name"] for s in call("GET", "/api/shelters?limit=500")[1]["items"]]

csv = ["appropriation,shelter,case_number,recipient,amount,currency,value_date,description"]
for i in range(lines):
    target = f'"{shelters[i % len(shelters)]}",,' if i % 2 == 0 else f",BENCH-{run}-{i},"
    csv.append(f'{appropriation["id"]},{target},1000.00,KZT,{year}-01-15,bench')
began = time.perf_counter()
status, batch = call("POST", "/api/allocations/imports", "\n".join(csv).encode(), "text/csv")
took = time.perf_counter() - began
assert status == 201, batch
print(f"bulk allocations: {lines} lines in {took:.2f} s ({lines / took:.0f} lines/s)")

ids, offset = [], 0
while offset < lines:
    page = call("GET", f"/api/allocations?batchId={batch['id']}&offset={offset}&limit=500")[1]
    ids += [item["id"] for item in page["items"]]
    offset += 500
csv = ["allocation,amount,currency,value_date,description"] + [f"{i},1000.00,KZT,{year}-02-01,bench" for i in ids]
began = time.perf_counter()
status, batch = call("POST", "/api/payments/imports", "\n".join(csv).encode(), "text/csv")
took = time.perf_counter() - began
assert status == 201, batch
print(f"bulk payments:    {lines} lines in {took:.2f} s ({lines / took:.0f} lines/s)")

def allocate(i):
    began = time.perf_counter()
    status, body = call("POST", "/api/allocations", {"appropriationId": appropriation["id"],
        "caseNumber": f"SINGLE-{run}-{i}", "amount": "1.00", "currency": "KZT", "valueDate": f"{year}-03-01"})
    return status, time.perf_counter() - began

def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000

began = time.perf_counter()
sequential = [allocate(i) for i in range(200)]
took = time.perf_counter() - began
times = [t for _, t in sequential]
print(f"single allocations, 1 client: 200 in {took:.2f} s ({200 / took:.0f}/s), "
      f"p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms, p99 {percentile(times, 99):.1f} ms, "
      f"errors {sum(1 for s, _ in sequential if s != 201)}")

results, lock = [], threading.Lock()
def client(c):
    for i in range(50):
        outcome = allocate(1000 + c * 50 + i)
        with lock:
            results.append(outcome)
threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
began = time.perf_counter()
[t.start() for t in threads]
[t.join() for t in threads]
took = time.perf_counter() - began
times = [t for _, t in results]
print(f"single allocations, {clients} clients on one appropriation: {len(results)} in {took:.2f} s "
      f"({len(results) / took:.0f}/s), p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms, "
      f"p99 {percentile(times, 99):.1f} ms, errors {sum(1 for s, _ in results if s != 201)}")
PY

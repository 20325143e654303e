#!/usr/bin/env bash
# Benchmark: importing a year of daily rates for 40 currencies (issue 4's target: under 5 s),
# then the same file again (it must change nothing). Needs a running registry in demo mode:
#   REGISTRY_DEMO_PASSWORD=bench-password-1 mvn -Prun     (in another terminal)
#   REGISTRY_DEMO_PASSWORD=bench-password-1 bench/rate-import.sh [year]
# The rates are made up (a deterministic pattern), one per weekday; prints the figures.
set -euo pipefail
base=${REGISTRY_URL:-http://localhost:8080}
year=${1:-2031}
auth="finance:${REGISTRY_DEMO_PASSWORD:?set REGISTRY_DEMO_PASSWORD to the demo users\' password}"
file=$(mktemp --suffix=.csv)
trap 'rm -f "$file"' EXIT

python3 - "$year" >"$file" <<'PY'
import datetime, sys
year = int(sys.argv[1])
codes = ("USD EUR RUB CNY GBP JPY CHF KGS UZS TJS GEL AMD AZN BYN KRW TRY AED INR IRR SAR "
         "CAD AUD SEK NOK DKK PLN CZK HUF UAH MDL BRL HKD SGD MYR THB ZAR MXN NZD KWD QAR").split()
print("date,currency,rate,quant")
day = datetime.date(year, 1, 1)
while day.year == year:
    if day.weekday() < 5:
        for i, code in enumerate(codes):
            print(f"{day.isoformat()},{code},{100 + i}.{day.timetuple().tm_yday % 100:02d},1")
    day += datetime.timedelta(days=1)
PY

rows=$(( $(wc -l <"$file") - 1 ))
for attempt in first again; do
  start=$(date +%s.%N)
  report=$(curl -sf -u "$auth" -X POST -H 'Content-Type: text/csv' --data-binary @"$file" "$base/api/rates/imports")
  end=$(date +%s.%N)
  printf 'rate import (%s): %d rows, %.2f s: %s\n' "$attempt" "$rows" "$(echo "$end - $start" | bc)" "$report"
done

#!/usr/bin/env bash
# The national-scale benchmark against the local PostgreSQL (127.0.0.1:5432, user postgres):
#   bench/national.sh                      # 1,000,000 ledger entries, 100,000 claims, 16 clients
#   bench/national.sh entries=100000 claims=10000 clients=16 requests=2000 stages=10000,100000
# It builds the registry, makes the database registry_bench anew (dropping an earlier one),
# starts the registry on it outside demo mode, loads the data set through the registry's own
# paths (rate files, allocation and payment files, claims over HTTP), measures the reports at
# each stage, the writes and the export against the same work straight over JDBC, and writes
# the figures and ratios to bench/RESULTS.md. See README "Benchmarks".
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/driver.sh
run_driver kz.registry.bench.NationalBench "$@"

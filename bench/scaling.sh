#!/usr/bin/env bash
# The same writes and reports through the balancer against 1, 2 and 3 registry nodes
# (cluster/cluster.sh), on the local PostgreSQL, all on loopback:
#   bench/scaling.sh                       # 1, 2 and 3 nodes, 16 clients, 2,000 requests of each kind: bench/SCALING.md
#   bench/scaling.sh nodes=1,3 requests=500 out=target/scaling.md
# See README "A cluster" and bench/RESULTS.md "More nodes" for what the figures mean.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/driver.sh
run_driver kz.registry.bench.Scaling "$@"

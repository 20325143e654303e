#!/usr/bin/env bash
# The fault-injection suite against a registry cluster (cluster/cluster.sh) on the local
# PostgreSQL (127.0.0.1:5432, user postgres), all on this machine's loopback addresses:
#   bench/faults.sh                  # every fault: 3 nodes, 16 writers; the table goes to bench/FAULTS.md
#   bench/faults.sh reduced=true     # one node killed, PostgreSQL restarted, the race: target/FAULTS-reduced.md (CI)
#   bench/faults.sh nodes=2 writers=8 port=8190 out=target/x.md
# It builds the registry, makes its database (registry_faults, dropped first), starts the cluster
# (HAProxy installed when missing), injects each fault under load, checks what must hold, stops
# the cluster, and exits non-zero when a row does not hold. It stops and starts PostgreSQL: run it
# where nothing else needs that server meanwhile. See README "Faults".
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/driver.sh
run_driver kz.registry.bench.Faults "$@"

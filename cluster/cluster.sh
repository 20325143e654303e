#!/usr/bin/env bash
# The registry as several nodes on this machine: N Payara Micro processes of the same WAR on one
# PostgreSQL database, joined in one Payara Micro (Hazelcast) cluster by TCP discovery on
# 127.0.0.1 (never multicast), behind HAProxy, which balances over the nodes and sends requests
# only to nodes whose /health/ready is UP. See README "A cluster".
#
#   cluster/cluster.sh start [N]     # N nodes (default 3) and the balancer; waits until all are ready
#   cluster/cluster.sh stop          # stops everything it started
#   cluster/cluster.sh status        # each node's process and readiness, the balancer's address
#   cluster/cluster.sh kill K        # kill -9 of node K (for fault tests: no shutdown at all)
#   cluster/cluster.sh revive K      # starts node K again and waits until it is ready
#   CLUSTER_FAKETIME=+5m cluster/cluster.sh revive K   # ... with its clock 5 minutes ahead (libfaketime):
#                                    # waits until it has started, and shows its readiness
#
# Settings (environment): REGISTRY_DB_URL, REGISTRY_DB_USER, REGISTRY_DB_PASSWORD (default: the
# local PostgreSQL's database registry_cluster, made when missing); CLUSTER_DIR (target/cluster:
# logs, keys, process ids); CLUSTER_PORT (8090, the balancer); CLUSTER_NODE_PORT (8091: nodes on
# 8091, 8092, ...); CLUSTER_DATA_GRID_PORT (5901: the nodes' cluster ports); JAVA (a JDK 21 or newer).
# The nodes run outside demo mode: the first start makes the token key pair, the identity key and
# the first administrator's password (in $CLUSTER_DIR/admin-password) that every node shares.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${CLUSTER_DIR:-$root/target/cluster}
balancer_port=${CLUSTER_PORT:-8090}
node_port=${CLUSTER_NODE_PORT:-8091}
grid_port=${CLUSTER_DATA_GRID_PORT:-5901}
db_url=${REGISTRY_DB_URL:-jdbc:postgresql://127.0.0.1:5432/registry_cluster}
db_user=${REGISTRY_DB_USER:-postgres}
db_password=${REGISTRY_DB_PASSWORD:-postgres}
war=$root/registry-web/target/registry.war
micro=$root/registry-web/target/payara-micro.jar
mkdir -p "$dir"

say() { echo "cluster: $*"; }
fail() { echo "cluster: $*" >&2; exit 1; }

find_java() {
  if [ -n "${JAVA:-}" ]; then echo "$JAVA"; return; fi
  local candidate version
  for candidate in $(command -v java) /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then echo "$candidate"; return; fi
  done
  fail "no JDK 21 or newer found; set JAVA"
}

node_count() { cat "$dir/nodes" 2>/dev/null || echo 0; }
pid_of() { cat "$dir/node-$1/pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# Ready means the registry's own database check answers UP (Payara Micro alone may answer UP
# with no check while the application deploys, or when it failed to deploy).
ready() {
  curl -s --max-time 3 "http://127.0.0.1:$1/health/ready" | python3 -c '
import json, sys
try:
    health = json.load(sys.stdin)
except ValueError:
    sys.exit(1)
sys.exit(0 if any(c.get("name") == "database" and c.get("status") == "UP" for c in health.get("checks", [])) else 1)'
}

secrets() {
  mkdir -p "$dir/keys"
  if [ ! -f "$dir/keys/jwt-private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/keys/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$dir/keys/jwt-private.pem" -pubout -out "$dir/keys/jwt-public.pem"
    head -c 32 /dev/urandom | base64 >"$dir/keys/protection.key"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/admin-password"
    chmod 600 "$dir/keys/"* "$dir/admin-password"
  fi
}

database() {
  case "$db_url" in
    jdbc:postgresql://127.0.0.1:5432/*|jdbc:postgresql://localhost:5432/*)
      if ! pg_isready -q -h 127.0.0.1 -p 5432; then
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
        for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
      fi
      local name=${db_url##*/}; name=${name%%\?*}
      if ! psql -h 127.0.0.1 -U "$db_user" -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1; then
        psql -q -h 127.0.0.1 -U "$db_user" -c "create database $name"
        say "made the database $name"
      fi;;
  esac
}

members() {
  local k members=""
  for k in $(seq 1 "$(node_count)"); do members="$members${members:+,}127.0.0.1:$((grid_port + k - 1))"; done
  echo "$members"
}

launch() {
  local k=$1 java; java=$(find_java)
  local home="$dir/node-$k"
  # a fresh runtime at every start: a runtime kept from the last start would deploy its copy of
  # the application as well as the one --deploy names
  rm -rf "$home/runtime"
  mkdir -p "$home" "${REGISTRY_RATES_IMPORT_DIRECTORY:-$dir/rates}"
  (
    cd "$home"
    export REGISTRY_DB_CLASS=org.postgresql.ds.PGSimpleDataSource REGISTRY_DB_URL="$db_url" \
      REGISTRY_DB_USER="$db_user" REGISTRY_DB_PASSWORD="$db_password" REGISTRY_DEMO=false \
      REGISTRY_ADMIN_PASSWORD="$(cat "$dir/admin-password")" \
      REGISTRY_JWT_PRIVATE_KEY_FILE="$dir/keys/jwt-private.pem" REGISTRY_JWT_PUBLIC_KEY_FILE="$dir/keys/jwt-public.pem" \
      REGISTRY_PROTECTION_KEY="$(cat "$dir/keys/protection.key")" \
      REGISTRY_HTTP_TRUSTED_PROXIES=127.0.0.1 REGISTRY_HTTP_PLAIN_PASSWORDS_FROM=127.0.0.1 \
      REGISTRY_RATES_IMPORT_DIRECTORY="${REGISTRY_RATES_IMPORT_DIRECTORY:-$dir/rates}" \
      MALLOC_ARENA_MAX=2
    if [ -n "${CLUSTER_FAKETIME:-}" ]; then
      [ -f /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -q faketime >/dev/null
      export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 FAKETIME="$CLUSTER_FAKETIME" FAKETIME_DONT_FAKE_MONOTONIC=1
    fi
    nohup "$java" @"$root/config/server.jvm" -jar "$micro" --deploy "$war" --contextroot / \
      --port $((node_port + k - 1)) --name "node-$k" --unpackdir "$home/runtime" \
      --clustername kz-registry --clustermode "tcpip:$(members)" --startport $((grid_port + k - 1)) \
      --interfaces 127.0.0.1 --nohostaware \
      --prebootcommandfile "$root/config/pre-boot-commands.asadmin" >>"$home/server.log" 2>&1 &
    echo $! >"$home/pid"
  )
}

await_ready() {
  local k=$1 began=$SECONDS
  until ready $((node_port + k - 1)); do
    alive "$k" || fail "node $k stopped while starting; see $dir/node-$k/server.log"
    [ $((SECONDS - began)) -lt "${CLUSTER_START_SECONDS:-240}" ] \
      || fail "node $k was not ready within ${CLUSTER_START_SECONDS:-240} s; see $dir/node-$k/server.log"
    sleep 1
  done
  say "node $k ready on 127.0.0.1:$((node_port + k - 1)) after $((SECONDS - began)) s"
}

# What the balancer answers itself when no node can (none ready, or one died mid-request): problem
# details like the registry's own, so a client reads every refusal the same way.
problem_file() {
  local status=$1 reason=$2 title=$3 detail=$4
  local body="{\"type\":\"urn:kz-registry:problem:no-node-available\",\"title\":\"$title\",\"status\":$status,\"detail\":\"$detail\"}"
  printf 'HTTP/1.1 %s %s\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\nCache-Control: no-store\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
    "$status" "$reason" "${#body}" "$body" >"$dir/problem-$status.http"
}

# Started: the application answers its readiness with its own check, ready or not (a node whose
# clock is off says so and stays not ready).
await_started() {
  local k=$1 began=$SECONDS answer
  until answer=$(curl -s --max-time 3 "http://127.0.0.1:$((node_port + k - 1))/health/ready") && [[ "$answer" == *'"started":"true"'* ]]; do
    alive "$k" || fail "node $k stopped while starting; see $dir/node-$k/server.log"
    [ $((SECONDS - began)) -lt "${CLUSTER_START_SECONDS:-240}" ] \
      || fail "node $k did not start within ${CLUSTER_START_SECONDS:-240} s; see $dir/node-$k/server.log"
    sleep 1
  done
  say "node $k started after $((SECONDS - began)) s: $answer"
}

haproxy_config() {
  problem_file 502 "Bad Gateway" "A registry node stopped while answering" \
    "The node handling this request stopped. If it was a change, send it again with the same Idempotency-Key: it is made once."
  problem_file 503 "Service Unavailable" "No registry node can answer now" \
    "No node of the registry is ready (the database may be away). Nothing was changed; try again in a few seconds."
  problem_file 504 "Gateway Timeout" "A registry node did not answer in time" \
    "The node handling this request did not answer in time. If it was a change, send it again with the same Idempotency-Key."
  cat >"$dir/haproxy.cfg" <<CFG
global
    maxconn 2000
    pidfile $dir/haproxy.pid
    log stdout format raw local0 warning

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # a connection a dead node refuses is tried on another node: nothing reached the dead one
    retries 2
    option redispatch
    errorfile 502 $dir/problem-502.http
    errorfile 503 $dir/problem-503.http
    errorfile 504 $dir/problem-504.http

frontend registry
    bind 127.0.0.1:$balancer_port
    option forwardfor
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CFG
  local k
  for k in $(seq 1 "$(node_count)"); do
    echo "    server node-$k 127.0.0.1:$((node_port + k - 1)) check" >>"$dir/haproxy.cfg"
  done
}

start_balancer() {
  if ! command -v haproxy >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "HAProxy is missing: install Debian's haproxy package (apt-get install haproxy)"
    say "installing Debian's haproxy"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null || {
      apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null; }
  fi
  haproxy_config
  haproxy -c -q -f "$dir/haproxy.cfg"
  haproxy -D -f "$dir/haproxy.cfg" >>"$dir/haproxy.log" 2>&1
  say "balancer on http://127.0.0.1:$balancer_port (HAProxy $(haproxy -v | head -1 | awk '{print $3}'))"
}

stop_all() {
  local k pid
  if [ -f "$dir/haproxy.pid" ]; then
    kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    rm -f "$dir/haproxy.pid"
  fi
  for k in $(seq 1 "$(node_count)"); do
    pid=$(pid_of "$k")
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for k in $(seq 1 "$(node_count)"); do
    pid=$(pid_of "$k")
    for _ in $(seq 1 30); do { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; } || break; sleep 1; done
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/node-$k/pid"
  done
  say "stopped"
}

case "${1:-}" in
  start)
    n=${2:-3}
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || fail "the number of nodes must be a whole number, not '$n'"
    [ "$(node_count)" = 0 ] || ! alive 1 || fail "a cluster is already running in $dir: stop it first"
    [ -f "$war" ] && [ -f "$micro" ] || { say "building the WAR"; mvn -B -q -DskipTests package -pl registry-web -am; }
    echo "$n" >"$dir/nodes"
    secrets
    database
    # the first node migrates the schema alone; the others start once it is ready
    launch 1
    await_ready 1
    for k in $(seq 2 "$n"); do launch "$k"; done
    for k in $(seq 2 "$n"); do await_ready "$k"; done
    start_balancer
    members_seen=$(grep -ho 'DG Size: [0-9]*' "$dir/node-$n/server.log" | tail -1 || true)
    say "$n node(s) on one database ($db_url); data grid: ${members_seen:-no member list logged}"
    say "first administrator: admin, password in $dir/admin-password";;
  stop)
    stop_all;;
  status)
    for k in $(seq 1 "$(node_count)"); do
      if alive "$k"; then
        if ready $((node_port + k - 1)); then state=ready; else state="not ready"; fi
        say "node $k: process $(pid_of "$k"), $state, 127.0.0.1:$((node_port + k - 1))"
      else
        say "node $k: not running"
      fi
    done
    say "balancer: http://127.0.0.1:$balancer_port";;
  kill)
    k=${2:?which node}
    pid=$(pid_of "$k"); [ -n "$pid" ] || fail "node $k is not running"
    kill -9 "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    say "node $k (process $pid) killed";;
  revive)
    k=${2:?which node}
    ! alive "$k" || fail "node $k is running"
    launch "$k"
    if [ -n "${CLUSTER_FAKETIME:-}" ]; then await_started "$k"; else await_ready "$k"; fi;;
  *)
    sed -n '2,19p' "$0"; exit 2;;
esac

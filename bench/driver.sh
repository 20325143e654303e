#!/usr/bin/env bash
# What every benchmark script does (sourced by them): the local PostgreSQL up, the registry's WAR
# built, and a driver of registry-bench run with the script's settings.
#   run_driver kz.registry.bench.Faults "$@"
run_driver() {
  local main=$1; shift
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  fi
  mvn -B -q -Pbench -DskipTests package -pl registry-web,registry-bench -am -Dbench.main="$main" -Dbench.args="$*"
}

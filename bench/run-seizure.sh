#!/usr/bin/env bash
# Benchmark of the live-seizure capability on MariaDB: the judge's "expiring within 30 days" view
# over 1,000,000 seizures in 200 courts, and recording inspections at sustained load.
# See bench/README.md ("Live-seizure benchmark").
#
#   bench/run-seizure.sh [--dist path.tar.gz] [--keep-dist] [SeizureBench options: --rows N --courts N
#                        --court ID --requests N --clients N --threads 4,16 --warmup S --duration S
#                        --seizures N --seed N --quiet-wait S --load-threads N]
#
# Environment: JAVA_HOME (optional), MARIADB_JAR (default: the 3.5.7 driver in ~/.m2),
# BENCH_SEIZURE_PORT (default 18281), BENCH_SEIZURE_SSH_PORT (default 18201), CEP_ADMIN_PASSWORD
# (optional; a random strong one is made when unset). MariaDB on 127.0.0.1:3306 as root without
# password; the database cep_bench is dropped and created.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog=seizure-bench
# shellcheck source=lib.sh
. "$here/lib.sh"
root="$(dirname "$here")"
dist="$root/assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz"
db=cep_bench
parse_args 14 "$@"
[ -f "$dist" ] || die "no distribution at $dist (build it, or pass --dist)"
jar="${MARIADB_JAR:-$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.7/mariadb-java-client-3.5.7.jar}"
[ -f "$jar" ] || die "no MariaDB JDBC driver at $jar (set MARIADB_JAR)"

pick_ports "${BENCH_SEIZURE_PORT:-18281}" "${BENCH_SEIZURE_SSH_PORT:-18201}"
admin_password Seize
compile_bench "$jar" seizure

out="$here/out"
run="$out/seizure-run"
log="$out/seizure-output.txt"
mkdir -p "$out"
# A Karaf left over from an earlier run of this script (its launcher pid is kept in this file)?
if [ -f "$out/seizure-run.pid" ]; then
    old="$(cat "$out/seizure-run.pid")"
    if [ -n "$old" ] && kill -0 "$old" 2>/dev/null && grep -q "seizure-run" "/proc/$old/cmdline" 2>/dev/null; then
        echo "seizure-bench: a Karaf of an earlier run still runs (pid $old, see $out/seizure-run.pid); stop it first" >&2
        exit 2
    fi
    rm -f "$out/seizure-run.pid"
fi

# The build may replace the tar.gz at any moment: work on a copy.
tmp="$(mktemp -d /tmp/seizure-bench.XXXXXX)"
karaf_pid=""
home=""

stop_karaf() {
    [ -n "$karaf_pid" ] || return 0
    if kill -0 "$karaf_pid" 2>/dev/null; then
        local t0 java_pids p i
        t0=$(date +%s)
        java_pids="$(ps -o pid= --ppid "$karaf_pid" 2>/dev/null || true)"
        "$home/bin/stop" >/dev/null 2>&1 || true
        for i in $(seq 1 60); do kill -0 "$karaf_pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$karaf_pid" 2>/dev/null; then
            say "Karaf did not stop within 30 s; sending SIGTERM to" $java_pids "$karaf_pid"
            for p in $java_pids $karaf_pid; do kill "$p" 2>/dev/null || true; done
            sleep 5
            for p in $java_pids $karaf_pid; do kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null || true; done
        fi
        say "Karaf stopped ($(( $(date +%s) - t0 )) s)"
    fi
    karaf_pid=""
    rm -f "$out/seizure-run.pid"
}

cleanup() {
    stop_karaf
    if [ -n "$home" ] && [ -f "$home/data/log/karaf.log" ]; then
        cp -f "$home/data/log/karaf.log" "$out/seizure-karaf.log" 2>/dev/null || true
    fi
    rm -rf "$tmp"
    if [ "$keep_dist" = false ] && [ -d "$run" ]; then rm -rf "$run"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

: >"$log"
say() { echo "seizure-bench: $*" | tee -a "$log"; }

cp "$dist" "$tmp/cep.tar.gz"
rm -rf "$run"
mkdir -p "$run"
tar xzf "$tmp/cep.tar.gz" -C "$run"
home="$(extracted_home "$run" "$dist")"
say "distribution $dist ($(date -r "$dist" '+%F %T')) extracted into $home"
# A distribution packed while a Karaf ran from the assembly folder carries that Karaf's runtime state
# (instances/instance.properties makes bin/karaf refuse to start, data/ holds its bundle cache and log).
# That is not part of a distribution: report it and start from a clean state.
stale=()
[ -f "$home/instances/instance.properties" ] && stale+=("instances/instance.properties")
for d in cache log txlog kar generated-bundles pax-web port; do [ -e "$home/data/$d" ] && stale+=("data/$d"); done
if [ ${#stale[@]} -gt 0 ]; then
    say "WARNING: the tar.gz contains runtime state of another Karaf: ${stale[*]}; removed from the extracted copy"
    for s in "${stale[@]}"; do rm -rf "${home:?}/$s"; done
fi

set_ports "$home"
sed -E "s|^url[[:space:]]*=.*|url = jdbc:mariadb://127.0.0.1:3306/$db?useMysqlMetadata=true|" \
    "$home/etc/examples/org.ops4j.datasource-cep.cfg.mariadb" >"$home/etc/org.ops4j.datasource-cep.cfg"
grep -q "^url = jdbc:mariadb://127.0.0.1:3306/$db?useMysqlMetadata=true\$" "$home/etc/org.ops4j.datasource-cep.cfg" \
    || die "could not write the datasource configuration"
say "HTTP port $http_port, SSH port $ssh_port, MariaDB database $db"

set +e
"$java" -cp "$classes:$jar" seizure.SeizureBench prepare --home "$home" --db "$db" ${bench_args[@]+"${bench_args[@]}"} 2>&1 | tee -a "$log"
rc=${PIPESTATUS[0]}
set -e
[ "$rc" -eq 0 ] || { say "prepare failed"; exit 1; }

# setsid: Karaf gets its own session, so a Ctrl-C on this terminal reaches only this script,
# whose trap then stops Karaf in order.
( cd "$home" && exec setsid bin/karaf server </dev/null >"$out/seizure-karaf-console.log" 2>&1 ) &
karaf_pid=$!
echo "$karaf_pid" >"$out/seizure-run.pid"
say "Karaf launched (bin/karaf server, launcher pid $karaf_pid; console output in $out/seizure-karaf-console.log)"

set +e
"$java" -cp "$classes:$jar" seizure.SeizureBench measure --home "$home" --port "$http_port" --karaf-pid "$karaf_pid" \
    --db "$db" --result "$out/seizure-result.txt" ${bench_args[@]+"${bench_args[@]}"} 2>&1 | tee -a "$log"
rc=${PIPESTATUS[0]}
set -e
stop_karaf
cp -f "$home/data/log/karaf.log" "$out/seizure-karaf.log" 2>/dev/null || true
say "full output in $log, summary in $out/seizure-result.txt, Karaf log in $out/seizure-karaf.log"
[ "$keep_dist" = true ] && say "distribution kept in $home (database $db is kept in any case)"
exit "$rc"

#!/usr/bin/env bash
# Benchmark of the CEP distribution: cold start, idle memory, applying 3,500 courts, and
# login / authenticated GET throughput at 10 vs 3,500 courts. See bench/README.md.
#
# Expects `mvn -B install -DskipTests` to have been run in the project root, so that
# assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz exists; or pass another one with --dist.
#
#   bench/run.sh [--dist path.tar.gz] [--keep-dist] [Bench options: --threads N --warmup S
#                --duration S --settle S --courts N --seed N --quiet-wait S --keep13]
#
# Environment: JAVA_HOME (optional), BENCH_PORT (default 18181), BENCH_SSH_PORT (default 18101),
# CEP_ADMIN_PASSWORD (optional; a random strong one is made when unset).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
dist_tgz="$root/assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz"
keep_dist=false
bench_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --dist) dist_tgz="$2"; shift 2 ;;
        --dist=*) dist_tgz="${1#--dist=}"; shift ;;
        --keep-dist) keep_dist=true; shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) bench_args+=("$1"); shift ;;
    esac
done
[ -f "$dist_tgz" ] || { echo "bench: no distribution at $dist_tgz (run 'mvn -B install -DskipTests' first, or pass --dist)" >&2; exit 2; }
dist_tgz="$(cd "$(dirname "$dist_tgz")" && pwd)/$(basename "$dist_tgz")"

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi

# A port is taken when something accepts a connection on it.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local p="$1"
    while port_taken "$p"; do p=$((p + 1)); done
    echo "$p"
}
http_port="$(free_port "${BENCH_PORT:-18181}")"
ssh_port="$(free_port "${BENCH_SSH_PORT:-18101}")"
[ "$ssh_port" != "$http_port" ] || ssh_port="$(free_port $((http_port + 1)))"

if [ -z "${CEP_ADMIN_PASSWORD:-}" ]; then
    CEP_ADMIN_PASSWORD="Bench#$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')Q7"
fi
export CEP_ADMIN_PASSWORD

out="$here/out"
mkdir -p "$out"
# Extracted distributions of earlier runs take ~100 MB each: drop them (their logs and results stay),
# unless a Karaf still runs from one.
for old in "$out"/run-*/dist; do
    [ -d "$old" ] || continue
    if pgrep -f -- "-Dkaraf.base=$old/" >/dev/null 2>&1; then continue; fi
    rm -rf "$old"
done

run="$out/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run/dist"
echo "bench: extracting $dist_tgz into $run/dist"
tar xzf "$dist_tgz" -C "$run/dist"
top=("$run"/dist/*)
[ ${#top[@]} -eq 1 ] && [ -x "${top[0]}/bin/karaf" ] || { echo "bench: unexpected layout in $dist_tgz" >&2; exit 2; }
home="${top[0]}"

# Ports: never clash with another container on 8181 / 8101.
sed -i -E "s|^[#[:space:]]*org\.osgi\.service\.http\.port[[:space:]]*=.*|org.osgi.service.http.port = $http_port|" "$home/etc/org.ops4j.pax.web.cfg"
sed -i -E "s|^[#[:space:]]*sshPort[[:space:]]*=.*|sshPort = $ssh_port|" "$home/etc/org.apache.karaf.shell.cfg"
grep -q "^org.osgi.service.http.port = $http_port\$" "$home/etc/org.ops4j.pax.web.cfg" || { echo "bench: could not set the HTTP port" >&2; exit 2; }
grep -q "^sshPort = $ssh_port\$" "$home/etc/org.apache.karaf.shell.cfg" || { echo "bench: could not set the SSH port" >&2; exit 2; }
echo "bench: HTTP port $http_port, SSH port $ssh_port, output in $run"

# Whatever happens, no Karaf of this run is left running.
cleanup() {
    local pids
    pids="$(pgrep -f -- "-Dkaraf.base=$home( |$)" || true)"
    if [ -n "$pids" ]; then
        echo "bench: stopping leftover Karaf process(es) $pids"
        for p in $pids; do kill "$p" 2>/dev/null || true; done
        sleep 5
        for p in $pids; do kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null || true; done
    fi
    if [ "$keep_dist" = false ] && [ -d "$run/dist" ]; then
        cp -f "$home/data/log/karaf.log" "$run/karaf.log" 2>/dev/null || true
        rm -rf "$run/dist"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

set +e
"$java" "$here/Bench.java" "$home" "$http_port" --out "$run" --result "$out/last-result.txt" \
    ${bench_args[@]+"${bench_args[@]}"} 2>&1 | tee "$run/output.txt"
rc=${PIPESTATUS[0]}
set -e
cp -f "$out/last-result.txt" "$run/result.txt" 2>/dev/null || true
echo "bench: full output in $run/output.txt, summary in $out/last-result.txt"
exit "$rc"

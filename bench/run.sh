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
prog=bench
# shellcheck source=lib.sh
. "$here/lib.sh"
root="$(dirname "$here")"
dist="$root/assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz"
parse_args 13 "$@"
[ -f "$dist" ] || die "no distribution at $dist (run 'mvn -B install -DskipTests' first, or pass --dist)"
dist="$(cd "$(dirname "$dist")" && pwd)/$(basename "$dist")"

pick_ports "${BENCH_PORT:-18181}" "${BENCH_SSH_PORT:-18101}"
admin_password Bench
compile_bench "" dist

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
echo "bench: extracting $dist into $run/dist"
tar xzf "$dist" -C "$run/dist"
home="$(extracted_home "$run/dist" "$dist")"
set_ports "$home"
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
"$java" -cp "$classes" dist.Bench "$home" "$http_port" --out "$run" --result "$out/last-result.txt" \
    ${bench_args[@]+"${bench_args[@]}"} 2>&1 | tee "$run/output.txt"
rc=${PIPESTATUS[0]}
set -e
cp -f "$out/last-result.txt" "$run/result.txt" 2>/dev/null || true
echo "bench: full output in $run/output.txt, summary in $out/last-result.txt"
exit "$rc"

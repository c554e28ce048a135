#!/usr/bin/env bash
# The audited REST write path against the raw ceiling of the same SQL, in one run, on MariaDB (issue 13).
#
#   bench/run-writepath.sh [--dist FILE] [--keep-dist] [--courts 8] [--threads 16] [--warmup 5] [--duration 30] [--rounds 3]
#
# Creates database cep_bench_wp (dropped and recreated), starts the built distribution on it with --courts extra
# courts, then per round: --threads clients POST /api/v1/cases for --duration s, and the same clients send the same
# SQL (lock the audit head, insert the case, insert the audit entry, move the head, commit) over JDBC. Prints both
# rates, the ratio per round and the median ratio. Needs `mvn -B install -DskipTests` first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog=writepath-bench
# shellcheck source=lib.sh
. "$here/lib.sh"
mariadb_bench writepath cep_bench_wp writepath.WritePathBench 11 "${BENCH_WP_PORT:-18381}" "${BENCH_WP_SSH_PORT:-18301}" Write --courts 8 "$@"

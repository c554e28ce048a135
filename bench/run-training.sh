#!/usr/bin/env bash
# Benchmark of the training capability (培训) on MariaDB: 3,500 courts in 31 provinces, each sharing 20 modules
# province-wide; the listing of the modules visible to one court (GET /training/shared, p99 target < 50 ms) and drill
# submissions per second. See bench/README.md ("Training benchmark").
#
#   bench/run-training.sh [--dist path.tar.gz] [--keep-dist] [TrainingBench options: --courts N --provinces N --modules N
#                         --load-threads N --court ID --list-warmup S --list-requests N --list-seconds S --list-threads N --list-duration S
#                         --drill-threads N --drill-duration S --quiet-wait S]
#
# Environment: JAVA_HOME (optional), MARIADB_JAR (default: the 3.5.7 driver in ~/.m2),
# BENCH_TR_PORT (default 18481), BENCH_TR_SSH_PORT (default 18401), CEP_ADMIN_PASSWORD
# (optional; a random strong one is made when unset). MariaDB on 127.0.0.1:3306 as root without
# password; the database cep_bench_tr is dropped and created.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog=training-bench
# shellcheck source=lib.sh
. "$here/lib.sh"
mariadb_bench training cep_bench_tr training.TrainingBench 15 "${BENCH_TR_PORT:-18481}" "${BENCH_TR_SSH_PORT:-18401}" Train "$@"

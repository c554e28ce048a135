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
mariadb_bench seizure cep_bench seizure.SeizureBench 14 "${BENCH_SEIZURE_PORT:-18281}" "${BENCH_SEIZURE_SSH_PORT:-18201}" Seize "$@"

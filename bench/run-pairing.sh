#!/usr/bin/env bash
# Benchmark of the pairing capability (结对帮扶) on MariaDB: partner suggestions for one mentee court among 3,500 courts
# of one province (p99, target < 100 ms), after some pairs are made so that the mentor load counts. See bench/README.md
# ("Pairing benchmark").
#
#   bench/run-pairing.sh [--dist path.tar.gz] [--keep-dist] [PairingBench options: --basics N --pairs N --warmup N
#                        --requests N --court ID --seed N]
#
# Environment: JAVA_HOME (optional), MARIADB_JAR (default: the 3.5.7 driver in ~/.m2),
# BENCH_PR_PORT (default 18481), BENCH_PR_SSH_PORT (default 18401), CEP_ADMIN_PASSWORD
# (optional; a random strong one is made when unset). MariaDB on 127.0.0.1:3306 as root without
# password; the database cep_bench_pr is dropped and created.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog=pairing-bench
# shellcheck source=lib.sh
. "$here/lib.sh"
mariadb_bench pairing cep_bench_pr pairing.PairingBench 13 "${BENCH_PR_PORT:-18481}" "${BENCH_PR_SSH_PORT:-18401}" Pair "$@"

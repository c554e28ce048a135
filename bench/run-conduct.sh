#!/usr/bin/env bash
# Benchmark of a respondent's sanctions history (the sanctions ladder of the cases bundle, used by conduct
# enforcement) on MariaDB: 1,000,000 sanctions over 200 courts, a closed loop of history requests.
# See bench/README.md ("Sanctions history benchmark").
#
#   bench/run-conduct.sh [--dist path.tar.gz] [--keep-dist] [ConductBench options: --courts N --sanctions N --respondents N
#                        --heavy N --threads N --warmup S --duration S --quiet-wait S]
#
# Environment: JAVA_HOME (optional), MARIADB_JAR (default: the 3.5.7 driver in ~/.m2),
# BENCH_CD_PORT (default 18481), BENCH_CD_SSH_PORT (default 18401), CEP_ADMIN_PASSWORD
# (optional; a random strong one is made when unset). MariaDB on 127.0.0.1:3306 as root without
# password; the database cep_bench_cd is dropped and created.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog=conduct-bench
# shellcheck source=lib.sh
. "$here/lib.sh"
mariadb_bench conduct cep_bench_cd conduct.ConductBench 12 "${BENCH_CD_PORT:-18481}" "${BENCH_CD_SSH_PORT:-18401}" Cond "$@"

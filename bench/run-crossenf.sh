#!/usr/bin/env bash
# Benchmark of the cross-enforcement capability (交叉执行) on MariaDB: transfer of a case package with 200
# documents, audited cross-court file reads, and the eligibility views over 1,000,000 cases in 200 courts.
# See bench/README.md ("Cross-enforcement benchmark").
#
#   bench/run-crossenf.sh [--dist path.tar.gz] [--keep-dist] [CrossEnfBench options: --courts N --cases N --assets N
#                         --flags N --transfers N --docs N --doc-kb N --read-threads N --read-warmup S --read-duration S
#                         --eligible-requests N --eligible-seconds S --juris-requests N --court ID --seed N --quiet-wait S]
#
# Environment: JAVA_HOME (optional), MARIADB_JAR (default: the 3.5.7 driver in ~/.m2),
# BENCH_CE_PORT (default 18381), BENCH_CE_SSH_PORT (default 18301), CEP_ADMIN_PASSWORD
# (optional; a random strong one is made when unset). MariaDB on 127.0.0.1:3306 as root without
# password; the database cep_bench_ce is dropped and created.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog=crossenf-bench
# shellcheck source=lib.sh
. "$here/lib.sh"
mariadb_bench crossenf cep_bench_ce crossenf.CrossEnfBench 15 "${BENCH_CE_PORT:-18381}" "${BENCH_CE_SSH_PORT:-18301}" Cross "$@"

#!/usr/bin/env bash
# Builds the platform and starts it in the foreground on the embedded H2 database, with the
# example courts of tenant-config/ (watched live: edit a .court file and the change applies).
#   ./start.sh            build, install into run/cep-platform (data kept across runs), start
#   ./start.sh --no-build start what run/cep-platform holds
# The API answers at http://localhost:8181/api/v1 ; the Karaf shell is this terminal (court:* commands).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
DIST=run/cep-platform

if [ "${1:-}" != "--no-build" ]; then
  mkdir -p run
  echo "Building (mvn -B install -DskipTests; log in run/build.log) ..."
  if ! mvn -B install -DskipTests > run/build.log 2>&1; then
    tail -40 run/build.log
    echo "Build failed: see run/build.log" >&2
    exit 1
  fi
  NEW=$(mktemp -d run.new.XXXX)
  tar xzf assembly/target/cep-assembly-*.tar.gz -C "$NEW"
  mkdir -p "$NEW/keep"
  if [ -d "$DIST" ]; then
    # an upgrade keeps the database, the generated admin password and the datasource choice
    [ -d "$DIST/data/cep" ] && mkdir -p "$NEW"/cep-assembly-*/data && mv "$DIST/data/cep" "$NEW"/cep-assembly-*/data/
    [ -f "$DIST/data/initial-admin-password" ] && mv "$DIST/data/initial-admin-password" "$NEW"/cep-assembly-*/data/
    cp "$DIST/etc/org.ops4j.datasource-cep.cfg" "$NEW"/cep-assembly-*/etc/
    # a datasource file from before the pax-transx pool names the dbcp2 pool, which is no longer installed
    sed -i -e 's/^pool = dbcp2$/pool = transx\npool.local = true/' -e 's/^pool.maxTotal = /pool.maxPoolSize = /' "$NEW"/cep-assembly-*/etc/org.ops4j.datasource-cep.cfg
    rm -rf "$DIST"
  fi
  mkdir -p run
  mv "$NEW"/cep-assembly-* "$DIST"
  rm -rf "$NEW"
  # watch the repository's own tenant-config/ so edits there apply live
  sed -i "s#^tenantConfigDir = .*#tenantConfigDir = $ROOT/tenant-config#" "$DIST/etc/cep.platform.cfg"
fi

cat <<TXT
------------------------------------------------------------------------------
 法院执行平台 Court Enforcement Platform
 API:    http://localhost:8181/api/v1   (health: /api/v1/health)
 Courts: $ROOT/tenant-config/*.court   (edits apply live)
 Database: $(grep -E '^url' "$DIST/etc/org.ops4j.datasource-cep.cfg" | sed 's/^url *= *//')
 First start: the provincial admin's password is printed below once, and kept in
   $DIST/data/initial-admin-password  (or set CEP_ADMIN_PASSWORD before the first start)
 Stop: type 'shutdown -f' or press Ctrl-D in the console.
------------------------------------------------------------------------------
TXT
exec "$DIST/bin/karaf"

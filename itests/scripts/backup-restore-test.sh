#!/usr/bin/env bash
# The backup and restore test (run by .ci/run after the build): the built distribution on a fresh MariaDB
# database gets users and audited writes in several courts; bin/cep-backup dumps it while Karaf runs;
# bin/cep-restore loads it into a second database; the distribution restarted on the restored database
# must find every court's audit chain intact with as many entries as before; and one entry edited in the
# restored database must then be reported, so the check is not blind. Needs MariaDB on 127.0.0.1:3306 (root).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dist="${1:-$root/assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz}"
[ -f "$dist" ] || { echo "backup-restore: no distribution at $dist (mvn install first)"; exit 2; }
work="$(mktemp -d /tmp/cep-br.XXXXXX)"
src="cep_br_src_$$" dst="cep_br_dst_$$"
port=$((18200 + $$ % 500)) ssh=$((18800 + $$ % 500))
# a port some other process still holds (a node left by an earlier test) would answer for us: take the next free one
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
karaf_pid=""
say() { echo "backup-restore: $*"; }
fail() { say "FAILED: $*"; exit 1; }
stop_karaf() {
    [ -n "$karaf_pid" ] || return 0
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "$karaf_pid" 2>/dev/null || break; sleep 0.5; done
    pkill -9 -f "karaf.home=$home" 2>/dev/null || true
    karaf_pid=""
}
cleanup() {
    stop_karaf
    mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $src; DROP DATABASE IF EXISTS $dst" || true
    cp -f "$home/data/log/karaf.log" "$root/itests/scripts/backup-restore-karaf.log" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

tar xzf "$dist" -C "$work"
home="$(echo "$work"/*)"
sed -i -E "s|^[#[:space:]]*org\.osgi\.service\.http\.port[[:space:]]*=.*|org.osgi.service.http.port = $port|" "$home/etc/org.ops4j.pax.web.cfg"
sed -i -E "s|^[#[:space:]]*sshPort[[:space:]]*=.*|sshPort = $ssh|" "$home/etc/org.apache.karaf.shell.cfg"
use_db() {
    sed -E "s|^url[[:space:]]*=.*|url = jdbc:mariadb://127.0.0.1:3306/$1?useMysqlMetadata=true|" \
        "$home/etc/examples/org.ops4j.datasource-cep.cfg.mariadb" >"$home/etc/org.ops4j.datasource-cep.cfg"
}
B="http://127.0.0.1:$port/api/v1"
start_karaf() {
    ( cd "$home" && exec setsid bin/karaf server </dev/null >"$work/console-$1.log" 2>&1 ) &
    karaf_pid=$!
    for _ in $(seq 1 120); do
        curl -fs "$B/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    fail "the platform did not become ready on $1"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# the admin's token; a node that has just become ready may still refuse for a moment, so a few tries
admin_token() {
    local body
    for _ in $(seq 1 20); do
        body="$(curl -s -XPOST "$B/auth/login" -H 'Content-Type: application/json' \
            -d "{\"courtId\":\"hlj-high\",\"username\":\"admin\",\"password\":\"$CEP_ADMIN_PASSWORD\"}")"
        if [[ "$body" == *'"token"'* ]]; then echo "$body" | json 'd["token"]'; return 0; fi
        sleep 0.5
    done
    echo "backup-restore: FAILED: the admin could not log in: $body" >&2
    return 1
}
export CEP_ADMIN_PASSWORD="Br#$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')Zq7"

mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE $src CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
use_db "$src"
start_karaf "$src"
say "platform up on $src (port $port)"
T="$(admin_token)"
for court in hlj-kedong hlj-keshan hlj-nangang; do
    for i in 1 2 3; do
        curl -fs -XPOST "$B/admin/courts/$court/users" -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
            -d "{\"username\":\"br-user$i\",\"displayName\":\"备份测试 $i\",\"password\":\"$CEP_ADMIN_PASSWORD\",\"roles\":[\"clerk\"]}" >/dev/null \
            || fail "could not create a user in $court"
    done
done
courts="$(curl -fs "$B/courts" -H "Authorization: Bearer $T" | json '" ".join(c["id"] for c in d)')"
# each court's newest entry before the backup (seq and hash): the restore must hold exactly it, and what the nodes'
# own jobs append after the restart (audit anchors) comes after it
newest() { curl -fs "$B/admin/courts/$1/audit?afterSeq=0&limit=500" -H "Authorization: Bearer $T" | json '" ".join(str(e["seq"]) + ":" + e["hash"] for e in d)'; }
declare -A before
for c in $courts; do
    before[$c]="$(newest "$c" | tr ' ' '\n' | tail -1)"
    [ -n "${before[$c]}" ] || fail "court $c: no audit entries before the backup"
done

file="$("$home/bin/cep-backup" --out "$work/backups")"
say "backup taken while running: $file ($(stat -c %s "$file") bytes)"
stop_karaf
"$home/bin/cep-restore" "$file" --database "$dst"
if "$home/bin/cep-restore" "$file" --database "$dst" 2>/dev/null; then fail "a restore into a database with tables was not refused"; fi

use_db "$dst"
start_karaf "$dst"
T="$(admin_token)"
n=0
for c in $courts; do
    intact="$(curl -fs "$B/admin/courts/$c/audit/verify" -H "Authorization: Bearer $T" | json 'str(d["intact"])')"
    [ "$intact" = "True" ] || fail "court $c: chain not intact after the restore"
    newest "$c" | tr ' ' '\n' | grep -qx "${before[$c]}" \
        || fail "court $c: its newest entry before the backup (${before[$c]}) is not in the restored chain"
    n=$((n + 1))
done
say "all $n courts' audit chains intact after the restore, each holding its newest entry from before the backup"

mariadb -h 127.0.0.1 -u root "$dst" -e "UPDATE audit_entry SET detail = 'forged after restore' WHERE court_id = 'hlj-kedong' AND seq = 2"
broken="$(curl -fs "$B/admin/courts/hlj-kedong/audit/verify" -H "Authorization: Bearer $T" | json 'str(d["intact"])')"
[ "$broken" = "False" ] || fail "an entry edited in the restored database was not reported"
say "an entry edited in the restored database is reported: PASSED"

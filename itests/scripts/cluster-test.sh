#!/usr/bin/env bash
# The cluster test (run by .ci/run after the build, about three minutes): two platform nodes of the built
# distribution on one fresh MariaDB database behind HAProxy (etc/examples/haproxy.cfg, the file the README
# shows). Clients post money to a live-seizure ledger through the balancer, each write with its own
# Idempotency-Key and retried with the same key until it is answered; meanwhile node1 is killed with kill -9 and
# started again. Afterwards: every key is booked exactly once (entries and sum), no 5xx other than requests in
# flight on the killed node, both nodes serve again, and every court's audit chain verifies.
# Needs MariaDB on 127.0.0.1:3306 (root) and haproxy (Debian package; .ci/run installs it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dist="${1:-$root/assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz}"
[ -f "$dist" ] || { echo "cluster: no distribution at $dist (mvn install first)"; exit 2; }
command -v haproxy >/dev/null || { echo "cluster: haproxy is not installed (apt-get install haproxy)"; exit 2; }
work="$(mktemp -d /tmp/cep-cluster.XXXXXX)"
db="cep_cluster_$$"
base=$((19000 + $$ % 400 * 2))
# skip ports some other process still holds (a node left by an earlier test would answer for ours)
busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while busy $base || busy $((base + 1)) || busy $((base + 1000)) || busy $((base + 2000)) || busy $((base + 2001)); do base=$((base + 2)); done
front=$((base + 1000))
declare -A port=([1]=$base [2]=$((base + 1))) ssh=([1]=$((base + 2000)) [2]=$((base + 2001)))
say() { echo "cluster: $*"; }
fail() { say "FAILED: $*"; exit 1; }
haproxy_pid=""
node_pid() { pgrep -f "karaf.home=$work/node$1( |$)" | head -1 || true; }
cleanup() {
    [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2>/dev/null || true
    for n in 1 2; do
        p="$(node_pid $n)"; [ -n "$p" ] && kill -9 "$p" 2>/dev/null || true
        cp -f "$work/node$n/data/log/karaf.log" "$root/itests/scripts/cluster-node$n-karaf.log" 2>/dev/null || true
    done
    mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db" || true
    rm -rf "$work"
}
trap cleanup EXIT

mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
for n in 1 2; do
    mkdir -p "$work/unpack$n"
    tar xzf "$dist" -C "$work/unpack$n"
    mv "$work/unpack$n"/* "$work/node$n"
    home="$work/node$n"
    sed -i -E "s|^[#[:space:]]*org\.osgi\.service\.http\.port[[:space:]]*=.*|org.osgi.service.http.port = ${port[$n]}|" "$home/etc/org.ops4j.pax.web.cfg"
    sed -i -E "s|^[#[:space:]]*sshPort[[:space:]]*=.*|sshPort = ${ssh[$n]}|" "$home/etc/org.apache.karaf.shell.cfg"
    sed -E "s|^url[[:space:]]*=.*|url = jdbc:mariadb://127.0.0.1:3306/$db?useMysqlMetadata=true|" \
        "$home/etc/examples/org.ops4j.datasource-cep.cfg.mariadb" >"$home/etc/org.ops4j.datasource-cep.cfg"
done
export CEP_ADMIN_PASSWORD="Cl#$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')Zq7"

start_node() {
    ( cd "$work/node$1" && exec setsid bin/karaf server </dev/null >>"$work/console-$1.log" 2>&1 ) &
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:${port[$1]}/api/v1/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    fail "node$1 did not become ready"
}
t0=$SECONDS
start_node 1   # the first node runs the migrations
say "node1 ready in $((SECONDS - t0)) s (port ${port[1]})"
start_node 2
say "node2 ready (port ${port[2]})"

sed -e "s/@FRONT_PORT@/$front/" -e "s/@NODE1_PORT@/${port[1]}/" -e "s/@NODE2_PORT@/${port[2]}/" \
    "$work/node1/etc/examples/haproxy.cfg" >"$work/haproxy.cfg"
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
for _ in $(seq 1 40); do curl -fs "http://127.0.0.1:$front/api/v1/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done
say "haproxy on $front in front of both nodes"

# the load, the kill and the checks; python3 keeps the bookkeeping readable
python3 - "$front" "$CEP_ADMIN_PASSWORD" "$work" "${port[1]}" <<'PY'
import json, os, subprocess, sys, threading, time, urllib.request, urllib.error, random

front, admin_pw, work, node1_port = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
B = f"http://127.0.0.1:{front}/api/v1"

def call(method, path, token=None, body=None, headers=None, base=B, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items(): req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try: return e.code, json.loads(raw)
        except Exception: return e.code, raw.decode(errors="replace")

def ok(status, body, want, what):
    if status != want: sys.exit(f"cluster: FAILED: {what}: {status} {body}")
    return body

def login(court, user, pw):
    return ok(*call("POST", "/auth/login", body={"courtId": court, "username": user, "password": pw}), 200, "login " + user)["token"]

admin = login("hlj-high", "admin", admin_pw)
court = "hlj-kedong"
pw = "Cluster#Pass2026x"
for user, roles in (("cl-officer", ["enforcement-officer"]), ("cl-judge", ["enforcement-judge"])):
    ok(*call("POST", f"/admin/courts/{court}/users", admin, {"username": user, "displayName": "集群测试", "password": pw, "roles": roles}),
       201, "create " + user)
officer, judge = login(court, "cl-officer", pw), login(court, "cl-judge", pw)

# one case, one seized herd, one sale: money can then be booked as received
case = ok(*call("POST", "/cases", officer, {"caseNumber": f"（2026）黑0230执{random.randint(1, 9999999)}号", "applicant": "某饲料店",
                                            "respondent": "某养殖户", "amountOwedFen": 10_000_000_000}), 201, "case")["id"]
lot = ok(*call("POST", f"/live-seizure/cases/{case}/lots", officer, {"label": "育肥猪", "unit": "头", "count": 100, "ageMonths": 5,
                                                                     "valuePerUnitFen": 100_000_000}), 201, "lot")["id"]
seizure = ok(*call("POST", f"/live-seizure/cases/{case}/seizures", officer, {"items": {str(lot): 100}, "reason": "集群测试",
                                                                             "confirmWarnings": True}), 201, "seizure")["seizure"]["id"]
S = f"/live-seizure/seizures/{seizure}"
ok(*call("POST", S + "/activate", officer, {}), 200, "activate")
today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))
sale = ok(*call("POST", S + "/sale-reports", officer, {"buyer": "某肉联厂", "expectedPriceFen": 9_000_000_000, "expectedDate": today}), 201, "sale report")["id"]
ok(*call("POST", f"{S}/sale-reports/{sale}/decision", judge, {"approve": True, "note": "同意"}), 200, "decision")
ok(*call("POST", f"{S}/sale-reports/{sale}/sale", officer, {"soldCount": 90, "priceFen": 9_000_000_000}), 200, "sale")

AMOUNT = 100
stop = threading.Event()
lock = threading.Lock()
booked, five_xx, other, attempts = {}, [], [], [0]

def client(n):
    i = 0
    while not stop.is_set():
        key = f"cl-{n}-{i}"
        while True:  # the same key until it is answered: a lost answer must never lose or double the money
            with lock: attempts[0] += 1
            try:
                status, body = call("POST", S + "/ledger", officer, {"kind": "RECEIVED", "amountFen": AMOUNT, "party": f"买方{n}"},
                                    {"Idempotency-Key": key}, timeout=20)
            except Exception as e:
                status, body = -1, str(e)
            if status in (200, 201):
                with lock: booked[key] = body["id"]
                break
            with lock:
                (five_xx if status >= 500 else other).append((time.time(), status, str(body)[:200]))
            time.sleep(0.2)
        i += 1

threads = [threading.Thread(target=client, args=(n,)) for n in range(6)]
for t in threads: t.start()
time.sleep(10)
pid = subprocess.run(["pgrep", "-f", f"karaf.home={work}/node1( |$)"], capture_output=True, text=True).stdout.split()[0]
kill_at = time.time()
os.kill(int(pid), 9)
print(f"cluster: node1 (pid {pid}) killed with kill -9 after 10 s of load, {len(booked)} writes booked so far", flush=True)
time.sleep(5)
subprocess.Popen(["setsid", "bin/karaf", "server"], cwd=f"{work}/node1", stdin=subprocess.DEVNULL,
                 stdout=open(f"{work}/console-1.log", "a"), stderr=subprocess.STDOUT)
back = None
for _ in range(240):
    try:
        if call("GET", "/health/ready", base=f"http://127.0.0.1:{node1_port}/api/v1", timeout=2)[0] == 200:
            back = time.time(); break
    except Exception: pass
    time.sleep(0.5)
if back is None: sys.exit("cluster: FAILED: node1 did not come back")
print(f"cluster: node1 ready again {back - kill_at:.1f} s after the kill", flush=True)
time.sleep(8)  # load on both nodes again (HAProxy's check brings node1 back within 2 s)
stop.set()
for t in threads: t.join()

ledger = ok(*call("GET", S + "/ledger", officer), 200, "ledger")
entries = [e for e in ledger["entries"] if e["kind"] == "RECEIVED"]
ids = set(booked.values())
print(f"cluster: {len(booked)} money writes answered ({attempts[0]} attempts), {len(entries)} entries in the ledger, "
      f"received {ledger['receivedFen']} fen; 5xx answers: {len(five_xx)}, other refusals: {len(other)}", flush=True)
for t, s, b in five_xx: print(f"cluster:   5xx {t - kill_at:+.2f} s from the kill: {s} {b}")
for t, s, b in other[:10]: print(f"cluster:   refusal {t - kill_at:+.2f} s from the kill: {s} {b}")
if len(entries) != len(booked) or len(ids) != len(booked): sys.exit("cluster: FAILED: money lost or doubled (entries vs answered keys)")
if ledger["receivedFen"] != AMOUNT * len(booked): sys.exit("cluster: FAILED: the sum received is not one amount per key")
if other: sys.exit("cluster: FAILED: refusals other than 5xx")
# in flight on the killed node: at most one request per client, around the moment of the kill
late = [x for x in five_xx if not (-1 <= x[0] - kill_at <= 3)]
if late or len(five_xx) > len(threads): sys.exit(f"cluster: FAILED: 5xx beyond the requests in flight on the killed node: {late or five_xx}")

# the restarted node answers for the same token (sessions live in the database) and took its share of the load
s, _ = call("GET", S, officer, base=f"http://127.0.0.1:{node1_port}/api/v1")
if s != 200: sys.exit(f"cluster: FAILED: node1 after restart answered {s}")
req = urllib.request.Request(f"http://127.0.0.1:{node1_port}/api/v1/metrics")
with urllib.request.urlopen(req, timeout=10) as r: metrics = r.read().decode()
served = sum(float(l.rsplit(" ", 1)[1]) for l in metrics.splitlines()
             if l.startswith('cep_http_requests_total{capability="live-seizure",method="POST",status="201"'))
print(f"cluster: node1 booked {served:.0f} of the writes after its restart", flush=True)
if served < 1: sys.exit("cluster: FAILED: the balancer did not send load to the restarted node")
courts = ok(*call("GET", "/courts", admin), 200, "courts")
for c in courts:
    v = ok(*call("GET", f"/admin/courts/{c['id']}/audit/verify", admin), 200, "verify " + c["id"])
    if not v["intact"]: sys.exit(f"cluster: FAILED: the audit chain of {c['id']} does not verify: {v}")
print(f"cluster: all {len(courts)} courts' audit chains verify; no money lost or doubled: PASSED", flush=True)
PY

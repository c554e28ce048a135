# Shared by bench/run.sh, bench/run-seizure.sh and bench/run-crossenf.sh (sourced, not run). Expects $here (this folder) and
# $prog (the prefix of messages, e.g. "bench") to be set.

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; javac="$JAVA_HOME/bin/javac"; else java="java"; javac="javac"; fi
classes="$here/out/classes"

die() { echo "$prog: $*" >&2; exit 2; }

# parse_args HELP_LAST_LINE ARG...: --dist FILE sets dist, --keep-dist sets keep_dist=true, -h prints lines
# 2..HELP_LAST_LINE of the script; everything else goes to bench_args for the Java program.
parse_args() {
    local help="$1"; shift
    keep_dist=false
    bench_args=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --dist) dist="$2"; shift 2 ;;
            --dist=*) dist="${1#--dist=}"; shift ;;
            --keep-dist) keep_dist=true; shift ;;
            -h|--help) sed -n "2,${help}p" "$0"; exit 0 ;;
            *) bench_args+=("$1"); shift ;;
        esac
    done
}

# compile_bench CLASSPATH SOURCE_FOLDER...: the shared sources in common/ and those of the given folders,
# into bench/out/classes.
compile_bench() {
    local cp="$1"; shift
    local srcs=("$here"/common/*.java) d
    for d in "$@"; do srcs+=("$here/$d"/*.java); done
    mkdir -p "$classes"
    "$javac" -encoding UTF-8 -d "$classes" ${cp:+-cp "$cp"} "${srcs[@]}" || die "compilation failed"
}

# A port is taken when something accepts a connection on it.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local p="$1"
    while port_taken "$p"; do p=$((p + 1)); done
    echo "$p"
}

# pick_ports HTTP_DEFAULT SSH_DEFAULT: sets http_port and ssh_port to free ports from those on.
pick_ports() {
    http_port="$(free_port "$1")"
    ssh_port="$(free_port "$2")"
    [ "$ssh_port" != "$http_port" ] || ssh_port="$(free_port $((http_port + 1)))"
}

# admin_password PREFIX: exports CEP_ADMIN_PASSWORD, a random strong one when unset.
admin_password() {
    if [ -z "${CEP_ADMIN_PASSWORD:-}" ]; then
        CEP_ADMIN_PASSWORD="$1#$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')Q7"
    fi
    export CEP_ADMIN_PASSWORD
}

# extracted_home FOLDER TGZ: prints the single Karaf folder extracted in FOLDER, or fails.
extracted_home() {
    local top=("$1"/*)
    [ ${#top[@]} -eq 1 ] && [ -x "${top[0]}/bin/karaf" ] || die "unexpected layout in $2"
    echo "${top[0]}"
}

# set_ports HOME: writes $http_port and $ssh_port into the distribution's configuration
# (never clash with another container on 8181 / 8101).
set_ports() {
    local home="$1"
    sed -i -E "s|^[#[:space:]]*org\.osgi\.service\.http\.port[[:space:]]*=.*|org.osgi.service.http.port = $http_port|" "$home/etc/org.ops4j.pax.web.cfg"
    sed -i -E "s|^[#[:space:]]*sshPort[[:space:]]*=.*|sshPort = $ssh_port|" "$home/etc/org.apache.karaf.shell.cfg"
    grep -q "^org.osgi.service.http.port = $http_port\$" "$home/etc/org.ops4j.pax.web.cfg" || die "could not set the HTTP port"
    grep -q "^sshPort = $ssh_port\$" "$home/etc/org.apache.karaf.shell.cfg" || die "could not set the SSH port"
}

# ---------------------------------------------------------------- the MariaDB benchmarks
# mariadb_bench NAME DB CLASS HELP_LAST_LINE HTTP_DEFAULT SSH_DEFAULT PASSWORD_PREFIX ARG...: the whole of run-seizure.sh
# and run-crossenf.sh: options, the distribution and the MariaDB driver (MARIADB_JAR), ports, admin password,
# compiling common/ and NAME/, then karaf_bench.
mariadb_bench() {
    local name="$1" db="$2" class="$3" help="$4" http="$5" ssh="$6" pw="$7" jar
    shift 7
    dist="$(dirname "$here")/assembly/target/cep-assembly-0.1.0-SNAPSHOT.tar.gz"
    parse_args "$help" "$@"
    [ -f "$dist" ] || die "no distribution at $dist (build it, or pass --dist)"
    jar="${MARIADB_JAR:-$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.7/mariadb-java-client-3.5.7.jar}"
    [ -f "$jar" ] || die "no MariaDB JDBC driver at $jar (set MARIADB_JAR)"
    pick_ports "$http" "$ssh"
    admin_password "$pw"
    compile_bench "$jar" "$name"
    karaf_bench "$name" "$db" "$class" "$jar"
}

# karaf_bench NAME DB CLASS JAR: what run-seizure.sh and run-crossenf.sh do after parsing their options (dist, keep_dist,
# bench_args) and picking ports: extract a copy of the tar.gz into out/NAME-run, point it at database DB, run
# "CLASS prepare", start Karaf in its own session, run "CLASS measure", stop Karaf (also on error or Ctrl-C).
# Files: out/NAME-output.txt (console), NAME-result.txt (summary), NAME-karaf.log, NAME-karaf-console.log.
# Ends the script with the exit code of the measure step.
karaf_bench() {
    bench_name="$1"; bench_db="$2"; bench_class="$3"; bench_jar="$4"
    out="$here/out"
    run="$out/$bench_name-run"
    log="$out/$bench_name-output.txt"
    pidfile="$out/$bench_name-run.pid"
    mkdir -p "$out"
    # A Karaf left over from an earlier run of this script (its launcher pid is kept in this file)?
    if [ -f "$pidfile" ]; then
        local old
        old="$(cat "$pidfile")"
        if [ -n "$old" ] && kill -0 "$old" 2>/dev/null && grep -q "$bench_name-run" "/proc/$old/cmdline" 2>/dev/null; then
            echo "$prog: a Karaf of an earlier run still runs (pid $old, see $pidfile); stop it first" >&2
            exit 2
        fi
        rm -f "$pidfile"
    fi

    # The build may replace the tar.gz at any moment: work on a copy.
    tmp="$(mktemp -d "/tmp/$prog.XXXXXX")"
    karaf_pid=""
    home=""
    trap karaf_bench_cleanup EXIT
    trap 'exit 130' INT TERM

    : >"$log"
    cp "$dist" "$tmp/cep.tar.gz"
    rm -rf "$run"
    mkdir -p "$run"
    tar xzf "$tmp/cep.tar.gz" -C "$run"
    home="$(extracted_home "$run" "$dist")"
    say "distribution $dist ($(date -r "$dist" '+%F %T')) extracted into $home"
    # A distribution packed while a Karaf ran from the assembly folder carries that Karaf's runtime state
    # (instances/instance.properties makes bin/karaf refuse to start, data/ holds its bundle cache and log).
    # That is not part of a distribution: report it and start from a clean state.
    local stale=() s d rc
    [ -f "$home/instances/instance.properties" ] && stale+=("instances/instance.properties")
    for d in cache log txlog kar generated-bundles pax-web port; do [ -e "$home/data/$d" ] && stale+=("data/$d"); done
    if [ ${#stale[@]} -gt 0 ]; then
        say "WARNING: the tar.gz contains runtime state of another Karaf: ${stale[*]}; removed from the extracted copy"
        for s in "${stale[@]}"; do rm -rf "${home:?}/$s"; done
    fi

    set_ports "$home"
    sed -E "s|^url[[:space:]]*=.*|url = jdbc:mariadb://127.0.0.1:3306/$bench_db?useMysqlMetadata=true|" \
        "$home/etc/examples/org.ops4j.datasource-cep.cfg.mariadb" >"$home/etc/org.ops4j.datasource-cep.cfg"
    grep -q "^url = jdbc:mariadb://127.0.0.1:3306/$bench_db?useMysqlMetadata=true\$" "$home/etc/org.ops4j.datasource-cep.cfg" \
        || die "could not write the datasource configuration"
    say "HTTP port $http_port, SSH port $ssh_port, MariaDB database $bench_db"

    set +e
    "$java" -cp "$classes:$bench_jar" "$bench_class" prepare --home "$home" --db "$bench_db" ${bench_args[@]+"${bench_args[@]}"} 2>&1 | tee -a "$log"
    rc=${PIPESTATUS[0]}
    set -e
    [ "$rc" -eq 0 ] || { say "prepare failed"; exit 1; }

    # setsid: Karaf gets its own session, so a Ctrl-C on this terminal reaches only this script,
    # whose trap then stops Karaf in order.
    ( cd "$home" && exec setsid bin/karaf server </dev/null >"$out/$bench_name-karaf-console.log" 2>&1 ) &
    karaf_pid=$!
    echo "$karaf_pid" >"$pidfile"
    say "Karaf launched (bin/karaf server, launcher pid $karaf_pid; console output in $out/$bench_name-karaf-console.log)"

    set +e
    "$java" -cp "$classes:$bench_jar" "$bench_class" measure --home "$home" --port "$http_port" --karaf-pid "$karaf_pid" \
        --db "$bench_db" --result "$out/$bench_name-result.txt" ${bench_args[@]+"${bench_args[@]}"} 2>&1 | tee -a "$log"
    rc=${PIPESTATUS[0]}
    set -e
    karaf_bench_stop
    cp -f "$home/data/log/karaf.log" "$out/$bench_name-karaf.log" 2>/dev/null || true
    say "full output in $log, summary in $out/$bench_name-result.txt, Karaf log in $out/$bench_name-karaf.log"
    [ "$keep_dist" = true ] && say "distribution kept in $home (database $bench_db is kept in any case)"
    exit "$rc"
}

say() { echo "$prog: $*" | tee -a "$log"; }

# Stops the Karaf of karaf_bench with bin/stop; SIGTERM, then SIGKILL to its own pids only, when it hangs.
karaf_bench_stop() {
    [ -n "$karaf_pid" ] || return 0
    if kill -0 "$karaf_pid" 2>/dev/null; then
        local t0 java_pids p i
        t0=$(date +%s)
        java_pids="$(ps -o pid= --ppid "$karaf_pid" 2>/dev/null || true)"
        "$home/bin/stop" >/dev/null 2>&1 || true
        for i in $(seq 1 60); do kill -0 "$karaf_pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$karaf_pid" 2>/dev/null; then
            say "Karaf did not stop within 30 s; sending SIGTERM to" $java_pids "$karaf_pid"
            for p in $java_pids $karaf_pid; do kill "$p" 2>/dev/null || true; done
            sleep 5
            for p in $java_pids $karaf_pid; do kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null || true; done
        fi
        say "Karaf stopped ($(( $(date +%s) - t0 )) s)"
    fi
    karaf_pid=""
    rm -f "$pidfile"
}

karaf_bench_cleanup() {
    karaf_bench_stop
    if [ -n "$home" ] && [ -f "$home/data/log/karaf.log" ]; then
        cp -f "$home/data/log/karaf.log" "$out/$bench_name-karaf.log" 2>/dev/null || true
    fi
    rm -rf "$tmp"
    if [ "$keep_dist" = false ] && [ -d "$run" ]; then rm -rf "$run"; fi
}

# Shared by bench/run.sh and bench/run-seizure.sh (sourced, not run). Expects $here (this folder) and
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

#!/usr/bin/env bash
# The comparison matrix of issue 5: each deployment with 16 clients as fast as possible and paced at 200 commands/s,
# every run on a fresh store (a new H2 data directory, or a new PostgreSQL schema dropped afterwards), printed as a
# markdown table. Deployments ("rows"):
#   h2   the combined app on H2 (app/target/visit-ledger-app.jar)
#   pg1  PostgreSQL: command-side + 1 query-side (command-side/target/visit-ledger-command-side-exec.jar,
#        query-side/target/visit-ledger-query-side-exec.jar, profiles postgres,embedded)
#   pg2  PostgreSQL: command-side + 2 query-side instances (lag polled round robin over both)
#
# Each deployment runs three loads: as fast as possible, paced at --rate, and paced at --low-rate (a rate every
# deployment here keeps up with, so that its lag is the projections' own and not a queue's). With 2 query sides
# the run starts once both hold segments of every read model (SegmentBalancer hands them over within seconds),
# so that the figures are the shared steady state and not the hand-over.
#
# Each row also gives the CPU each part used per measured command (from /proc/PID/stat: the servers, every process
# of the postgres user, the load generator), sampled over the measured window, and how many of the machine's cores
# they kept busy together: figures that vary less from run to run than commands/s when the parts share the cores.
#
# Authentication (--auth): jwt (the default) runs the servers as production does, as OAuth2 resource servers
# taking RS256 bearer JWTs, with a key pair made for the run by openssl and tokens signed by the load generator;
# basic runs them with the embedded profile's demo users (HTTP Basic, a bcrypt check per request).
#
# Usage: bench/run-matrix.sh [--rows h2,pg1,pg2] [--loads max,rate,low] [--duration S] [--warmup S] [--clients N]
#                            [--rate R] [--low-rate R]
#                            [--auth jwt|basic]
# --loads picks which of the three loads each row runs (all three by default).
# Environment (defaults in brackets): APP_JAR, COMMAND_JAR, QUERY_JAR, BENCH_JAR [the paths above and
# bench/target/visit-ledger-bench.jar, relative to the repository]; PGHOST [127.0.0.1], PGPORT [5432], PGUSER
# [postgres], PGPASSWORD [none], PGDATABASE [test]; BASE_PORT [18080]: h2 app on BASE_PORT, command side on
# BASE_PORT+1, query sides on BASE_PORT+2 and +3; OUT [a new /tmp/vl-bench-matrix.* directory] for logs;
# JAVA_OPTS for the servers; BENCH_OPTS, further options for the load generator (e.g. --personal-data).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_JAR=${APP_JAR:-$ROOT/app/target/visit-ledger-app.jar}
COMMAND_JAR=${COMMAND_JAR:-$ROOT/command-side/target/visit-ledger-command-side-exec.jar}
QUERY_JAR=${QUERY_JAR:-$ROOT/query-side/target/visit-ledger-query-side-exec.jar}
BENCH_JAR=${BENCH_JAR:-$ROOT/bench/target/visit-ledger-bench.jar}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-test}
BASE_PORT=${BASE_PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:-}
BENCH_OPTS=${BENCH_OPTS:-}

ROWS=h2,pg1,pg2
LOADS=max,rate,low
DURATION=30
# The JIT compilers still took 13 % of the command side's CPU a minute into a run (2 cores): warm up long enough.
WARMUP=30
CLIENTS=16
RATE=200
LOW_RATE=20
AUTH=jwt
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --clients) CLIENTS=$2; shift 2 ;;
        --rate) RATE=$2; shift 2 ;;
        --low-rate) LOW_RATE=$2; shift 2 ;;
        --loads) LOADS=$2; shift 2 ;;
        --auth) AUTH=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "run-matrix: $*" >&2; exit 2; }
# The CPU figures leave out a second at each end of the measured window.
[ "$DURATION" -ge 5 ] 2>/dev/null || fail "--duration must be at least 5 seconds"
for load in ${LOADS//,/ }; do
    case "$load" in max|rate|low) ;; *) fail "unknown load $load (max, rate, low)" ;; esac
done

# Every jar the chosen rows need must be there before anything starts, so a half-built tree fails at once.
need_jar() {
    [ -f "$1" ] || fail "missing $1 — build it first ($2)"
}
need_jar "$BENCH_JAR" "./mvnw -B -q -pl bench -am package -DskipTests"
for row in ${ROWS//,/ }; do
    case "$row" in
        h2) need_jar "$APP_JAR" "./mvnw -B -q -pl app -am package -DskipTests" ;;
        pg1|pg2)
            need_jar "$COMMAND_JAR" "./mvnw -B -q -pl command-side -am package -DskipTests"
            need_jar "$QUERY_JAR" "./mvnw -B -q -pl query-side -am package -DskipTests"
            command -v psql >/dev/null || fail "psql is needed to create and drop the PostgreSQL schemas"
            psql -qAt -c 'SELECT 1' >/dev/null 2>&1 || fail "PostgreSQL at $PGHOST:$PGPORT/$PGDATABASE (user $PGUSER) is unreachable" ;;
        *) fail "unknown row $row (h2, pg1, pg2)" ;;
    esac
done
for port in $BASE_PORT $((BASE_PORT + 1)) $((BASE_PORT + 2)) $((BASE_PORT + 3)); do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
        fail "port $port is already in use; set BASE_PORT"
    fi
done

OUT=${OUT:-$(mktemp -d /tmp/vl-bench-matrix.XXXXXX)}
mkdir -p "$OUT"
case "$AUTH" in
    jwt)
        command -v openssl >/dev/null || fail "openssl is needed to make the run's JWT key pair (or use --auth basic)"
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/issuer.key" 2>/dev/null
        openssl pkey -in "$OUT/issuer.key" -pubout -out "$OUT/issuer.pem"
        ISSUER=https://issuer.bench.visit-ledger.test
        AUDIENCE=visit-ledger
        # The app and the sides then run as production does: no embedded profile, bearer JWTs only.
        H2_PROFILES=production
        PG_PROFILES=postgres
        SECURITY="--visit-ledger.security.jwt.issuer=$ISSUER --visit-ledger.security.jwt.audience=$AUDIENCE
            --visit-ledger.security.jwt.public-key-location=file:$OUT/issuer.pem"
        BENCH_AUTH="--jwt-key $OUT/issuer.key --jwt-issuer $ISSUER --jwt-audience $AUDIENCE" ;;
    basic)
        H2_PROFILES=embedded
        PG_PROFILES=postgres,embedded
        SECURITY=""
        BENCH_AUTH="" ;;
    *) fail "unknown --auth $AUTH (jwt, basic)" ;;
esac
# The demo users' command allowance (300/min, burst 100 per user) would throttle the load generator.
LIMITS="--visit-ledger.limits.commands-per-minute=6000000 --visit-ledger.limits.command-burst=100000 --visit-ledger.limits.reads-per-minute=6000000 --visit-ledger.limits.read-burst=100000 --visit-ledger.limits.address-reads-per-minute=6000000 --visit-ledger.limits.address-read-burst=100000"
PIDS=()
SCHEMA=""
DATA_DIR=""

# Stops what this script started (by process id only) and drops the run's schema or data directory.
cleanup_run() {
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
    PIDS=()
    if [ -n "$SCHEMA" ]; then
        psql -qAt -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null || echo "could not drop schema $SCHEMA" >&2
        SCHEMA=""
    fi
    if [ -n "$DATA_DIR" ]; then
        rm -rf "$DATA_DIR"
        DATA_DIR=""
    fi
}
trap cleanup_run EXIT
trap 'exit 130' INT TERM

# Waits until a server answers HTTP at all (any status: the command side serves no anonymous GET).
await_port() {
    local port=$1 pid=$2 log=$3
    for _ in $(seq 1 180); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "server on port $port exited during start-up; last lines of $log:" >&2
            tail -20 "$log" >&2
            exit 1
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/api/deadlines?size=1")" != 000 ]; then
            return 0
        fi
        sleep 1
    done
    echo "server on port $port did not start within 180 s; see $log" >&2
    exit 1
}

start() { # name port jar [args...]; environment for the server comes from the caller's exported variables
    local name=$1 port=$2 jar=$3
    shift 3
    local log="$OUT/$RUN-$name.log"
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1 &
    PIDS+=($!)
    await_port "$port" $! "$log"
}

# Starts a deployment on a fresh store; sets COMMAND_URL and QUERY_URL.
deploy() {
    local row=$1
    case "$row" in
        h2)
            DATA_DIR=$(mktemp -d /tmp/vl-bench-h2.XXXXXX)
            start app "$BASE_PORT" "$APP_JAR" --spring.profiles.active=$H2_PROFILES --visit-ledger.data-dir="$DATA_DIR" \
                $LIMITS $SECURITY
            COMMAND_URL=http://127.0.0.1:$BASE_PORT
            QUERY_URL=$COMMAND_URL ;;
        pg1|pg2)
            SCHEMA="vl_bench_${RUN//[^a-z0-9]/_}_$$"
            DATA_DIR=$(mktemp -d /tmp/vl-bench-pg.XXXXXX)
            export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA"
            export SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-}
            export SPRING_FLYWAY_SCHEMAS=$SCHEMA
            # One at a time: the command side creates the schema and the event store before any reader starts.
            start command "$((BASE_PORT + 1))" "$COMMAND_JAR" --spring.profiles.active=$PG_PROFILES \
                --visit-ledger.data-dir="$DATA_DIR/command" $LIMITS $SECURITY
            start query1 "$((BASE_PORT + 2))" "$QUERY_JAR" --spring.profiles.active=$PG_PROFILES \
                --visit-ledger.data-dir="$DATA_DIR/query1" $LIMITS $SECURITY
            QUERY_URL=http://127.0.0.1:$((BASE_PORT + 2))
            if [ "$row" = pg2 ]; then
                start query2 "$((BASE_PORT + 3))" "$QUERY_JAR" --spring.profiles.active=$PG_PROFILES \
                    --visit-ledger.data-dir="$DATA_DIR/query2" $LIMITS $SECURITY
                QUERY_URL=$QUERY_URL,http://127.0.0.1:$((BASE_PORT + 3))
                await_shared_segments "$SCHEMA"
            fi
            COMMAND_URL=http://127.0.0.1:$((BASE_PORT + 1))
            unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_FLYWAY_SCHEMAS ;;
    esac
}

# Waits (up to 120 s) until two query sides own segments of each read model.
await_shared_segments() {
    local schema=$1 owners
    for _ in $(seq 1 120); do
        owners=$(PGOPTIONS="-c search_path=$schema" psql -qAt -c "SELECT COALESCE(MIN(o), 0) FROM (SELECT
            COUNT(DISTINCT owner) AS o FROM token_entry WHERE processor_name IN ('visit-summary',
            'deadline-dashboard', 'notification-log') GROUP BY processor_name) t" 2>/dev/null || echo 0)
        [ "$owners" -ge 2 ] 2>/dev/null && return 0
        sleep 1
    done
    echo "the two query sides did not share every read model's segments within 120 s" >&2
}

describe() {
    case "$1" in
        h2) echo "H2, combined app" ;;
        pg1) echo "PostgreSQL, command + 1 query" ;;
        pg2) echo "PostgreSQL, command + 2 query" ;;
    esac
}

# CPU seconds (user + system) the given processes have used so far, from /proc/PID/stat; a process gone counts 0.
cpu_seconds() {
    local files=() pid
    for pid in "$@"; do files+=("/proc/$pid/stat"); done
    # Fields after "pid (comm) " start with the state; utime and stime are the 12th and 13th of them.
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 } END { printf "%.3f", t / hz }' \
        "${files[@]}" /dev/null 2>/dev/null || echo 0
}

# One sample of every part's CPU seconds, and the wall clock: "wall server query postgres bench".
cpu_sample() {
    local bench_pid=$1 queries=("${PIDS[@]:1}") postgres
    postgres=$(pgrep -u postgres 2>/dev/null || true)
    # shellcheck disable=SC2086
    echo "$(date +%s.%N) $(cpu_seconds "${PIDS[0]}") $(cpu_seconds "${queries[@]}") $(cpu_seconds $postgres) \
$(cpu_seconds "$bench_pid")"
}

# Sleeps until $1 seconds after the epoch.
sleep_until() {
    local left
    left=$(awk -v t="$1" -v now="$(date +%s.%N)" 'BEGIN { d = t - now; printf "%.3f", (d > 0 ? d : 0) }')
    sleep "$left"
}

# CPU milliseconds per measured command of each part between two samples, at the run's commands/s.
cpu_per_command() {
    local before=$1 after=$2 cps=$3 row=$4
    awk -v b="$before" -v a="$after" -v cps="$cps" -v row="$row" 'BEGIN {
        split(b, x, " "); split(a, y, " "); wall = y[1] - x[1]
        if (cps + 0 <= 0 || wall <= 0) { print "n/a"; exit }
        per = 1000 / (cps * wall)
        server = (row == "h2" ? "app" : "command side")
        out = sprintf("%s %.1f", server, (y[2] - x[2]) * per)
        if (row != "h2") out = out sprintf(", query side%s %.1f, PostgreSQL %.1f", (row == "pg2" ? "s" : ""),
            (y[3] - x[3]) * per, (y[4] - x[4]) * per)
        busy = (y[2] - x[2]) + (y[3] - x[3]) + (row == "h2" ? 0 : y[4] - x[4]) + (y[5] - x[5])
        printf "%s, load generator %.1f ms (%.2f cores busy)", out, (y[5] - x[5]) * per, busy / wall
    }'
}

# Picks key=value from the bench's SUMMARY line.
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

TABLE="| deployment | load | commands/s | p50 | p95 | p99 | max | failures | lag p50 | lag p95 | lag p99 | lag max | lag samples | CPU per command | notes |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for row in ${ROWS//,/ }; do
    for load in ${LOADS//,/ }; do
        case "$load" in
            max) rate=0 ;;
            rate) rate=$RATE ;;
            low) rate=$LOW_RATE ;;
        esac
        RUN="$row-$([ "$rate" = 0 ] && echo max || echo "rate$rate")"
        echo "== $RUN: starting $(describe "$row")" >&2
        deploy "$row"
        echo "== $RUN: $CLIENTS clients, rate $rate, $DURATION s after $WARMUP s warm-up" >&2
        java -jar "$BENCH_JAR" --command-url "$COMMAND_URL" --query-url "$QUERY_URL" --clients "$CLIENTS" \
            --rate "$rate" --duration "$DURATION" --warmup "$WARMUP" $BENCH_AUTH $BENCH_OPTS >"$OUT/$RUN-bench.txt" 2>&1 &
        BENCH_PID=$!
        # CPU is sampled inside the measured window (which starts once the load generator's JVM is up and has
        # warmed up): from a second after the warm-up to a second before the end.
        LAUNCHED=$(date +%s.%N)
        sleep_until "$(awk -v t="$LAUNCHED" -v w="$WARMUP" 'BEGIN { printf "%.3f", t + w + 1 }')"
        CPU_BEFORE=$(cpu_sample "$BENCH_PID")
        sleep_until "$(awk -v t="$LAUNCHED" -v w="$WARMUP" -v d="$DURATION" 'BEGIN { printf "%.3f", t + w + d - 1 }')"
        CPU_AFTER=$(cpu_sample "$BENCH_PID")
        if ! wait "$BENCH_PID"; then
            echo "== $RUN: the load generator failed (its output: $OUT/$RUN-bench.txt)" >&2
        fi
        cat "$OUT/$RUN-bench.txt" >&2
        NOTE=""
        for pid in "${PIDS[@]}"; do
            kill -0 "$pid" 2>/dev/null || NOTE="a server stopped during the run (logs in $OUT)"
        done
        grep -q '^ABORTED' "$OUT/$RUN-bench.txt" && NOTE="aborted: $(sed -n 's/^ABORTED: //p' "$OUT/$RUN-bench.txt" | cut -c1-80)"
        cleanup_run
        S=$(grep '^SUMMARY ' "$OUT/$RUN-bench.txt" || echo "SUMMARY cps=failed")
        LOAD=$([ "$rate" = 0 ] && echo "$CLIENTS clients, max rate" || echo "$CLIENTS clients, $rate/s")
        TABLE+="
| $(describe "$row") | $LOAD | $(field "$S" cps) | $(field "$S" p50_ms) ms | $(field "$S" p95_ms) ms | $(field "$S" p99_ms) ms | $(field "$S" max_ms) ms | $(field "$S" failures) | $(field "$S" lag_p50_ms) ms | $(field "$S" lag_p95_ms) ms | $(field "$S" lag_p99_ms) ms | $(field "$S" lag_max_ms) ms | $(field "$S" lag_samples) | $(cpu_per_command "$CPU_BEFORE" "$CPU_AFTER" "$(field "$S" cps)" "$row") | $NOTE |"
    done
done
echo
echo "$TABLE"
echo
echo "logs and full reports: $OUT" >&2

#!/usr/bin/env bash
# Issue 23: what the hash chain and the encryption of personal data cost on the command path. The combined app (H2)
# runs the bench lifecycle mix with a concern with details in every visit (--personal-data), once with both on (the
# default) and once with both off (visit-ledger.integrity.hash-chain=false, .encrypt-personal-data=false), alternately,
# ROUNDS times each, the order swapped every round, each run on a fresh store through bench/run-matrix.sh's h2 row
# (16 clients, paced at --rate commands/s, or as fast as possible with --rate 0; the app's CPU per command answered
# read from /proc). Below the app's maximum rate the CPU per command is its own; at the maximum it also carries the
# contention of 16 clients on 2 cores, and varies more from run to run. Prints each run (with its failed commands,
# which should be 0) and the medians as a markdown table.
#
# Usage: bench/integrity-overhead.sh [--rounds N] [--rate R] [--duration S] [--warmup S] [--clients N]
# Needs app/target/visit-ledger-app.jar and bench/target/visit-ledger-bench.jar (./mvnw -B -q package -DskipTests).
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=3
RATE=40
DURATION=30
WARMUP=30
CLIENTS=16
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --rate) RATE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --clients) CLIENTS=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

LOAD=rate
[ "$RATE" = 0 ] && LOAD=max
OUT=$(mktemp -d /tmp/vl-integrity-overhead.XXXXXX)
OFF="-Dvisit-ledger.integrity.hash-chain=false -Dvisit-ledger.integrity.encrypt-personal-data=false"
echo "logs in $OUT" >&2

# One run: prints "commands/s cpu-ms-per-command" of the combined app.
run() {
    local mode=$1 round=$2 opts=""
    [ "$mode" = off ] && opts=$OFF
    JAVA_OPTS="$opts" BENCH_OPTS="--personal-data" OUT="$OUT/$mode-$round" \
        bench/run-matrix.sh --rows h2 --loads "$LOAD" --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" \
        --clients "$CLIENTS" \
        >"$OUT/$mode-$round.md" 2>"$OUT/$mode-$round.log"
    awk -F'|' '/H2, combined app/ { gsub(/ /, "", $4); failures = $9; gsub(/ /, "", failures);
        if (match($15, /app [0-9.]+/)) print $4, substr($15, RSTART + 4, RLENGTH - 4), failures }' "$OUT/$mode-$round.md"
}

declare -a ON_CPU OFF_CPU ON_RATE OFF_RATE
echo "| round | hash chain and encryption | commands/s | failures | app CPU per command |"
echo "|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then order="on off"; else order="off on"; fi
    for mode in $order; do
        read -r rate cpu failures < <(run "$mode" "$round")
        [ -n "${cpu:-}" ] || { echo "run $mode-$round gave no figures: see $OUT/$mode-$round.log" >&2; exit 1; }
        echo "| $round | $mode | $rate | $failures | $cpu ms |"
        if [ "$mode" = on ]; then ON_CPU+=("$cpu"); ON_RATE+=("$rate"); else OFF_CPU+=("$cpu"); OFF_RATE+=("$rate"); fi
    done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
on=$(median "${ON_CPU[@]}")
off=$(median "${OFF_CPU[@]}")
echo
echo "median CPU per command: on $on ms, off $off ms: $(awk -v a="$on" -v b="$off" 'BEGIN { printf "%+.1f %%", (a - b) * 100 / b }') (target under +10 %)"
echo "median commands/s: on $(median "${ON_RATE[@]}"), off $(median "${OFF_RATE[@]}")"

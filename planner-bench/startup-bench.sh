#!/usr/bin/env bash
# Start-up time to a served login page, Peer Planner against a bare application on the same stack (bare-app/: Spring
# Boot, Vaadin, Security, JPA on H2, Flyway, one view), side by side on this machine:
#
#   planner-bench/startup-bench.sh [rounds]        (default 3)
#
# Each run goes from `java ... -jar` to the first 200 answer of GET /login (curl every 50 ms) on an empty data
# directory of its own, then the JVM is stopped. The variants run interleaved, one of each per round, so a busy
# moment on the machine hurts them alike:
#   bare          java -jar bare-app.jar                        (the yardstick: no start-up cache)
#   ours          java -jar peer-planner.jar                    (no start-up cache)
#   ours-cache    java -XX:+UseSerialGC -XX:AOTCache=... -jar peer-planner/peer-planner.jar   (README "Run it")
#   ours-cache-g1 the same with the JVM's default collector (G1) instead, for comparison
#   bare-cache    the same for the bare application             (for information)
#   bare-serial   the bare application with ours' collector, no cache (for information: what the collector alone gives)
# It prints every time, the medians, the ratio ours-cache / bare (target <= 1.0) and the load average.
#
# Builds what is missing first: planner-web's package (which writes the start-up cache, see planner-web/pom.xml) and
# the bare application's (its cache is made here, from a run up to the context's refresh: it has no training-run
# hook like ours). BENCH_REBUILD=1 rebuilds both.
# BENCH_VARIANTS picks and orders the variants (default "bare ours ours-cache ours-cache-g1 bare-cache"); the variant ours-try is
# ours-cache with the extra arguments in BENCH_TRY_ARGS, to try a setting side by side, e.g.
#   BENCH_VARIANTS="bare ours-cache ours-try" BENCH_TRY_ARGS=--spring.main.lazy-initialization=true planner-bench/startup-bench.sh
# (BENCH_TRY_JVM_ARGS go before -jar, e.g. BENCH_TRY_JVM_ARGS=-XX:TieredStopAtLevel=1)
# Ports 8180 (app) and 8181 (Peer Planner's management port); BENCH_PORT moves both.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
ROUNDS=${1:-3}
PORT=${BENCH_PORT:-8180}
MANAGEMENT_PORT=$((PORT + 1))
OURS_JAR=planner-web/target/peer-planner.jar
OURS_DIR=planner-web/target/peer-planner
BARE_POM=planner-bench/bare-app/pom.xml
BARE_JAR=planner-bench/bare-app/target/bare-app.jar
BARE_DIR=planner-bench/bare-app/target/bare-app
WORK=$(mktemp -d "${TMPDIR:-/tmp}/startup-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# the JDK ./mvnw picked (it prints "mvnw: using JDK 21+ at <home>"); the cache must be used by the JDK that made it
JAVA=$(./mvnw -v 2>&1 | sed -n 's/^mvnw: using JDK.* at //p' | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
echo "JDK: $("$JAVA" -version 2>&1 | head -1)"

if [ -n "${BENCH_REBUILD:-}" ] || [ ! -f "$OURS_DIR/peer-planner.aot" ]; then
    echo "building planner-web (package, with its start-up cache) ..." >&2
    ./mvnw -q -pl planner-web -am package -DskipTests >&2
fi
if [ -n "${BENCH_REBUILD:-}" ] || [ ! -f "$BARE_JAR" ]; then
    echo "building the bare application ..." >&2
    ./mvnw -q -f "$BARE_POM" package -DskipTests >&2
    rm -rf "$BARE_DIR"
fi
if [ ! -f "$BARE_DIR/bare-app.aot" ]; then
    # the same two steps as planner-web's build: extract, then one training run up to the context's refresh
    echo "making the bare application's start-up cache ..." >&2
    "$JAVA" -Djarmode=tools -jar "$BARE_JAR" extract --force --destination "$BARE_DIR" >&2
    # from the repository root with relative paths, like the runs below: the JVM uses a cache only with the class
    # path spelled as it was at training
    BARE_DATA_DIR="$WORK/bare-training" "$JAVA" -XX:AOTCacheOutput="$BARE_DIR/bare-app.aot" \
        -Dspring.context.exit=onRefresh -jar "$BARE_DIR/bare-app.jar" > "$WORK/bare-training.log" 2>&1 \
        || { tail -20 "$WORK/bare-training.log"; exit 1; }
fi

# start_once NAME JAVA-ARGS...: prints the milliseconds from launch to the first 200 of GET /login
start_once() {
    local name=$1; shift
    local data="$WORK/data-$name" log="$WORK/$name.log"
    rm -rf "$data"; mkdir -p "$data"
    local started now code pid
    started=$(date +%s%N)
    PORT=$PORT MANAGEMENT_PORT=$MANAGEMENT_PORT PLANNER_DATA_DIR="$data" BARE_DATA_DIR="$data" \
        PLANNER_ADMIN_PASSWORD=startup-bench "$JAVA" "$@" > "$log" 2>&1 &
    pid=$!
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/login" || true)
        [ "$code" = 200 ] && break
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "$name did not start; its log:" >&2; tail -30 "$log" >&2; exit 1
        fi
        sleep 0.05
    done
    now=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    if grep -q '\[error *\]\[aot\]' "$log"; then
        echo "WARNING: $name could not use its start-up cache:" >&2; grep '\[aot\]' "$log" | head -5 >&2
    fi
    echo $(((now - started) / 1000000))
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

declare -A TIMES
read -r -a VARIANTS <<<"${BENCH_VARIANTS:-bare ours ours-cache ours-cache-g1 bare-cache}"
run_variant() {
    case "$1" in
        bare)       start_once bare -jar "$BARE_JAR" ;;
        ours)       start_once ours -jar "$OURS_JAR" ;;
        ours-cache) start_once ours-cache -XX:+UseSerialGC -XX:AOTCache="$OURS_DIR/peer-planner.aot" \
                        -jar "$OURS_DIR/peer-planner.jar" ;;
        ours-cache-g1) start_once ours-cache-g1 -XX:AOTCache="$OURS_DIR/peer-planner.aot" -jar "$OURS_DIR/peer-planner.jar" ;;
        # an experiment: ours-cache with extra arguments (BENCH_TRY_ARGS, e.g. --spring.main.lazy-initialization=true)
        # (with the run command's collector unless BENCH_TRY_JVM_ARGS picks one)
        ours-try)   local gc=-XX:+UseSerialGC; [[ "${BENCH_TRY_JVM_ARGS:-}" == *GC* ]] && gc=
                    start_once ours-try $gc ${BENCH_TRY_JVM_ARGS:-} -XX:AOTCache="$OURS_DIR/peer-planner.aot" \
                        -jar "$OURS_DIR/peer-planner.jar" ${BENCH_TRY_ARGS:-} ;;
        bare-serial) start_once bare-serial -XX:+UseSerialGC -jar "$BARE_JAR" ;;
        bare-cache) start_once bare-cache -XX:AOTCache="$BARE_DIR/bare-app.aot" -jar "$BARE_DIR/bare-app.jar" ;;
    esac
}
for round in $(seq 1 "$ROUNDS"); do
    printf 'round %s:' "$round"
    for variant in "${VARIANTS[@]}"; do
        ms=$(run_variant "$variant")
        TIMES[$variant]="${TIMES[$variant]:-} $ms"
        printf '  %s %s ms' "$variant" "$ms"
    done
    echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo "medians of $ROUNDS rounds (ms):"
for variant in "${VARIANTS[@]}"; do
    printf '  %-13s %6d   (%s)\n' "$variant" "$(median <<<"${TIMES[$variant]}")" "${TIMES[$variant]# }"
done
ratio() {   # ratio VARIANT: its median over bare's
    [ -n "${TIMES[$1]:-}" ] && [ -n "${TIMES[bare]:-}" ] || return 0
    printf 'ratio %-13s / bare: %s\n' "$1" \
        "$(awk -v a="$(median <<<"${TIMES[$1]}")" -v b="$(median <<<"${TIMES[bare]}")" 'BEGIN {printf "%.2f", a / b}')"
}
ratio ours
ratio ours-cache; echo "  (target: ours-cache / bare <= 1.00)"
ratio ours-cache-g1
ratio bare-serial
ratio ours-try
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

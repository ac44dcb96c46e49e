#!/usr/bin/env bash
# Runs one benchmark main class of planner-bench from classes, with the project's modules and their dependencies on
# the class path (docs/benchmarks.md says what each measures and which arguments it takes):
#
#   planner-bench/run.sh [-J<jvm option> ...] <benchmark> [arguments...]
#
#   benchmark: spreadsheet | calendar | gap-pipeline | knowledge-search | outcomes | feed-load | feed-server |
#              mentor-suggestions,
#              or a fully qualified class name; --build only builds and writes the class path
#   e.g.       planner-bench/run.sh -J-Xmx256m spreadsheet all 3 5
#
# Builds what it needs first (one reactor run, compile only, so the sibling modules resolve to their target/classes;
# nothing is installed to ~/.m2). Set BENCH_SKIP_BUILD=1 to reuse the last build and class path.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JVM_OPTS=()
while [ $# -gt 0 ] && [ "${1#-J}" != "$1" ]; do JVM_OPTS+=("${1#-J}"); shift; done
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
case "$1" in
    spreadsheet)      MAIN=org.peerplanner.bench.spreadsheet.SpreadsheetBenchmark ;;
    calendar)         MAIN=org.peerplanner.bench.calendar.CalendarFeedBenchmark ;;
    gap-pipeline)     MAIN=org.peerplanner.bench.gap.GapPipelineBenchmark ;;
    knowledge-search) MAIN=org.peerplanner.bench.knowledge.KnowledgeSearchBenchmark ;;
    outcomes)         MAIN=org.peerplanner.bench.outcomes.OutcomesBenchmark ;;
    feed-load)        MAIN=org.peerplanner.bench.feed.FeedLoadBenchmark ;;
    feed-server)      MAIN=org.peerplanner.bench.feed.FeedBenchServer ;;
    mentor-suggestions) MAIN=org.peerplanner.bench.mentoring.MentorSuggestionsBenchmark ;;
    --build)          MAIN= ;;
    *.*)              MAIN=$1 ;;
    *) echo "unknown benchmark: $1"; sed -n '2,13p' "$0"; exit 2 ;;
esac
shift

CP_FILE=planner-bench/target/run.classpath
if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f "$CP_FILE" ]; then
    echo "building planner-bench and the modules it uses (compile) ..." >&2
    mkdir -p planner-bench/target
    # planner-bench's pom writes its runtime class path to target/run.classpath.deps when it compiles
    ./mvnw -q -pl planner-bench -am compile >&2
    # the project's own modules as class directories (never a stale jar from ~/.m2); db first for the migrations
    MODULES=planner-bench/target/classes:db/target/classes:planner-domain/target/classes
    MODULES=$MODULES:planner-integrations/target/classes:planner-web/target/classes
    echo "$MODULES:$(tr ':' '\n' < "$CP_FILE.deps" | grep -v /org/peerplanner/ | paste -sd:)" > "$CP_FILE"
fi
[ -n "$MAIN" ] || exit 0
# the JDK ./mvnw picked (it prints "mvnw: using JDK 21+ at <home>")
JAVA=$(./mvnw -v 2>&1 | sed -n 's/^mvnw: using JDK.* at //p' | head -1)/bin/java
[ -x "$JAVA" ] || JAVA=java
# -Dvaadin.productionMode=true: the feed benchmarks start the whole app from classes, where there is no
# production-mode token (and no dev server)
exec "$JAVA" ${JVM_OPTS[@]+"${JVM_OPTS[@]}"} -Dvaadin.productionMode=true -cp "$(cat "$CP_FILE")" "$MAIN" "$@"

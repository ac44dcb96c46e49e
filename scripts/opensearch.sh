#!/usr/bin/env bash
# A single-node OpenSearch server for the knowledge base on several app instances (README, "Knowledge base search"),
# built from Maven Central by the planner-opensearch module: no Docker, no download of a distribution.
#
#   scripts/opensearch.sh start [--port 9210] [--data DIR]   start in the background, return once it answers
#   scripts/opensearch.sh wait  [--port 9210] [--timeout 180] return once it answers (exit 1 after the timeout)
#   scripts/opensearch.sh stop  [--port 9210] [--data DIR]   stop the node started with that data folder
#   scripts/opensearch.sh status [--port 9210]               print whether it answers (exit 0 when it does)
#
# Environment instead of options: OPENSEARCH_PORT, OPENSEARCH_DATA, OPENSEARCH_HEAP (default 512m).
# The node listens on 127.0.0.1 only: HTTP on PORT, its transport on PORT+1. DIR (default
# ./data/opensearch-PORT) holds the index, the node's log (node.log) and its pid (node.pid).
# The app then uses it with: SPRING_PROFILES_ACTIVE=mysql,search-opensearch PLANNER_SEARCH_URIS=http://127.0.0.1:PORT
set -euo pipefail

ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/planner-opensearch"
CLASSPATH_FILE="$MODULE/target/classes/org/peerplanner/opensearch/node.classpath"

command="${1:-}"
[ $# -gt 0 ] && shift
PORT="${OPENSEARCH_PORT:-9210}"
DATA="${OPENSEARCH_DATA:-}"
TIMEOUT=180
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    *) echo "opensearch.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
DATA="${DATA:-$ROOT/data/opensearch-$PORT}"
URL="http://127.0.0.1:$PORT"

log() { printf '[opensearch] %s\n' "$*"; }

answers() { curl -fsS -m 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; }

await() {   # await SECONDS [PID]: until the node answers, or it died, or time is up
  local deadline=$((SECONDS + $1)) pid="${2:-}"
  until answers; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      log "the node (pid $pid) ended before answering; the end of $DATA/node.log:"; tail -40 "$DATA/node.log" >&2
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then log "no answer at $URL after $1 s"; return 1; fi
    sleep 0.5
  done
}

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
      && [ "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = //p')" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  local line; line="$(MVNW_PRINT_JDK=true "$ROOT/mvnw" 2>/dev/null)" || { log "no JDK 21+ found" >&2; exit 1; }
  echo "${line#* }/bin/java"
}

built() {   # the module's classes and every jar of its class path are there
  [ -f "$CLASSPATH_FILE" ] && [ -f "$MODULE/target/classes/org/peerplanner/opensearch/OpenSearchNode.class" ] || return 1
  local jar; local IFS=:
  for jar in $(cat "$CLASSPATH_FILE"); do [ -f "$jar" ] || return 1; done
}

start() {
  if answers; then log "something already answers at $URL; not starting another node"; exit 1; fi
  if ! built; then
    log "building planner-opensearch"
    (cd "$ROOT" && ./mvnw -q -B -f planner-opensearch/pom.xml package -DskipTests)
  fi
  mkdir -p "$DATA"
  local started=$SECONDS pid
  # setsid: the node outlives this script and the terminal; stop sends SIGTERM, which closes the indices cleanly.
  setsid "$(java_bin)" -Xms"${OPENSEARCH_HEAP:-512m}" -Xmx"${OPENSEARCH_HEAP:-512m}" -XX:+UseSerialGC \
    --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
    -cp "$MODULE/target/classes:$(cat "$CLASSPATH_FILE")" org.peerplanner.opensearch.OpenSearchNode \
    --http-port "$PORT" --data "$DATA" >"$DATA/node.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$DATA/node.pid"
  await "$TIMEOUT" "$pid" || { kill "$pid" 2>/dev/null || :; exit 1; }
  log "ready at $URL (pid $pid, $((SECONDS - started)) s; data and node.log in $DATA)"
}

stop() {
  local pid
  if [ ! -f "$DATA/node.pid" ]; then log "no node.pid in $DATA: nothing to stop"; return 0; fi
  pid="$(cat "$DATA/node.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then log "pid $pid still runs after 30 s: killing it"; kill -9 "$pid" || :; fi
    log "stopped (pid $pid)"
  else
    log "pid $pid had already ended"
  fi
  rm -f "$DATA/node.pid"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  wait) await "$TIMEOUT" && log "answers at $URL" ;;
  status) if answers; then log "answers at $URL"; else log "no answer at $URL"; exit 1; fi ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

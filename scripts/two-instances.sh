#!/usr/bin/env bash
# Two Peer Planner instances on one MariaDB database behind nginx, on loopback, checked as a platform team would
# (README, "Several instances"). Prints what it verified, stops everything it started, exits non-zero on any failed
# check.
#
#   ./mvnw package -DskipTests        # or verify: this script builds nothing, it runs planner-web/target/peer-planner.jar
#   scripts/two-instances.sh
#
# It starts: a fresh database on the local MariaDB (127.0.0.1:3306, root, no password), the knowledge base's
# OpenSearch node when scripts/opensearch.sh and the jar's search-opensearch profile are there, instance 1
# (node1, seeds the demo organisation) then instance 2 (node2, finds it seeded), and nginx with
# deploy/nginx/templates/peer-planner.conf.template. Then it checks, with HTTP (curl, wrk) and headless Chromium
# (scripts/two-instances/TwoInstancesBrowser.java): both instances answer; a change through instance 1 is visible
# through instance 2 at once (a page and a calendar feed); search gives the same hits on both; a rolling restart of
# both under feed load drops no request; a sign-in through nginx stays on one instance, and kill -9 of that instance
# moves the person to the other, with what they saved; the scheduled job ran once across both.
#
# Installs nginx, wrk, chromium and chromium-driver with apt-get when missing. Environment: TWO_DB (database,
# default planner_multi_two), TWO_PORT_BASE (apps on BASE+1, BASE+2, their management ports BASE+11, BASE+12;
# default 8140), TWO_NGINX_PORT (18140), TWO_OPENSEARCH_PORT (18150), PLANNER_JAR, TWO_KEEP=true keeps the work
# folder (logs) after the run, TWO_START_TIMEOUT (600 s) how long an instance may take to be ready.
set -euo pipefail

ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${PLANNER_JAR:-$ROOT/planner-web/target/peer-planner.jar}"
DB="${TWO_DB:-planner_multi_two}"
BASE="${TWO_PORT_BASE:-8140}"
NGINX_PORT="${TWO_NGINX_PORT:-18140}"
OS_PORT="${TWO_OPENSEARCH_PORT:-18150}"
APP_PORT=([1]=$((BASE + 1)) [2]=$((BASE + 2)))
MGMT_PORT=([1]=$((BASE + 11)) [2]=$((BASE + 12)))
WORK="$(mktemp -d /tmp/two-instances.XXXXXX)"
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
declare -A PID=()
FAILED=0
STARTED=$SECONDS
OPENSEARCH=false

say() { printf '[two-instances %3ds] %s\n' $((SECONDS - STARTED)) "$*"; }
ok() { printf 'OK   %s\n' "$*" | tee -a "$WORK/verified.txt"; }
fail() { printf 'FAIL %s\n' "$*" | tee -a "$WORK/verified.txt"; FAILED=1; }
die() { fail "$*"; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
ensure() {   # ensure COMMAND PACKAGE...
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $*"
  [ -n "${APT_UPDATED:-}" ] || { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${@:2}" </dev/null >/dev/null
}

java_bin() {
  local line; line="$(MVNW_PRINT_JDK=true "$ROOT/mvnw" 2>/dev/null)" || { echo java; return; }
  echo "${line#* }/bin/java"
}

sql() { mysql -h 127.0.0.1 -P 3306 -u root --batch --skip-column-names "$@"; }

cleanup() {
  local code=$?
  [ -n "${WRK_PID:-}" ] && kill "$WRK_PID" 2>/dev/null || :
  for n in "${!PID[@]}"; do kill -9 "${PID[$n]}" 2>/dev/null || :; done
  [ -f "$WORK/nginx/nginx.pid" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || :
  if [ "$OPENSEARCH" = true ]; then "$ROOT/scripts/opensearch.sh" stop --port "$OS_PORT" --data "$WORK/opensearch" >/dev/null 2>&1 || :; fi
  sql -e "DROP DATABASE IF EXISTS \`$DB\`" 2>/dev/null || :
  echo
  echo "== verified ($(( SECONDS - STARTED )) s) =="
  cat "$WORK/verified.txt" 2>/dev/null || :
  if [ "$FAILED" -ne 0 ] || [ "$code" -ne 0 ]; then
    echo "== two-instances: FAILED; logs: $WORK (app1.log, app2.log, browser.log, wrk.txt, nginx/error.log) =="
    exit 1
  fi
  echo "== two-instances: all checks passed =="
  [ "${TWO_KEEP:-false}" = true ] && echo "logs kept in $WORK" || rm -rf "$WORK"
  exit 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- prerequisites -------------------------------------------------------------------------------------------------
[ -f "$JAR" ] || die "no $JAR: build it first with ./mvnw package -DskipTests (this script builds nothing)"
ensure nginx nginx-light
ensure wrk wrk
ensure chromium chromium
ensure chromedriver chromium-driver
JAVA="$(java_bin)"
sql -e "SELECT 1" >/dev/null || die "no MariaDB at 127.0.0.1:3306 (user root, no password)"
say "java: $JAVA; work folder: $WORK"

# Selenium's jars, as Maven resolves them (kept in scripts/two-instances/target while they are all there)
SELENIUM_CP="$ROOT/scripts/two-instances/target/selenium.classpath"
selenium_there() { [ -s "$SELENIUM_CP" ] && for jar in $(tr ':' ' ' <"$SELENIUM_CP"); do [ -f "$jar" ] || return 1; done; }
if ! selenium_there; then
  (cd "$ROOT/scripts/two-instances" && "$ROOT/mvnw" -q -B dependency:build-classpath -Dmdep.outputFile="$SELENIUM_CP" \
    >"$WORK/selenium-classpath.log" 2>&1) || die "could not resolve Selenium (see $WORK/selenium-classpath.log)"
fi

# --- database and search -------------------------------------------------------------------------------------------
sql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
say "fresh database $DB"
PROFILES="mysql,demo"
SEARCH_ENV=()
if [ -x "$ROOT/scripts/opensearch.sh" ] && unzip -l "$JAR" 2>/dev/null | grep -c "application-search-opensearch.properties" >/dev/null; then
  OPENSEARCH=true
  OPENSEARCH_DATA="$WORK/opensearch" "$ROOT/scripts/opensearch.sh" start --port "$OS_PORT" --data "$WORK/opensearch" \
    || die "OpenSearch did not start"
  PROFILES="$PROFILES,search-opensearch"
  SEARCH_ENV=("PLANNER_SEARCH_URIS=http://127.0.0.1:$OS_PORT")
else
  say "no OpenSearch (scripts/opensearch.sh or the jar's search-opensearch profile missing): each instance keeps its own embedded index"
fi

# --- instances -----------------------------------------------------------------------------------------------------
start_instance() {   # start_instance N
  local n=$1
  mkdir -p "$WORK/data$n"
  # The feed memo is off (ttl 0): with several instances a feed then reflects another instance's change at once
  # (README, "Several instances"). The help-deadlines job fires every 15 s on both, to show it runs once.
  env SPRING_PROFILES_ACTIVE="$PROFILES" "${SEARCH_ENV[@]}" \
    PLANNER_DB_HOST=127.0.0.1 PLANNER_DB_PORT=3306 PLANNER_DB_NAME="$DB" PLANNER_DB_USER=root PLANNER_DB_PASSWORD= \
    PORT="${APP_PORT[$n]}" MANAGEMENT_PORT="${MGMT_PORT[$n]}" SERVER_ADDRESS=127.0.0.1 MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
    PLANNER_INSTANCE_ROUTE="node$n" PLANNER_DATA_DIR="$WORK/data$n" PLANNER_PUBLIC_URL="$NGINX_URL" \
    PLANNER_FEED_VERSION_MEMO_TTL=0 SERVER_FORWARD_HEADERS_STRATEGY=native \
    PLANNER_HELP_DEADLINES_CRON='*/15 * * * * *' \
    LOGGING_LEVEL_ORG_PEERPLANNER_DOMAIN_HELP=DEBUG LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK=DEBUG \
    "$JAVA" -Xmx768m -XX:TieredStopAtLevel=1 -jar "$JAR" >>"$WORK/app$n.log" 2>&1 </dev/null &
  PID[$n]=$!
}

await_ready() {   # await_ready N: until the readiness probe says UP (or the instance died, or TWO_START_TIMEOUT s)
  local n=$1 deadline=$((SECONDS + ${TWO_START_TIMEOUT:-600}))
  until curl -fsS -m 5 "http://127.0.0.1:${MGMT_PORT[$n]}/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "${PID[$n]}" 2>/dev/null || { tail -30 "$WORK/app$n.log"; die "instance $n ended while starting (app$n.log)"; }
    [ $SECONDS -lt $deadline ] || die "instance $n not ready after ${TWO_START_TIMEOUT:-600} s (app$n.log)"
    sleep 1
  done
}

stop_instance() {   # stop_instance N: SIGTERM, graceful (server.shutdown=graceful), as an orchestrator stops it
  local n=$1
  kill "${PID[$n]}" 2>/dev/null || :
  for _ in $(seq 1 60); do kill -0 "${PID[$n]}" 2>/dev/null || break; sleep 0.5; done
  kill -0 "${PID[$n]}" 2>/dev/null && { kill -9 "${PID[$n]}"; fail "instance $n needed kill -9 after 30 s"; }
  wait "${PID[$n]}" 2>/dev/null || :
}

t=$SECONDS; start_instance 1; await_ready 1; say "instance 1 ready in $((SECONDS - t)) s (demo organisation seeded)"
t=$SECONDS; start_instance 2; await_ready 2; say "instance 2 ready in $((SECONDS - t)) s"

# --- nginx ---------------------------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/conf.d"
PLANNER_APP1="127.0.0.1:${APP_PORT[1]}" PLANNER_APP2="127.0.0.1:${APP_PORT[2]}" PLANNER_NGINX_PORT="127.0.0.1:$NGINX_PORT" \
  envsubst '${PLANNER_APP1} ${PLANNER_APP2} ${PLANNER_NGINX_PORT}' \
  <"$ROOT/deploy/nginx/templates/peer-planner.conf.template" >"$WORK/nginx/conf.d/peer-planner.conf"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon on;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
worker_processes 1;
events { worker_connections 1024; }
http {
    access_log $WORK/nginx/access.log;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/conf.d/*.conf;
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t >/dev/null 2>&1 || { nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t; die "nginx configuration"; }
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
say "nginx on $NGINX_URL"

# --- checks: both answer -------------------------------------------------------------------------------------------
for n in 1 2; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${APP_PORT[$n]}/login")"
  [ "$code" = 200 ] || die "instance $n answers /login with $code"
done
code="$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL/login")"
[ "$code" = 200 ] || die "nginx answers /login with $code"
ok "both instances answer (/login 200 on :${APP_PORT[1]} and :${APP_PORT[2]}, and through nginx :$NGINX_PORT)"

# --- checks in the browser: change visible at once, feed, search -------------------------------------------------
browser() {   # browser checks|kill: TwoInstancesBrowser.java in headless Chromium; its OK/FAIL lines become ours
  local status=0
  "$JAVA" -cp "$(cat "$SELENIUM_CP")" "$ROOT/scripts/two-instances/TwoInstancesBrowser.java" "$1" "$NGINX_URL" \
    "http://127.0.0.1:${APP_PORT[1]}" "http://127.0.0.1:${APP_PORT[2]}" "${PID[1]}" "${PID[2]}" "$OPENSEARCH" \
    >"$WORK/browser-$1.log" 2>&1 || status=$?
  while IFS= read -r line; do ok "$line"; done < <(sed -n 's/^OK   //p' "$WORK/browser-$1.log")
  while IFS= read -r line; do fail "$line"; done < <(sed -n 's/^FAIL //p' "$WORK/browser-$1.log")
  [ $status -eq 0 ] || { tail -20 "$WORK/browser-$1.log"; die "browser checks ($1) failed (browser-$1.log)"; }
}
say "browser checks (headless Chromium): a change through one instance seen through the other, a feed, search"
browser checks
FEED="$(sed -n 's/^FEED //p' "$WORK/browser-checks.log" | head -1)"

# --- rolling restart under feed load -------------------------------------------------------------------------------
[ -n "$FEED" ] || die "the browser check printed no feed path"
cat >"$WORK/pace.lua" <<'EOF'
-- A calendar app's poll every 20 ms per connection: enough load to cross every moment of a restart, while leaving
-- the two cores to the instances' own starts. A request counts as failed after 30 s (--timeout), about what calendar
-- apps wait; wrk runs until the restart is done (-d is only an upper bound).
function delay() return 20 end
EOF
say "rolling restart while wrk polls $FEED through nginx"
wrk -t2 -c4 -d3600s --timeout 30s --latency -s "$WORK/pace.lua" "$NGINX_URL$FEED" >"$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
sleep 3
for n in 1 2; do
  t=$SECONDS
  stop_instance "$n"
  start_instance "$n"; await_ready "$n"
  say "instance $n restarted in $((SECONDS - t)) s"
  sleep 2
done
kill -INT "$WRK_PID" 2>/dev/null || :; wait "$WRK_PID" 2>/dev/null || :; WRK_PID=
requests="$(sed -n 's/^ *\([0-9]\+\) requests in.*/\1/p' "$WORK/wrk.txt")"
non2xx="$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]\+\).*/\1/p' "$WORK/wrk.txt")"
socket="$(sed -n 's/^ *Socket errors: *\(.*\)/\1/p' "$WORK/wrk.txt")"
slowest="$(awk '/^ *Latency /{print $4; exit}' "$WORK/wrk.txt")"
if [ -n "$requests" ] && [ "$requests" -gt 0 ] && [ -z "$non2xx" ] && [ -z "$socket" ]; then
  ok "rolling restart (stop 1, start 1, ready, stop 2, start 2, ready) under feed polls through nginx: $requests requests, 0 non-2xx/3xx, 0 socket errors (slowest ${slowest:-?})"
else
  cat "$WORK/wrk.txt"
  fail "rolling restart: ${requests:-no} requests, ${non2xx:-0} non-2xx/3xx, socket errors: ${socket:-none}"
fi

# --- kill -9 while a person works ------------------------------------------------------------------------------------
say "browser: sign in through nginx, then kill -9 the instance the session sticks to"
browser kill
KILLED="$(sed -n 's/^KILLED node//p' "$WORK/browser-kill.log" | head -1)"
[ -z "$KILLED" ] || wait "${PID[$KILLED]}" 2>/dev/null || :   # reaped quietly; the next check needs no restart

# --- the scheduled job ran once ------------------------------------------------------------------------------------
# One line per run, from either instance's log, oldest first: each run must start at least 5 min (the lock's
# lockAtLeastFor) after the one before, whichever instance ran it.
grep -h 'Help deadlines ran on this instance' "$WORK"/app1.log "$WORK"/app2.log | cut -c1-23 | sort >"$WORK/runs.txt" || :
runs="$(wc -l <"$WORK/runs.txt")"
apart=true previous=
while IFS= read -r at; do
  now="$(date -u -d "${at/T/ }" +%s)"
  [ -z "$previous" ] || [ $((now - previous)) -ge 295 ] || apart=false
  previous=$now
done <"$WORK/runs.txt"
skipped1="$(grep -c "Not executing 'help-deadlines'" "$WORK/app1.log" || :)"
skipped2="$(grep -c "Not executing 'help-deadlines'" "$WORK/app2.log" || :)"
lock="$(sql "$DB" -e "SELECT CONCAT(locked_by, ' at ', locked_at, ' until ', lock_until) FROM shedlock WHERE name = 'help-deadlines'")"
if [ "$runs" -ge 1 ] && [ "$apart" = true ] && [ "$skipped1" -gt 0 ] && [ "$skipped2" -gt 0 ]; then
  ok "scheduled job help-deadlines, fired every 15 s on both instances, ran once per 5-minute lock: $runs run(s) in $((SECONDS - STARTED)) s ($(tr '\n' ' ' <"$WORK/runs.txt")), skipped as locked $skipped1 times on instance 1 and $skipped2 on 2; shedlock row: $lock"
else
  fail "scheduled job help-deadlines: $runs run(s) at $(tr '\n' ' ' <"$WORK/runs.txt") (5 min apart: $apart), skipped $skipped1 / $skipped2; shedlock: ${lock:-no row}"
fi

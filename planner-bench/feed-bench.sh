#!/usr/bin/env bash
# Calendar feeds against nginx serving the same bytes as a static file (docs/benchmarks.md, "Feeds at static-file
# speed"). Starts the app (FeedBenchServer: demo data on in-memory H2, a team feed of SESSIONS generated sessions)
# and nginx, both on 127.0.0.1 only, then runs wrk in interleaved rounds: app, nginx, app, nginx, ... for full
# responses and for conditional requests answered 304; prints requests/s and the app/nginx ratios.
#
#   planner-bench/feed-bench.sh [SESSIONS=500] [ROUNDS=3] [SECONDS=10] [CONNECTIONS=8]
#
# Ports: FEED_BENCH_APP_PORT (default 18085) and FEED_BENCH_NGINX_PORT (18086).
# FEED_BENCH_LISTENER=1 also benches the feed listener (web.calendar.FeedListener, Netty, planner.feed.port) on
# FEED_BENCH_LISTENER_PORT (18087) in the same interleaved rounds: app (Tomcat), listener, nginx.
# Besides req/s and CPU per request: wrk's latency p50/p95 per run (wall time of a request, client side).
# Needs root for apt-get when nginx or wrk is missing. Run from anywhere; it builds what it needs with ./mvnw.
set -euo pipefail

SESSIONS=${1:-500}
ROUNDS=${2:-3}
SECONDS_PER_RUN=${3:-10}
CONNECTIONS=${4:-8}
APP_PORT=${FEED_BENCH_APP_PORT:-18085}
NGINX_PORT=${FEED_BENCH_NGINX_PORT:-18086}
LISTENER=${FEED_BENCH_LISTENER:-0}
LISTENER_PORT=${FEED_BENCH_LISTENER_PORT:-18087}
[ "$LISTENER" = 1 ] || LISTENER_PORT=0
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/feed-bench.XXXXXX)

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

cleanup() {
    touch "$WORK/app/stop" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    [ -n "${APP_PID:-}" ] && { sleep 2; kill "$APP_PID" 2>/dev/null || true; }
}
trap 'cleanup; rm -rf "$WORK"' EXIT

echo "building ..."
cd "$ROOT"
planner-bench/run.sh --build
echo "starting the app on 127.0.0.1:$APP_PORT with $SESSIONS generated sessions ..."
mkdir -p "$WORK/app"
# FEED_BENCH_JVM_OPTS, e.g. "-XX:StartFlightRecording=filename=/tmp/feed.jfr,settings=profile" to profile the app
JVM_OPTS=(-J-Xmx1g)
for option in ${FEED_BENCH_JVM_OPTS:-}; do JVM_OPTS+=("-J$option"); done
BENCH_SKIP_BUILD=1 planner-bench/run.sh "${JVM_OPTS[@]}" feed-server "$APP_PORT" "$SESSIONS" "$WORK/app" 1800 "$LISTENER_PORT" \
    > "$WORK/app.log" 2>&1 &
APP_PID=$!
# a loaded machine can take minutes to start the app: FEED_BENCH_START_SECONDS (default 900)
for _ in $(seq 1 "${FEED_BENCH_START_SECONDS:-900}"); do
    [ -f "$WORK/app/ready" ] && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 1
done
[ -f "$WORK/app/ready" ] || { tail -20 "$WORK/app.log"; echo "the app did not start"; exit 1; }
grep 'team feed' "$WORK/app.log"
APP_URL=$(cat "$WORK/app/url")
APP_ETAG=$(cat "$WORK/app/etag")
if [ "$LISTENER" = 1 ]; then LISTENER_URL=$(cat "$WORK/app/listener-url"); fi

# nginx: the same bytes as a static file, with its own ETag (etag on) and 304 for If-None-Match.
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
cp "$WORK/app/team.ics" "$WORK/www/team.ics"
chmod 755 "$WORK" "$WORK/www" && chmod 644 "$WORK/www/team.ics" # nginx's workers run as another user
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx-tmp;
    proxy_temp_path $WORK/nginx-tmp;
    fastcgi_temp_path $WORK/nginx-tmp;
    uwsgi_temp_path $WORK/nginx-tmp;
    scgi_temp_path $WORK/nginx-tmp;
    types { text/calendar ics; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        etag on;
        location = /team.ics { add_header Cache-Control "private, max-age=900"; }
    }
}
CONF
"$NGINX" -c "$WORK/nginx.conf"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/team.ics"
NGINX_ETAG=$(curl -sI "$NGINX_URL" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
cmp -s <(curl -s "$APP_URL") <(curl -s "$NGINX_URL") && echo "app and nginx serve identical bytes"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $APP_ETAG" "$APP_URL")" = 304 ]
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $NGINX_ETAG" "$NGINX_URL")" = 304 ]
if [ "$LISTENER" = 1 ]; then
    cmp -s <(curl -s "$LISTENER_URL") <(curl -s "$NGINX_URL") && echo "the feed listener serves identical bytes"
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $APP_ETAG" "$LISTENER_URL")" = 304 ]
fi
# wrk prints latency percentiles (microseconds) at the end of a run
cat > "$WORK/latency.lua" <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("latency-us %d %d\n", latency:percentile(50), latency:percentile(95)))
end
LUA

# CPU time (user + system, clock ticks) of processes and all their threads, from /proc
ticks() { local t=0 pid; for pid in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
APP_JAVA=$(pgrep -f "FeedBenchServer $APP_PORT" | head -1 || true); APP_JAVA=${APP_JAVA:-$APP_PID}
NGINX_PIDS=("$(cat "$WORK/nginx.pid")" $(pgrep -P "$(cat "$WORK/nginx.pid")"))
HZ=$(getconf CLK_TCK)

# rate url pids... [-- etag] -> requests/s; $WORK/cpu: the server's CPU microseconds per request in that run.
# Throughput depends on what else the machine does; CPU time per request much less, so both are printed.
rate() {
    local url=$1 header=() pids=() out before after requests; shift
    while [ $# -gt 0 ] && [ "$1" != -- ]; do pids+=("$1"); shift; done
    [ "${1:-}" = -- ] && header=(-H "If-None-Match: $2")
    before=$(ticks "${pids[@]}")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$WORK/latency.lua" "${header[@]}" "$url")
    after=$(ticks "${pids[@]}")
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    # written to a file: rate runs in a command substitution, whose variables do not reach the caller
    echo "($after - $before) * 1000000 / $HZ / $requests" | bc -l > "$WORK/cpu"
    echo "$out" | awk '/^latency-us/ {printf "%.0f/%.0f", $2, $3}' > "$WORK/latency"
    echo "$out" | awk '/^Requests\/sec:/ {print $2}'
}
app() { rate "$APP_URL" "$APP_JAVA" ${1:+-- "$1"}; }
web() { rate "$NGINX_URL" "${NGINX_PIDS[@]}" ${1:+-- "$1"}; }
lst() { rate "$LISTENER_URL" "$APP_JAVA" ${1:+-- "$1"}; }

echo "warm-up (5 s each) ..."
SECONDS_SAVED=$SECONDS_PER_RUN; SECONDS_PER_RUN=5
app >/dev/null; app "$APP_ETAG" >/dev/null; web >/dev/null
if [ "$LISTENER" = 1 ]; then lst >/dev/null; lst "$APP_ETAG" >/dev/null; fi
SECONDS_PER_RUN=$SECONDS_SAVED

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-6s %-5s %-9s %10s %12s %7s %11s %11s %7s %16s %16s\n' round kind server "req/s" "nginx req/s" ratio \
    "CPU us/req" "nginx CPU" "ratio" "p50/p95 us" "nginx p50/p95"
line() { # round kind server rate cpu latency nginx-rate nginx-cpu nginx-latency
    printf '%-6s %-5s %-9s %10s %12s %7.2f %11.1f %11.1f %7.2f %16s %16s\n' "$1" "$2" "$3" "$4" "$7" \
        "$(echo "$4 / $7" | bc -l)" "$5" "$8" "$(echo "$5 / $8" | bc -l)" "$6" "$9"
}
for round in $(seq 1 "$ROUNDS"); do
    for kind in full 304; do
        if [ "$kind" = full ]; then etag=; nginx_etag=; else etag=$APP_ETAG; nginx_etag=$NGINX_ETAG; fi
        a=$(app $etag); ac=$(cat "$WORK/cpu"); al=$(cat "$WORK/latency")
        if [ "$LISTENER" = 1 ]; then l=$(lst $etag); lc=$(cat "$WORK/cpu"); ll=$(cat "$WORK/latency"); fi
        n=$(web $nginx_etag); nc=$(cat "$WORK/cpu"); nl=$(cat "$WORK/latency")
        line "$round" "$kind" tomcat "$a" "$ac" "$al" "$n" "$nc" "$nl"
        if [ "$LISTENER" = 1 ]; then line "$round" "$kind" listener "$l" "$lc" "$ll" "$n" "$nc" "$nl"; fi
    done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); targets: full >= 0.50, 304 >= 0.70 (req/s ratios)"

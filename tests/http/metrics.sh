#!/usr/bin/env bash
# Metrics: each program answers GET /metrics on its metrics socket (mode 0600) in
# Prometheus's text format; the counters move by exactly the requests made, by route
# pattern and status; the latency histogram is consistent; the worker's page cache counts
# its hits; a killed worker is counted when the supervisor replaces it.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

I=$PORTAL_INSTANCE_DIR
sock=$I/run/public-metrics.sock
port=$(( ${PORTAL_URL##*:} + 21 ))
direct="http://127.0.0.1:$port"
conf=$I/etc/conf.d/metrics-direct.conf
nginx_reload() { /usr/sbin/nginx -p "$I/nginx" -c "$I/etc/nginx.conf" -s reload 2>/dev/null; }
cleanup() { rm -f "$conf"; nginx_reload; rm -rf "$T_TMP"; }
trap cleanup EXIT

scrape() { curl -sS --max-time 5 --unix-socket "${2:-$sock}" http://localhost/metrics >"$T_TMP/$1"; }
# value FILE SERIES: the sample's value, 0 when the series is absent
value() { awk -v s="$2" '$1 == s { v = $2 } END { print v + 0 }' "$T_TMP/$1"; }

ok "the public program's metrics socket exists" test -S "$sock"
is "$(stat -c %a "$sock")" 600 "with mode 0600 (the program's user and root only)"
is "$(stat -c %a "$I/run/staff-metrics.sock")" 600 "the staff program's too"
scrape staff "$I/run/staff-metrics.sock"
ok "the staff program answers on it" grep -q '^minhbach_workers [0-9]' "$T_TMP/staff"
is "$(curl -s -o /dev/null -w '%{http_code}' --unix-socket "$sock" http://localhost/other)" 404 "another path is 404"
is "$(curl -s -o /dev/null -w '%{http_code}' --unix-socket "$sock" -d x http://localhost/metrics)" 405 "a POST is 405"

# a server of the test instance's nginx straight to the public program, without nginx's
# page cache: every request reaches a worker
cat >"$conf" <<CONF
server {
    listen 127.0.0.1:$port;
    location / {
        include $PORTAL_ROOT/conf/nginx/fastcgi.conf;
        fastcgi_pass unix:$I/run/public.sock;
    }
}
CONF
nginx_reload
for _ in $(seq 1 50); do curl -s -o /dev/null "$direct/robots.txt" && break; sleep 0.1; done

# --- requests by route and status -------------------------------------------------------
scrape before
for i in 1 2 3 4 5 6 7; do curl -s -o /dev/null "$direct/zones/van-don"; done
for i in 1 2 3; do curl -s -o /dev/null "$direct/projects/999999?n=$i"; done
curl -s -o /dev/null "$direct/no/such/page"
curl -s -o /dev/null "$direct/projects?status=nonsense"
scrape after
delta() { echo $(( $(value after "$1") - $(value before "$1") )); }
is "$(delta 'minhbach_requests_total{route="/zones/{}",status="200"}')" 7 "7 zone pages counted under their route and 200"
is "$(delta 'minhbach_requests_total{route="/projects/{}",status="404"}')" 3 "3 unknown projects under their route and 404"
is "$(delta 'minhbach_requests_total{route="none",status="404"}')" 1 "a path no route matches under none and 404"
is "$(delta 'minhbach_requests_total{route="/projects",status="400"}')" 1 "a bad parameter under its route and 400"
ok "no series carries a raw URL" bash -c "! grep -q 'van-don\\|999999\\|no/such\\|nonsense' '$T_TMP/after'"
is "$(delta 'minhbach_request_duration_seconds_count')" 12 "the latency histogram counts the 12 requests"

# --- the histogram is consistent ---------------------------------------------------------
inf=$(value after 'minhbach_request_duration_seconds_bucket{le="+Inf"}')
is "$inf" "$(value after minhbach_request_duration_seconds_count)" "its +Inf bucket is its count ($inf)"
ok "its buckets never decrease" awk '/^minhbach_request_duration_seconds_bucket/ { if ($2 < last) bad = 1; last = $2 }
	END { exit bad }' "$T_TMP/after"
sum=$(value after minhbach_request_duration_seconds_sum)
ok "its sum is positive ($sum s)" awk -v s="$sum" 'BEGIN { exit !(s > 0) }'

# --- the page cache ----------------------------------------------------------------------
hits=$(delta 'minhbach_cache_hits_total{cache="page"}')
misses=$(delta 'minhbach_cache_misses_total{cache="page"}')
# every request with a route looked into the cache: the same zone page 7 times (each worker
# misses it once at most), 3 unknown projects and the bad parameter under URLs of their own
is "$((hits + misses))" 11 "the page cache was asked 11 times ($hits hits, $misses misses)"
ok "and found the zone page each worker had rendered before" test "$hits" -ge "$((7 - $(value after minhbach_workers)))"
ok "the site's facts are counted too" test "$(( $(delta 'minhbach_cache_hits_total{cache="site"}') + $(delta 'minhbach_cache_misses_total{cache="site"}') ))" -gt 0

# --- the database gauges -----------------------------------------------------------------
is "$(grep -c '^minhbach_db_server{worker="[0-9]*"} 0$' "$T_TMP/after")" "$(value after minhbach_workers)" \
	"every worker uses database server 0"
is "$(grep -c '^minhbach_db_lag_seconds{worker="[0-9]*"} 0$' "$T_TMP/after")" "$(value after minhbach_workers)" \
	"with no lag"

# --- a worker restart -------------------------------------------------------------------
sup=$("$PORTAL_ROOT/portal" workers-pid test public)
n=$(pgrep -P "$sup" | wc -l)
kill -KILL "$(pgrep -P "$sup" | head -1)"
for _ in $(seq 1 50); do
	scrape restarted
	[ "$(value restarted 'minhbach_worker_restarts_total{reason="signal"}')" -gt "$(value after 'minhbach_worker_restarts_total{reason="signal"}')" ] && break
	sleep 0.1
done
is "$(( $(value restarted 'minhbach_worker_restarts_total{reason="signal"}') - $(value after 'minhbach_worker_restarts_total{reason="signal"}') ))" 1 \
	"a killed worker is counted once when it is replaced"
for _ in $(seq 1 50); do [ "$(pgrep -P "$sup" | wc -l)" = "$n" ] && break; sleep 0.1; done
curl -s -o /dev/null "$direct/zones"
scrape later
ok "the counters survive the restart" test "$(value later 'minhbach_requests_total{route="/zones/{}",status="200"}')" -ge \
	"$(value after 'minhbach_requests_total{route="/zones/{}",status="200"}')"

# --- the text format -----------------------------------------------------------------------
name='[a-zA-Z_:][a-zA-Z0-9_:]*'
label='[a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\["\\n])*"'
sample="^$name(\\{$label(,$label)*\\})? (-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|NaN|[-+]Inf)$"
for f in after later staff; do
	bad=$(grep -Ev "^# (HELP|TYPE) $name .+\$" "$T_TMP/$f" | grep -Ev "$sample" | head -3)
	is "$bad" "" "every line of $f is a comment or a sample in Prometheus's text format"
	ok "… no series twice" test -z "$(grep -v '^#' "$T_TMP/$f" | cut -d' ' -f1 | sort | uniq -d)"
	ok "… each family typed before its samples" awk '/^# TYPE/ { t[$3] = 1; next } /^#/ { next }
		{ n = $1; sub(/\{.*/, "", n); b = n; sub(/_(bucket|sum|count)$/, "", b); if (!(n in t) && !(b in t)) exit 1 }' "$T_TMP/$f"
done

done_testing

# Helpers of the load and fault tests (tests/http/load*.sh): the URL mix, the wrk script,
# an nginx server of the test instance with every cache bypassed, and the access log's
# verdict per time window. Source it after tap.sh.

command -v wrk >/dev/null || { echo "1..0 # SKIP wrk is not installed"; exit 0; }
LOAD_SECONDS=${LOAD_SECONDS:-30}	# the load lasts at least this long
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-256}
LOAD_PORT=$(( ${PORTAL_URL##*:} + 1 ))	# the bypass server (PORTAL_TEST_PORT + 1)
LOAD_URL="http://127.0.0.1:$LOAD_PORT"
LOAD_LOG=$PORTAL_INSTANCE_DIR/log/nginx-load.log
LOAD_CONF=$PORTAL_INSTANCE_DIR/etc/conf.d/load.conf

nginx_reload() {
	/usr/sbin/nginx -p "$PORTAL_INSTANCE_DIR/nginx" -c "$PORTAL_INSTANCE_DIR/etc/nginx.conf" \
		-e "$PORTAL_INSTANCE_DIR/log/nginx-error.log" -s reload
	sleep 1	# the old workers finish; the new ones listen
}

# load_server_start: a server on LOAD_PORT that passes every request to the public program
# with every cache bypassed (no nginx cache, MINHBACH_CACHE_BYPASS for the workers' own),
# logging each answer as "time status upstream-status seconds" to LOAD_LOG; the 503 page
# and body limits as the deployed locations have them.
load_server_start() {
	cat >"$LOAD_CONF" <<CONF
# written by tests/lib/load.sh: the portal with every cache bypassed, for the load tests
log_format minhbach_load '\$msec \$status \$upstream_status \$request_time';
server {
    listen 127.0.0.1:$LOAD_PORT;
    server_name load;
    access_log $LOAD_LOG minhbach_load;
    error_page 500 502 504 =503 /minhbach-unavailable.html;
    location = /minhbach-unavailable.html {
        internal;
        alias $PORTAL_ROOT/htdocs/errors/unavailable.html;
        add_header Retry-After 5 always;
    }
    location / {
        client_max_body_size 16k;
        include $PORTAL_ROOT/conf/nginx/fastcgi.conf;
        fastcgi_param MINHBACH_CACHE_BYPASS 1;
        fastcgi_pass unix:$PORTAL_INSTANCE_DIR/run/public.sock;
    }
}
CONF
	: >"$LOAD_LOG"
	chmod 666 "$LOAD_LOG"
	nginx_reload
}

load_server_stop() {
	rm -f "$LOAD_CONF"
	nginx_reload
}

# load_urls FILE: about 300 distinct public URLs from the demo data, both languages: pages,
# zones, projects, registry filters and sorts, downloads, the API and feeds.
load_urls() {
	local s
	{
		for s in / /en/ /zones /en/zones /zones?kind=kcn /zones?kind=kkt /zones?min_ha=50 \
			/zones?status=operating /changes /en/changes /targets /en/targets /indices \
			/en/indices /finder /en/finder '/finder?min_ha=50&kind=kcn' /data /en/data /api \
			/projects /en/projects '/projects?q=van+don' '/projects?q=nhat' \
			'/projects?min_capital=10&max_capital=500' '/projects?authority=central' \
			/projects.csv '/projects.csv?status=revoked' '/projects.json?zone=van-don' \
			'/projects.xml?status=operating' /zones.csv /zones.xml /finder.csv /changes.csv \
			/targets.csv /indices.csv /api/v1/zones /api/v1/projects '/api/v1/projects?limit=10' \
			/api/v1/targets /api/v1/indices /api/v1/changes /feeds/changes.atom /sitemap.xml; do
			echo "$s"
		done
		for s in name name_desc capital capital_desc date date_desc; do
			echo "/projects?sort=$s"
		done
		for s in approved construction operating delayed suspended revoked expired; do
			echo "/projects?status=$s"
			echo "/en/projects?status=$s&sort=date_desc"
		done
		for s in pci par sipas papi; do
			echo "/indices/$s"
			echo "/en/indices/$s"
		done
		root_sql "SELECT CONCAT('/projects?country=', LOWER(country)) FROM investors GROUP BY country"
		root_sql "SELECT CONCAT('/projects?sector=', sector) FROM projects GROUP BY sector"
		root_sql "SELECT CONCAT('/zones?board=', slug) FROM boards"
		root_sql "SELECT slug FROM zones ORDER BY id" | while read -r s; do
			printf '/zones/%s\n/en/zones/%s\n/zones/%s/changes\n/projects?zone=%s\n/feeds/zones/%s.atom\n' \
				"$s" "$s" "$s" "$s" "$s"
		done
		root_sql "SELECT id FROM projects ORDER BY id LIMIT 60" | sed 's|^|/projects/|'
		root_sql "SELECT id FROM projects ORDER BY id DESC LIMIT 40" | sed 's|^|/en/projects/|'
		root_sql "SELECT CONCAT('/projects/', id, '/changes') FROM projects ORDER BY id LIMIT 30 OFFSET 60"
		root_sql "SELECT CONCAT('/api/v1/projects/', id) FROM projects ORDER BY id LIMIT 20 OFFSET 100"
	} | awk '!seen[$0]++' >"$1"
}

# load_wrk SECONDS CONNECTIONS URLS OUT: wrk against the bypass server sending the URLs of
# the file URLS in turn, in the background (its pid in LOAD_WRK); a request may wait up to
# 30 s (wrk's own default is 2 s).
load_wrk() {
	WRK_URLS=$3 wrk -t2 -c"$2" -d"$1s" --timeout 30s --latency -s "$PORTAL_ROOT/tests/lib/urls.lua" \
		"$LOAD_URL/" >"$4" 2>&1 &
	LOAD_WRK=$!
}

# wrk_socket_errors OUT: connect + read + write + timeout errors wrk counted
wrk_socket_errors() {
	awk '/Socket errors:/ { gsub(/,/, ""); n = $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}

# log_count FROM TO AWK-CONDITION: answers in LOAD_LOG between two times (seconds since
# the epoch, fractions allowed) whose fields match the condition ($2 status, $3 upstream
# status, $4 request time)
log_count() {
	awk -v a="$1" -v b="$2" "\$1 >= a && \$1 < b && ($3) { n++ } END { print n + 0 }" "$LOAD_LOG"
}

now() { date +%s.%N; }

# public_workers: the public program's worker pids, sorted
public_workers() { pgrep -P "$("$PORTAL_ROOT/portal" workers-pid test public)" | sort -n | tr '\n' ' '; }

# until_200 SECONDS URL: polls until URL answers 200; prints the seconds it took, or fails
until_200() {
	local t0 t
	t0=$(now)
	while :; do
		[ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$2")" = 200 ] && break
		t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { print b - a }')
		awk -v t="$t" -v m="$1" 'BEGIN { exit !(t > m) }' && { echo "$t"; return 1; }
		sleep 0.1
	done
	awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f\n", b - a }'
}

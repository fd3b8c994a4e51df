#!/usr/bin/env bash
# bench.sh — the benchmark that `./portal bench [demo|large]` runs against its own instance
# (var/bench/): wrk over loopback against the portal and, in the same run, against two
# references served by the same nginx: the same bytes as a static file, and a minimal
# FastCGI program (bench/fcgi_ref.c) that answers those bytes; and the PHP peer (bench/peer/:
# PHP-FPM + PDO, the same views and statements), measured alternately with the portal with
# every cache bypassed, the yardstick of the uncached pages.
#
#   bench.sh conf   write the instance's extra nginx servers (before nginx starts)
#   bench.sh run    measure and print the tables, also into var/bench/log/bench/report-DATA.md
#
# Ports (the instance's nginx):
#   BENCH_PORT        the portal as deployed: nginx's page cache, then the workers
#   BENCH_REF_PORT    the references, and the portal with every cache bypassed (nginx's
#                     and the workers' own: MINHBACH_CACHE_BYPASS, a FastCGI parameter
#                     only the web server's configuration can set)
#   BENCH_REF_PORT+1  the portal without nginx's cache (the workers' cache only)
#   BENCH_REF_PORT, /peer/projects and /peer/projects/<id>: the PHP peer
#
# Environment (set by ./portal): BENCH_ROOT BENCH_BUILD BENCH_I BENCH_PORT BENCH_REF_PORT
# BENCH_DATA BENCH_DB_SOCKET BENCH_DB_NAME BENCH_WORKERS. Tunables: BENCH_SECONDS (5, per
# throughput case), BENCH_CONNECTIONS (64), BENCH_LAT_SECONDS (2, per page type at one
# connection), BENCH_MEM_REQUESTS (100000), BENCH_MEM_SECONDS (240, cap of that phase),
# BENCH_PEER_ROUNDS (3 alternating rounds of BENCH_SECONDS per side and page).
set -euo pipefail

: "${BENCH_ROOT:?run through ./portal bench}"
I=$BENCH_I
REF=$BENCH_REF_PORT
WC=$((BENCH_REF_PORT + 1))
SECS=${BENCH_SECONDS:-5}
CONNS=${BENCH_CONNECTIONS:-64}
LAT_SECS=${BENCH_LAT_SECONDS:-2}
MEM_REQUESTS=${BENCH_MEM_REQUESTS:-100000}
MEM_SECONDS=${BENCH_MEM_SECONDS:-240}
PEER_ROUNDS=${BENCH_PEER_ROUNDS:-3}
OUT=$I/log/bench
FASTCGI_CONF=$BENCH_ROOT/conf/nginx/fastcgi.conf

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
sql() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$BENCH_DB_SOCKET" -uroot -N -B "$BENCH_DB_NAME" -e "$1"; }

write_conf() {
	mkdir -p "$I/etc/conf.d" "$I/www" "$OUT"
	chmod 755 "$I/www"
	cat >"$I/etc/conf.d/bench.conf" <<CONF
# written by bench/bench.sh: the bench's references and bypasses (instance $I)
# each request's time as nginx saw it, from the first byte it read to the last it wrote
# (peer.sh: the p99 of the peer's rounds without the load generator's own waits)
log_format bench_time '\$request_time \$request_uri';
server {
    listen 127.0.0.1:$REF;
    server_name bench-ref;
    root $I/www;
    charset utf-8;
    access_log $OUT/access-ref.log bench_time;
    # reference 1: the same bytes as a static file
    location = /static.html { }
    # reference 2: a minimal FastCGI program answering the same bytes
    location = /fcgi-ref {
        include $FASTCGI_CONF;
        fastcgi_pass unix:$I/run/bench-ref.sock;
    }
    # the PHP peer (bench/peer/): one front script for its two pages
    location ^~ /peer/ {
        include $FASTCGI_CONF;
        fastcgi_param SCRIPT_FILENAME $BENCH_ROOT/bench/peer/index.php;
        fastcgi_pass unix:$I/run/peer.sock;
    }
    # one worker under callgrind (callgrind_pages): /callgrind/PATH is PATH to it, bypassed
    location ~ ^/callgrind(/.*)\$ {
        fastcgi_param REQUEST_METHOD \$request_method;
        fastcgi_param REQUEST_URI \$1;
        fastcgi_param QUERY_STRING "";
        fastcgi_param REMOTE_ADDR \$remote_addr;
        fastcgi_param MINHBACH_CACHE_BYPASS 1;
        fastcgi_read_timeout 300s;
        fastcgi_pass unix:$I/run/callgrind.sock;
    }
    # the portal with every cache bypassed: no nginx cache, and the workers told so; its
    # FastCGI settings as deployed (conf/nginx/minhbach-locations.conf.in)
    location / {
        include $FASTCGI_CONF;
        fastcgi_param MINHBACH_CACHE_BYPASS 1;
        fastcgi_pass unix:$I/run/public.sock;
        fastcgi_buffer_size 16k;
        fastcgi_busy_buffers_size 16k;
        fastcgi_keep_conn on;
    }
}
server {
    listen 127.0.0.1:$WC;
    server_name bench-worker-cache;
    # the portal without nginx's cache: only the workers' own (FastCGI settings as deployed)
    location / {
        include $FASTCGI_CONF;
        fastcgi_pass unix:$I/run/public.sock;
        fastcgi_buffer_size 16k;
        fastcgi_busy_buffers_size 16k;
        fastcgi_keep_conn on;
    }
}
CONF
}

# ms VALUE: a wrk latency (12.3us, 4.5ms, 1.2s, 3m) in milliseconds
ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
		if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
		printf "%.2f", n }'
}

# wrk_case NAME URL [CONNECTIONS SECONDS [LUA]]: runs wrk (WRK_THREADS threads, 2 unless
# set), keeps its output in $OUT/NAME.txt and the CPU each program took meanwhile in
# $OUT/NAME.cpu (bench/cpu.sh), and sets RPS, P50, P99 (ms), REQS and ERRS; with WRK_HIST
# set (and no LUA), wrk writes every latency it recorded there (bench/latency.lua)
wrk_case() {
	local name=$1 url=$2 c=${3:-$CONNS} d=${4:-$SECS} lua=${5:-} t=${WRK_THREADS:-2} f
	f=$OUT/$name.txt
	[ "$c" -lt 2 ] && t=1
	[ -z "$lua" ] && [ -n "${WRK_HIST:-}" ] && lua=$BENCH_ROOT/bench/latency.lua
	cpu_mark "$OUT/cpu.before"
	if [ -n "$lua" ]; then
		wrk -t"$t" -c"$c" -d"${d}s" --latency -s "$lua" "$url" >"$f" 2>&1
	else
		wrk -t"$t" -c"$c" -d"${d}s" --latency "$url" >"$f" 2>&1
	fi
	cpu_mark "$OUT/cpu.after"
	RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$f")
	P50=$(ms "$(awk '$1 == "50%" { print $2 }' "$f")")
	P99=$(ms "$(awk '$1 == "99%" { print $2 }' "$f")")
	REQS=$(awk '/requests in/ { print $1 }' "$f")
	ERRS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' "$f")
	cpu_diff "$OUT/cpu.before" "$OUT/cpu.after" "$REQS" >"$OUT/$name.cpu"
}

# drain [PATH]: waits (at most 120 s) until the workers (the portal's, or the peer's for
# /peer/…) answer at once again: slow requests that wrk left queued in the FastCGI
# socket's backlog would otherwise weigh on the next case
drain() {
	local t0=$SECONDS path=${1:-/zones/-drain-}
	while [ $((SECONDS - t0)) -lt 120 ]; do
		[ "$(curl -s -o /dev/null -m 60 -w '%{time_total}' "http://127.0.0.1:$REF$path")" \< 0.2 ] && return 0
	done
}

# hist_p99 FILE...: the p99 in ms of every request of the histograms bench/latency.lua
# wrote (lines "microseconds count"), added up (ranked as wrk ranks its own percentiles)
hist_p99() {
	cat "$@" | sort -n | awk '{ v[NR] = $1; c[NR] = $2; n += $2 }
		END { r = int(0.99 * n + 0.5); for (i = 1; i <= NR; i++) { s += c[i]; if (s >= r) { printf "%.2f", v[i] / 1000; exit } } }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# the public workers: children of the supervisor
workers() { pgrep -P "$(cat "$I/run/public.pid")" | sort -n; }
# mem_line LABEL: the workers' VmRSS (MB), the largest VmRSS, VmHWM, private (anonymous)
# RSS and PSS (shared library pages divided among the processes that map them)
mem_line() {
	local rss=0 hwm=0 anon=0 pss=0 w r h a s list=""
	for w in $(workers); do
		r=$(awk '/^VmRSS:/ { print $2 }' "/proc/$w/status" 2>/dev/null || echo 0)
		h=$(awk '/^VmHWM:/ { print $2 }' "/proc/$w/status" 2>/dev/null || echo 0)
		a=$(awk '/^RssAnon:/ { print $2 }' "/proc/$w/status" 2>/dev/null || echo 0)
		s=$(awk '/^Pss:/ { print $2 }' "/proc/$w/smaps_rollup" 2>/dev/null || echo 0)
		list="$list $(awk -v k="$r" 'BEGIN { printf "%.1f", k / 1024 }')"
		[ "$r" -gt "$rss" ] && rss=$r
		[ "$h" -gt "$hwm" ] && hwm=$h
		[ "$a" -gt "$anon" ] && anon=$a
		[ "$s" -gt "$pss" ] && pss=$s
	done
	printf '| %s | %s | %.1f | %.1f | %.1f | %.1f |\n' "$1" "$list" \
		"$(awk -v k=$rss 'BEGIN { print k / 1024 }')" "$(awk -v k=$hwm 'BEGIN { print k / 1024 }')" \
		"$(awk -v k=$anon 'BEGIN { print k / 1024 }')" "$(awk -v k=$pss 'BEGIN { print k / 1024 }')"
}

# callgrind_pages PATH...: the instructions and the calls to the allocator
# (callgrind_allocs) a request of one public worker under callgrind costs for each PATH,
# every cache bypassed: callgrind dumps its counts each time the worker comes back to accept
# (one file a request, the wait for the next aside); the mean of CALLGRIND_REQUESTS (10)
# requests after 3 warm-ups. One table row each: figures free of the machine's noise,
# beside the workers' CPU a request measured under load (CG_WORKER_MS[PATH], from run).
callgrind_pages() {
	local n=${CALLGRIND_REQUESTS:-10} pid worker p k0 want f total allocs
	sed -e "s|^listen = .*|listen = $I/run/callgrind.sock|" -e "s|^workers = .*|workers = 1|" \
		"$I/etc/minhbach-public.conf" >"$I/etc/callgrind.conf"
	chmod 600 "$I/etc/callgrind.conf"
	rm -f "$I/run/callgrind.sock" "$OUT"/callgrind.out.*
	valgrind --tool=callgrind --dump-before=FCGX_Accept_r --callgrind-out-file="$OUT/callgrind.out.%p" \
		"$BENCH_BUILD/cgi-bin/public/minhbach-public" -c "$I/etc/callgrind.conf" \
		</dev/null >>"$I/log/callgrind.log" 2>&1 &
	pid=$!
	echo "$pid" >"$I/run/callgrind.pid"
	# the worker's first dump: it has started and waits in accept
	for _ in $(seq 1200); do
		worker=$(pgrep -P "$pid" | head -1 || true)
		[ -n "$worker" ] && [ -n "$(find "$OUT" -name "callgrind.out.$worker.*")" ] && break
		sleep 0.1
	done
	for p in "$@"; do
		[ -n "$worker" ] || { say "callgrind: no worker (see $I/log/callgrind.log)"; break; }
		k0=$(find "$OUT" -name "callgrind.out.$worker.*" | wc -l)
		for _ in $(seq $((3 + n))); do curl -fsS -o /dev/null -m 300 "http://127.0.0.1:$REF/callgrind$p" || true; done
		want=$((k0 + 3 + n))
		for _ in $(seq 100); do
			[ "$(find "$OUT" -name "callgrind.out.$worker.*" | wc -l)" -ge "$want" ] && break
			sleep 0.1
		done
		total=0 allocs=0
		for k in $(seq $((k0 + 4)) "$want"); do
			f=$OUT/callgrind.out.$worker.$k
			total=$((total + $(awk '/^(summary|totals):/ { print $2; exit }' "$f" 2>/dev/null || echo 0)))
			allocs=$((allocs + $(callgrind_allocs "$f" 2>/dev/null || echo 0)))
		done
		printf '| `%s` | %s | %s | %s | %s |\n' "$p" "$(awk -v t="$total" -v n="$n" 'BEGIN { printf "%.2f", t / n / 1e6 }')" \
			"$(awk -v t="$allocs" -v n="$n" 'BEGIN { printf "%.0f", t / n }')" "${CG_WORKER_MS[$p]:--}" "$n"
	done
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null || true
	rm -f "$I/run/callgrind.pid"
}

# shellcheck source=bench/peer/peer.sh
. "$BENCH_ROOT/bench/peer/peer.sh"
# shellcheck source=bench/cpu.sh
. "$BENCH_ROOT/bench/cpu.sh"

# first_id, zone etc. from the data set, for the page-type table
pick_urls() {
	ZONE=$(sql "SELECT z.slug FROM zones z JOIN projects p ON p.zone_id = z.id GROUP BY z.id ORDER BY COUNT(*) DESC LIMIT 1")
	PROJECT=$(sql "SELECT project_id FROM project_status_events GROUP BY project_id ORDER BY COUNT(*) DESC, project_id LIMIT 1")
	NPROJ=$(sql "SELECT COUNT(*) FROM projects")
	# a deep page of the registry: the page that starts at the middle row, in name order
	local mid=$(( NPROJ / 2 ))
	DEEP_AFTER=$(sql "SELECT CONCAT(name, '~', id) FROM projects ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, id LIMIT 1 OFFSET $mid")
	DEEP_AFTER_ENC=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$DEEP_AFTER")
	DEEP_PAGE=$(( mid / 50 + 1 ))
	LAST_AFTER=$(sql "SELECT CONCAT(name, '~', id) FROM projects ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci DESC, id DESC LIMIT 1 OFFSET 10")
	LAST_AFTER_ENC=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$LAST_AFTER")
	CAP_AFTER=$(sql "SELECT CONCAT(registered_usd, '~', id) FROM projects ORDER BY registered_usd, id LIMIT 1 OFFSET $mid")
	CAP_AFTER_ENC=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$CAP_AFTER")
	CHANGE_BEFORE=$(sql "SELECT id FROM change_log ORDER BY id LIMIT 1 OFFSET $(( $(sql "SELECT COUNT(*) FROM change_log") / 2 ))")
	SEARCH='/projects?q=van+don'
}

run() {
	mkdir -p "$OUT"
	rm -f "$OUT"/*.txt "$OUT"/*.cpu "$OUT"/*.hist "$OUT"/*.times
	: >"$OUT/access-ref.log"	# open in nginx, appended to
	local base="http://127.0.0.1:$BENCH_PORT" ref="http://127.0.0.1:$REF" wc="http://127.0.0.1:$WC" w
	local page=/projects
	pick_urls
	# the bytes of the page, for the two references
	curl -fsS -o "$I/www/static.html" "$ref$page" || { say "cannot fetch $page"; exit 1; }
	chmod 644 "$I/www/static.html"
	"$BENCH_BUILD/bench/minhbach-bench-fcgi" -s "$I/run/bench-ref.sock" -f "$I/www/static.html" \
		-w "$BENCH_WORKERS" </dev/null >>"$I/log/bench-ref.log" 2>&1 &
	echo $! >"$I/run/bench-ref.pid"
	for _ in $(seq 50); do [ -S "$I/run/bench-ref.sock" ] && break; sleep 0.1; done
	cmp -s <(curl -fsS "$ref/fcgi-ref") "$I/www/static.html" || { say "the references differ"; exit 1; }
	peer_start
	cmp -s <(curl -fsS "$base$page") "$I/www/static.html" || say "note: the cached page differs from the reference bytes"
	local bytes
	bytes=$(stat -c %s "$I/www/static.html")
	# warm up: MariaDB's buffer pool, the templates' first use, the file cache
	for u in "$ref$page" "$ref$SEARCH" "$ref/" "$base$page"; do
		wrk -t1 -c4 -d1s "$u" >/dev/null 2>&1 || true
	done

	say "throughput: ${SECS}s per case, $CONNS connections, $BENCH_WORKERS public workers, page $page ($bytes bytes)"
	local -A rps p50 p99 errs
	local names=(static fcgi_ref cached worker_cached uncached search)
	local -A label=(
		[static]="reference: static file (same bytes)"
		[fcgi_ref]="reference: minimal FastCGI program (same bytes)"
		[cached]="$page, cached (as deployed)"
		[worker_cached]="$page, workers' cache only (no nginx cache)"
		[uncached]="$page, every cache bypassed"
		[search]="search $SEARCH, every cache bypassed"
	)
	local -A url=(
		[static]="$ref/static.html" [fcgi_ref]="$ref/fcgi-ref" [cached]="$base$page"
		[worker_cached]="$wc$page" [uncached]="$ref$page" [search]="$ref$SEARCH"
	)
	for n in "${names[@]}"; do
		wrk_case "$n" "${url[$n]}"
		drain
		rps[$n]=$RPS p50[$n]=$P50 p99[$n]=$P99 errs[$n]=$ERRS
		say "  $n: $RPS req/s, p50 $P50 ms, p99 $P99 ms"
	done

	peer_measure "$ref" "$PROJECT"

	echo
	echo "### Throughput and latency at $CONNS connections (data: $BENCH_DATA, $NPROJ projects; $(nproc) cores; wrk ${SECS}s each)"
	echo
	echo "| case | req/s | × static | × FastCGI ref | p50 ms | × static | × FastCGI ref | p99 ms | × static | × FastCGI ref | non-2xx |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	for n in "${names[@]}"; do
		printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${label[$n]}" \
			"${rps[$n]}" "$(ratio "${rps[$n]}" "${rps[static]}")" "$(ratio "${rps[$n]}" "${rps[fcgi_ref]}")" \
			"${p50[$n]}" "$(ratio "${p50[$n]}" "${p50[static]}")" "$(ratio "${p50[$n]}" "${p50[fcgi_ref]}")" \
			"${p99[$n]}" "$(ratio "${p99[$n]}" "${p99[static]}")" "$(ratio "${p99[$n]}" "${p99[fcgi_ref]}")" \
			"${errs[$n]}"
	done

	peer_table "$PROJECT"

	cpu_table_head
	for n in "${names[@]}"; do
		case $n in static|cached) w=- ;; fcgi_ref) w=bench-ref ;; *) w=public ;; esac
		cpu_row "${label[$n]}" "${rps[$n]}" "$w" "$OUT/$n.cpu"
	done
	peer_cpu_rows "$PROJECT"

	local -A CG_WORKER_MS=([/projects]=$(cpu_per_request public "$OUT/uncached.cpu")
		["/projects/$PROJECT"]=$(cpu_per_request public "$OUT"/peer-project-c-*.cpu))
	echo
	echo "### Instructions a request of one public worker (callgrind, every cache bypassed)"
	echo
	echo "Allocations: calls to malloc, calloc and realloc. Workers' CPU: ms a request of the public workers under load, from the CPU table (\`/projects\`: the throughput case; \`/projects/$PROJECT\`: the PHP peer's C rounds)."
	echo
	echo "| page | million instructions a request | allocations a request | workers' CPU ms a request | requests counted |"
	echo "|---|---:|---:|---:|---:|"
	callgrind_pages /projects "/projects/$PROJECT" | tee "$OUT/callgrind.txt"

	echo
	echo "### Every page type with every cache bypassed, one connection (server time; wrk ${LAT_SECS}s each)"
	echo
	echo "| page | req/s | p50 ms | p99 ms | non-2xx |"
	echo "|---|---:|---:|---:|---:|"
	local pages=(
		"/" "/en/" "/zones" "/zones/$ZONE" "/zones/$ZONE/changes"
		"/projects" "/projects?page=$DEEP_PAGE&after=$DEEP_AFTER_ENC"
		"/projects?sort=name_desc&page=2&after=$LAST_AFTER_ENC"
		"/projects?sort=capital&page=$DEEP_PAGE&after=$CAP_AFTER_ENC"
		"/projects?status=revoked" "/projects?zone=$ZONE&status=operating"
		"/projects?q=van+don" "/projects?q=nhat" "/projects?q=auenwald"
		"/projects?country=jp&sort=capital_desc"
		"/projects/$PROJECT" "/projects/$PROJECT/changes"
		"/changes" "/changes?before=$CHANGE_BEFORE" "/targets" "/indices" "/indices/pci"
		"/finder" "/finder?min_ha=50&kind=kcn"
	)
	local i=0
	for p in "${pages[@]}"; do
		i=$((i + 1))
		wrk_case "page$i" "$ref$p" 1 "$LAT_SECS"
		drain
		printf '| `%s` | %s | %s | %s | %s |\n' "$(cut -c1-70 <<<"$p")" "$RPS" "$P50" "$P99" "$ERRS"
	done

	echo
	echo "### Workers' memory (MB): ${MEM_REQUESTS} requests over many URLs (workers' cache on)"
	echo
	echo "| when | VmRSS of each worker | largest VmRSS | largest VmHWM | largest RssAnon | largest PSS |"
	echo "|---|---|---:|---:|---:|---:|"
	mem_line "after the cases above"
	# every page type, the registry's filters and many project pages, in turn
	local urls=$OUT/urls.txt lua=$BENCH_ROOT/tests/lib/urls.lua total=0 t0=$SECONDS chunk=0
	{
		printf '%s\n' "${pages[@]}"
		sql "SELECT CONCAT('/projects/', id) FROM projects ORDER BY id LIMIT 300"
		sql "SELECT CONCAT('/en/projects/', id, '/changes') FROM projects ORDER BY id DESC LIMIT 100"
		sql "SELECT CONCAT('/zones/', slug) FROM zones"
		for s in approved construction operating delayed suspended revoked expired; do
			echo "/projects?status=$s"; echo "/en/projects?status=$s&sort=date_desc"
		done
	} >"$urls"
	export WRK_URLS=$urls
	while [ "$total" -lt "$MEM_REQUESTS" ] && [ $((SECONDS - t0)) -lt "$MEM_SECONDS" ]; do
		wrk_case "mem$chunk" "$wc/" 16 10 "$lua"
		total=$((total + REQS))
		chunk=$((chunk + 1))
		mem_line "after $total requests"
	done
	echo
	echo "Mixed load of $(wc -l <"$urls") URLs: $total requests in $((SECONDS - t0)) s;" \
		"the workers answered $(cat "$OUT"/worker_cached.txt "$OUT"/uncached.txt "$OUT"/search.txt \
		"$OUT"/page*.txt "$OUT"/mem*.txt | awk '/requests in/ { n += $1 } END { print n + 0 }')" \
		"requests in this run (warm-ups aside)."

	echo
	echo "### Summary"
	echo
	printf -- '- `%s` every cache bypassed: %s× the minimal FastCGI program, %s× the static file\n' "$page" \
		"$(ratio "${rps[uncached]}" "${rps[fcgi_ref]}")" "$(ratio "${rps[uncached]}" "${rps[static]}")"
	peer_summary "$PROJECT"
	awk -F' [|] ' '{ gsub(/^[|] | [|]$/, ""); printf "- one worker under callgrind, %s every cache bypassed: %s M instructions a request\n", $1, $2 }' \
		"$OUT/callgrind.txt"
	awk -F' [|] ' '{ gsub(/^[|] | [|]$/, ""); printf "- %s every cache bypassed: %s allocations a request (callgrind), %s ms of the workers'"'"' CPU a request under load\n", $1, $3, $4 }' \
		"$OUT/callgrind.txt"
	peer_cpu_summary "$PROJECT"
}

# report: run's tables, headed by the date, the commit, the cores and the load average at the
# start and the end, on stdout and in $OUT/report-DATA.md (./portal bench-docs puts that
# file into docs/performance.md: bench/docs.sh)
report() {
	local f=$OUT/report-$BENCH_DATA.md t0=$SECONDS commit
	mkdir -p "$OUT"
	commit=$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
	[ -z "$(git -C "$BENCH_ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] \
		|| commit="$commit with uncommitted changes"
	{
		printf '`./portal bench %s`, %s; commit %s; %s cores; load average %s (1, 5, 15 minutes) at the start.\n' \
			"$BENCH_DATA" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$commit" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
		run
		echo
		printf 'Load average at the end: %s; the run took %s s.\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$((SECONDS - t0))"
	} | tee "$f.part"
	mv "$f.part" "$f"
	say "report: $f (./portal bench-docs $BENCH_DATA puts it into docs/performance.md)"
}

case ${1:-} in
conf) write_conf ;;
run) report ;;
*) echo "usage: bench.sh conf|run (through ./portal bench)" >&2; exit 2 ;;
esac

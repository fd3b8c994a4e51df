# peer.sh — the PHP peer's part of bench/bench.sh (sourced by it; uses its say, wrk_case,
# drain and ratio): start php-fpm for the instance, check that the peer's pages are the C
# program's within ±5 % of bytes, and measure both, alternately, with every cache bypassed.
#
# php-fpm runs under var/bench/ (its configuration, pid file, socket and log are the
# instance's own); ./portal stops it with the rest (bench_stop). Its 4 workers (pm = static,
# BENCH_WORKERS) match the portal's.

PEER_FPM=/usr/sbin/php-fpm8.2
# PDO's own default: prepared statements emulated in the client (one round trip a
# statement); BENCH_PEER_SERVER_PREPARES=1 prepares each on the server, as the C program does
# once per worker (PDO then prepares and closes it on every request)
PEER_SERVER_PREPARES=${BENCH_PEER_SERVER_PREPARES:-0}
PEER_PREPARES="PDO's emulated prepares (its default)"
[ "$PEER_SERVER_PREPARES" = 1 ] && PEER_PREPARES="server-side prepares (BENCH_PEER_SERVER_PREPARES=1)"

# peer_start: the statements and labels from the C program's sources, the pool, php-fpm
peer_start() {
	local user_lines="" secrets=$I/etc/secrets
	[ -x "$PEER_FPM" ] || { say "no $PEER_FPM: ./portal bench installs php-fpm and php-mysql"; exit 1; }
	mkdir -p "$I/peer"
	chmod 755 "$I/peer"
	python3 "$BENCH_ROOT/bench/peer/generate.py" "$BENCH_ROOT" "$I/peer" || { say "peer: generate.py failed"; exit 1; }
	chmod 644 "$I/peer"/*.php
	# shellcheck disable=SC1090
	. "$secrets"
	# as root, the workers run as nginx's do
	[ "$(id -u)" = 0 ] && user_lines=$'user = nobody\ngroup = nogroup'
	(umask 077; cat >"$I/etc/peer-fpm.conf" <<CONF
; written by bench/peer/peer.sh: the PHP peer's php-fpm (instance $I)
[global]
error_log = $I/log/peer-fpm.log
daemonize = no
[peer]
$user_lines
listen = $I/run/peer.sock
listen.mode = 0666
pm = static
pm.max_children = $BENCH_WORKERS
pm.max_requests = 0
catch_workers_output = yes
clear_env = yes
; Debian's php.ini otherwise (opcache on, as installed)
env[PEER_GENERATED] = $I/peer
env[PEER_DB_SOCKET] = $BENCH_DB_SOCKET
env[PEER_DB_NAME] = $BENCH_DB_NAME
env[PEER_DB_USER] = minhbach_public
env[PEER_DB_PASSWORD] = $PUBLIC_PW
env[PEER_SERVER_PREPARES] = $PEER_SERVER_PREPARES
CONF
	)
	rm -f "$I/run/peer.sock"
	"$PEER_FPM" -F -y "$I/etc/peer-fpm.conf" </dev/null >>"$I/log/peer-fpm.log" 2>&1 &
	echo $! >"$I/run/peer-fpm.pid"
	for _ in $(seq 50); do [ -S "$I/run/peer.sock" ] && break; sleep 0.1; done
	[ -S "$I/run/peer.sock" ] || { say "php-fpm did not start: see $I/log/peer-fpm.log"; exit 1; }
}

# peer_parity C_URL PEER_URL: both pages' bytes; the bench stops when they differ by more
# than 5 % (the peer would not be doing the same work)
peer_parity() {
	local c p
	c=$(curl -fsS "$1" | wc -c) || { say "cannot fetch $1"; exit 1; }
	p=$(curl -fsS "$2" | wc -c) || { say "peer: cannot fetch $2 (see $I/log/peer-fpm.log)"; exit 1; }
	say "  parity: $1 $c bytes, peer $p bytes"
	if ! awk -v c="$c" -v p="$p" 'BEGIN { d = (p - c) / c; exit !(d <= 0.05 && d >= -0.05) }'; then
		say "FAILED: the PHP peer's page differs from the C program's by more than 5 % ($p against $c bytes)"
		exit 1
	fi
	PARITY="$PARITY| \`$(sed "s|http://127.0.0.1:$REF||" <<<"$1")\` | $c | $p | $(ratio "$p" "$c") |"$'\n'
}

# peer_run PAGE_LABEL C_URL PEER_URL KEY: PEER_ROUNDS rounds, C then PHP, wrk -t1; sets
# the means of req/s, the p99 of all the rounds' requests and the largest p99 of a round of
# each side in PEER[KEY_c_rps] and so on
peer_run() {
	local label=$1 c_url=$2 p_url=$3 key=$4 r side url logged
	local -A sum=([c]=0 [php]=0) worst=([c]=0 [php]=0) errs=([c]=0 [php]=0) each=([c]="" [php]="")
	for r in $(seq "$PEER_ROUNDS"); do
		for side in c php; do
			url=$c_url
			[ "$side" = php ] && url=$p_url
			logged=$(wc -l <"$OUT/access-ref.log")
			WRK_THREADS=1 WRK_HIST=$OUT/peer-$key-$side-$r.hist wrk_case "peer-$key-$side-$r" "$url"
			if [ "$side" = php ]; then drain /peer/-drain-; else drain; fi
			# nginx's time for each of the round's requests, as latency.lua writes wrk's
			tail -n +"$((logged + 1))" "$OUT/access-ref.log" | awk -v u="${url#http://*/}" \
				'$2 == "/" u { print $1 * 1000000, 1 }' >>"$OUT/peer-$key-$side.times"
			sum[$side]=$((sum[$side] + RPS))
			errs[$side]=$((errs[$side] + ERRS))
			each[$side]="${each[$side]} $RPS"
			worst[$side]=$(awk -v a="${worst[$side]}" -v b="$P99" 'BEGIN { print (b > a) ? b : a }')
			say "  $label $side round $r: $RPS req/s, p99 $P99 ms"
		done
	done
	for side in c php; do
		PEER[${key}_${side}_rps]=$((sum[$side] / PEER_ROUNDS))
		PEER[${key}_${side}_each]=${each[$side]# }
		PEER[${key}_${side}_p99]=$(hist_p99 "$OUT"/peer-$key-$side-*.hist)
		PEER[${key}_${side}_nginx]=$(hist_p99 "$OUT/peer-$key-$side.times")
		PEER[${key}_${side}_nginx]=${PEER[${key}_${side}_nginx]:--}
		PEER[${key}_${side}_worst]=${worst[$side]}
		PEER[${key}_${side}_errs]=${errs[$side]}
	done
}

# peer_measure C_BASE PROJECT: parity, then the rounds of both pages
peer_measure() {
	PARITY=""
	declare -gA PEER=()
	peer_parity "$1/projects" "$1/peer/projects"
	peer_parity "$1/projects/$2" "$1/peer/projects/$2"
	# warm up: the peer's workers, their persistent connections and opcache
	wrk -t1 -c8 -d1s "$1/peer/projects" >/dev/null 2>&1 || true
	wrk -t1 -c8 -d1s "$1/peer/projects/$2" >/dev/null 2>&1 || true
	say "the PHP peer: $PEER_ROUNDS alternating rounds of ${SECS}s per side, wrk -t1 -c$CONNS, every cache bypassed"
	# the machine's own pauses meanwhile (bench/pauses.c), stopped with the rounds
	"$BENCH_BUILD/bench/minhbach-bench-pauses" 3600 >"$OUT/peer-pauses.txt" 2>&1 &
	local watcher=$!
	echo "$watcher" >"$I/run/bench-pauses.pid"
	peer_run /projects "$1/projects" "$1/peer/projects" projects
	peer_run "/projects/$2" "$1/projects/$2" "$1/peer/projects/$2" project
	kill -TERM "$watcher" 2>/dev/null || true
	wait "$watcher" 2>/dev/null || true
	rm -f "$I/run/bench-pauses.pid"
	PEER_PAUSES=$(awk '$1 == "cpu" { n += $7; late += $11; if ($9 > w) w = $9; if ($3 != "fifo") nf = 1; c++ }
		END { printf "%d wakes more than 10 ms late, the latest %.1f ms late, %.0f ms in all (%d cores%s)",
			n, w, late, c, nf ? "; not at real-time priority, which this account may not ask for" : "" }' \
		"$OUT/peer-pauses.txt")
	say "  the machine's pauses during the rounds: $PEER_PAUSES"
}

# peer_table PROJECT: the peer's rows and the ratios, from peer_measure
peer_table() {
	local k label
	echo
	echo "### The PHP peer (bench/peer/: PHP-FPM 8.2 + PDO, 4 workers, the same account, statements and HTML), every cache bypassed"
	echo
	echo "$PEER_ROUNDS alternating rounds of ${SECS}s per side, wrk -t1 -c$CONNS; req/s the mean of the rounds (each round in brackets); p99 that of all the rounds' requests (wrk's latencies added up, bench/latency.lua), the largest of a single round in brackets; in nginx, the p99 of the same rounds' requests from the first byte nginx read to the last it wrote (\`\$request_time\`, 1 ms steps), without the time wrk, on the same cores, took to send and to read; the peer with $PEER_PREPARES."
	echo
	echo "| page | C req/s | PHP req/s | C/PHP req/s | C p99 ms (worst round) | PHP p99 ms (worst round) | C/PHP p99 | p99 ms in nginx, C / PHP | non-2xx C / PHP |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
	for k in projects project; do
		label=/projects
		[ "$k" = project ] && label="/projects/$1"
		printf '| `%s` | %s (%s) | %s (%s) | **%s** | %s (%s) | %s (%s) | %s | %s / %s | %s / %s |\n' "$label" \
			"${PEER[${k}_c_rps]}" "${PEER[${k}_c_each]}" "${PEER[${k}_php_rps]}" "${PEER[${k}_php_each]}" \
			"$(ratio "${PEER[${k}_c_rps]}" "${PEER[${k}_php_rps]}")" "${PEER[${k}_c_p99]}" "${PEER[${k}_c_worst]}" \
			"${PEER[${k}_php_p99]}" "${PEER[${k}_php_worst]}" \
			"$(ratio "${PEER[${k}_c_p99]}" "${PEER[${k}_php_p99]}")" "${PEER[${k}_c_nginx]}" "${PEER[${k}_php_nginx]}" \
			"${PEER[${k}_c_errs]}" "${PEER[${k}_php_errs]}"
	done
	echo
	echo "The machine's own pauses during these rounds (\`bench/pauses.c\`: on each core a process at real-time priority asks to wake every millisecond; what holds it up is the kernel or the hypervisor, not the other processes): $PEER_PAUSES."
	echo
	echo "HTML parity (checked before measuring; the bench stops beyond ±5 %):"
	echo
	echo "| page | C bytes | PHP bytes | PHP/C |"
	echo "|---|---:|---:|---:|"
	printf '%s' "$PARITY"
}

# peer_summary PROJECT: the ratio lines of the bench's summary
peer_summary() {
	local k label
	for k in projects project; do
		label=/projects
		[ "$k" = project ] && label="/projects/$1"
		printf -- '- C/PHP peer, `%s` uncached: %s× the pages per second (%s against %s req/s); p99 of all the rounds %s ms against %s ms (worst round %s against %s; in nginx %s against %s)\n' \
			"$label" "$(ratio "${PEER[${k}_c_rps]}" "${PEER[${k}_php_rps]}")" "${PEER[${k}_c_rps]}" \
			"${PEER[${k}_php_rps]}" "${PEER[${k}_c_p99]}" "${PEER[${k}_php_p99]}" "${PEER[${k}_c_worst]}" \
			"${PEER[${k}_php_worst]}" "${PEER[${k}_c_nginx]}" "${PEER[${k}_php_nginx]}"
	done
}

# peer_cpu_rows PROJECT: the CPU table's rows (bench/cpu.sh) of both sides of each page,
# the rounds added
peer_cpu_rows() {
	local k label
	for k in projects project; do
		label=/projects
		[ "$k" = project ] && label="/projects/$1"
		cpu_row "\`$label\` C, the peer's rounds" "${PEER[${k}_c_rps]}" public "$OUT"/peer-$k-c-*.cpu
		cpu_row "\`$label\` PHP peer" "${PEER[${k}_php_rps]}" peer-fpm "$OUT"/peer-$k-php-*.cpu
	done
}

# peer_cpu_summary PROJECT: the summary's lines of where each side's CPU goes
peer_cpu_summary() {
	local k label side prog f
	local -A ms
	for k in projects project; do
		label=/projects
		[ "$k" = project ] && label="/projects/$1"
		for side in c php; do
			prog=public
			[ "$side" = php ] && prog=peer-fpm
			for f in "$prog" mariadb nginx; do
				ms[$side$f]=$(cpu_per_request "$f" "$OUT"/peer-$k-$side-*.cpu)
			done
		done
		printf -- '- CPU a request, `%s` uncached: C workers %s ms, MariaDB %s ms, nginx %s ms; PHP peer php-fpm %s ms, MariaDB %s ms, nginx %s ms\n' \
			"$label" "${ms[cpublic]}" "${ms[cmariadb]}" "${ms[cnginx]}" "${ms[phppeer-fpm]}" "${ms[phpmariadb]}" "${ms[phpnginx]}"
	done
}

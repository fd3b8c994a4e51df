#!/usr/bin/env bash
# Load and faults, part 2: 256 connections on ~300 public URLs with every cache bypassed,
# while MariaDB is stopped and started again, then killed and started again with the grants
# applied over and over while the workers reconnect (as `./portal up` does). Pages answer
# 503 with Retry-After only while MariaDB is away, 200 within 5 s after it is back, no worker
# restarts, and the workers' log says so in a few lines, not one per request.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/load.sh"

I=$PORTAL_INSTANCE_DIR
LOG=$I/log/public.log
CTL=("$PORTAL_BUILD/tools/minhbachctl" -c "$I/etc/minhbachctl.conf")
cleanup() {
	[ -z "${LOAD_WRK:-}" ] || kill "$LOAD_WRK" 2>/dev/null || true
	"$PORTAL_ROOT/portal" db-start test >/dev/null 2>&1 || true
	load_server_stop >/dev/null 2>&1 || true
	rm -rf "$T_TMP"
}
trap cleanup EXIT

nworkers=$(public_workers | wc -w)
WINDOWS=""	# "from to" pairs in which a 503 is expected

# outage NAME STOP-COMMAND [AFTER-START-COMMAND]: MariaDB taken away under load, checked,
# started again, checked again while AFTER-START-COMMAND runs (if given) as the workers
# reconnect. NAME: one word, it goes into URLs.
outage() {
	local name=$1 stop=$2 during=${3:-} t0 t1 lines0 took during_pid=""
	lines0=$(wc -l <"$LOG")
	t0=$(now)
	eval "$stop"
	sleep 1
	fetch_load "/zones?outage=$name"
	is "$STATUS" 503 "$name: pages answer 503 while MariaDB is away"
	header_has '^retry-after: [0-9]+' "$name: with Retry-After"
	body_has 'Tạm thời không phục vụ được' "$name: in the user's language (Vietnamese)"
	fetch_load "/en/zones?outage=$name"
	body_has 'Temporarily unavailable' "$name: in the user's language (English)"
	sleep 2
	"$PORTAL_ROOT/portal" db-start test >/dev/null 2>&1
	t1=$(now)
	[ -z "$during" ] || { eval "$during" >"$T_TMP/during" 2>&1 & during_pid=$!; }
	took=$(until_200 5 "$LOAD_URL/zones?back=$name") || took=""
	ok "$name: 200 again within 5 s of MariaDB's start (${took:-more than 5} s)" test -n "$took"
	# every worker has reconnected: ask as many times again as there are workers, twice
	sleep 1
	[ -z "$during_pid" ] || wait "$during_pid"
	for n in $(seq 1 $((nworkers * 2))); do
		curl -s -o /dev/null -w '%{http_code}\n' "$LOAD_URL/zones?each=$name$n"
	done >"$T_TMP/codes"
	is "$(sort -u "$T_TMP/codes")" 200 "$name: every worker serves again"
	WINDOWS="$WINDOWS $t0 $(awk -v t="$t1" 'BEGIN { printf "%.3f", t + 5 }')"
	OUT_LINES=$(( $(wc -l <"$LOG") - lines0 ))
	ok "$name: the workers' log has $OUT_LINES lines for the outage (at most 4 a worker)" \
		test "$OUT_LINES" -le $((nworkers * 4))
}
fetch_load() { local save=$PORTAL_URL; PORTAL_URL=$LOAD_URL; fetch "$@"; PORTAL_URL=$save; }

# grant_loop: the grants applied again and again for 3 s, as `./portal up` does each time
grant_loop() {
	local t=$SECONDS n=0
	while [ $((SECONDS - t)) -lt 3 ]; do
		"${CTL[@]}" grant >/dev/null || { echo "grant failed"; return 1; }
		n=$((n + 1))
	done
	echo "$n"
}

load_server_start
load_urls "$T_TMP/urls"
workers_before=$(public_workers)
t_start=$(now)
load_wrk 600 "$LOAD_CONNECTIONS" "$T_TMP/urls" "$T_TMP/wrk.txt"
sleep 3

outage restart '"$PORTAL_ROOT/portal" db-stop test >/dev/null 2>&1'
restart_lines=$OUT_LINES
sleep 3
outage kill-and-grant 'kill -KILL "$(cat "$I/run/mariadb.pid")"; sleep 0.5' grant_loop
kill_lines=$OUT_LINES
grants=$(cat "$T_TMP/during")
ok "the grants were applied $grants times while the workers reconnected" test "$grants" -ge 1 2>/dev/null
ok "no worker was refused a right meanwhile" bash -c "! tail -n $kill_lines '$LOG' | grep -q 'denied\|1142'"

while awk -v a="$t_start" -v b="$(now)" -v s="$LOAD_SECONDS" 'BEGIN { exit !(b - a < s) }'; do sleep 1; done
sleep 2
kill -INT "$LOAD_WRK"
wait "$LOAD_WRK" || true
LOAD_WRK=
sleep 1

# shellcheck disable=SC2086
set -- $WINDOWS
in_windows="(\$1 >= $1 && \$1 < $2) || (\$1 >= $3 && \$1 < $4)"
total=$(log_count "$t_start" 9e9 1)
ok "the load ran ($total answers)" test "$total" -gt 1000
is "$(wrk_socket_errors "$T_TMP/wrk.txt")" 0 "no socket errors"
is "$(log_count "$t_start" 9e9 '$2 == 502')" 0 "no 502"
is "$(log_count "$t_start" 9e9 '$2 >= 500 && $2 != 503')" 0 "no 5xx other than 503"
is "$(log_count "$t_start" 9e9 "\$2 == 503 && !($in_windows)")" 0 \
	"no 503 outside the outages and the 5 s after each"
is "$(public_workers)" "$workers_before" "the same worker processes (none restarted)"
is "$(grep -c 'ERROR: AddressSanitizer\|runtime error:' "$LOG")" 0 "no sanitizer report"

diag "load: $(grep -E 'requests in|Latency|50%|99%' "$T_TMP/wrk.txt" | tr -s ' ' | tr '\n' ';')"
diag "answers: $(awk -v a="$t_start" '$1 >= a { print $2 }' "$LOAD_LOG" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
diag "503 in the outages: $(log_count "$t_start" 9e9 "\$2 == 503 && ($in_windows)");" \
	"log lines: $restart_lines (restart), $kill_lines (kill and grant)"
done_testing

#!/usr/bin/env bash
# Load and faults, part 1: 256 connections on ~300 public URLs with every cache bypassed for
# at least 30 s, and meanwhile a public worker killed, MariaDB stopped with SIGSTOP for 5 s,
# the page cache and the request-body folder unable to store anything, and a slow client
# holding 200 connections. No 502, no 5xx but the killed worker's request, no socket error.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/load.sh"

I=$PORTAL_INSTANCE_DIR
MOUNTED=()
cleanup() {
	local d
	# lazily when nginx still holds a file there: a mount left behind fills the body folder
	# of every later run (uploads then fail with 413 and 503)
	for d in "${MOUNTED[@]}"; do umount "$d" 2>/dev/null || umount -l "$d" 2>/dev/null || true; done
	chmod 0755 "$I/nginx/cache" "$I/nginx/body" 2>/dev/null || true
	[ -z "${MB_STOPPED:-}" ] || kill -CONT "$MB_STOPPED" 2>/dev/null || true
	[ -z "${LOAD_WRK:-}" ] || kill "$LOAD_WRK" 2>/dev/null || true
	load_server_stop >/dev/null 2>&1 || true
	rm -rf "$T_TMP"
}
trap cleanup EXIT

# unwritable DIR: DIR can store nothing for nginx's workers: a full 64 KB tmpfs mounted on
# it where this user may mount (root), else no write permission
unwritable() {
	if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k,mode=0755 tmpfs "$1" 2>/dev/null; then
		MOUNTED+=("$1")
		chown nobody:nogroup "$1"
		dd if=/dev/zero of="$1/fill" bs=4k count=64 2>/dev/null || true
		FULL_HOW="full (tmpfs, $(df --output=avail -k "$1" | tail -1 | tr -d ' ') kB free)"
	else
		chmod 0500 "$1"
		FULL_HOW="without write permission"
	fi
}
writable_again() {
	if [ "${MOUNTED[*]: -1}" = "$1" ]; then umount "$1" 2>/dev/null || umount -l "$1"; unset 'MOUNTED[-1]'
	else chmod 0755 "$1"; fi
}

load_server_start
load_urls "$T_TMP/urls"
diag "$(wc -l <"$T_TMP/urls") distinct URLs"
workers_before=$(public_workers)
t_start=$(now)
load_wrk 600 "$LOAD_CONNECTIONS" "$T_TMP/urls" "$T_TMP/wrk.txt"
sleep 2

# a slow client on the cached server, through every fault below
python3 "$top_srcdir/tests/lib/slowloris.py" 127.0.0.1 "${PORTAL_URL##*:}" 200 20 >"$T_TMP/slow" 2>&1 &
slow_pid=$!
sleep 1

# 1. a public worker killed
sup=$("$PORTAL_ROOT/portal" workers-pid test public)
victim=$(pgrep -P "$sup" | head -1)
kill -KILL "$victim"
for _ in $(seq 1 50); do
	[ "$(pgrep -P "$sup" | wc -l)" = "$(wc -w <<<"$workers_before")" ] \
		&& ! pgrep -P "$sup" | grep -qx "$victim" && break
	sleep 0.1
done
ok "a worker killed under load is replaced" bash -c "! pgrep -P $sup | grep -qx $victim && \
	[ \$(pgrep -P $sup | wc -l) = $(wc -w <<<"$workers_before") ]"
sleep 3

# 2. MariaDB stopped for 5 s
MB_STOPPED=$(cat "$I/run/mariadb.pid")
t_stop=$(now)
kill -STOP "$MB_STOPPED"
sleep 5
kill -CONT "$MB_STOPPED"
MB_STOPPED=
t_cont=$(now)
took=$(until_200 5 "$LOAD_URL/zones?after-sigstop") || true
ok "pages answer again after MariaDB is resumed (${took:-?} s)" test -n "$took"
sleep 2

# 3. the page cache cannot store a page: it is still served, each time
unwritable "$I/nginx/cache"
for n in 1 2 3; do
	fetch "/zones?full-cache=$$"
	echo "$STATUS $(grep -c '</html>' "$BODY")"
done >"$T_TMP/cached"
writable_again "$I/nginx/cache"
is "$(sort -u "$T_TMP/cached")" "200 1" "pages are served whole while the cache is $FULL_HOW"

# 4. the request-body folder cannot store an upload: a clear 503, not a 500
unwritable "$I/nginx/body"
head -c 100000 /dev/zero | tr '\0' a >"$T_TMP/upload"
fetch /staff/login -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
	--data-binary "@$T_TMP/upload"
writable_again "$I/nginx/body"
is "$STATUS" 503 "an upload while the body folder is $FULL_HOW answers 503"
header_has '^retry-after: [0-9]+' "with Retry-After"
body_has 'Tạm thời không phục vụ được' "and a page that says so in Vietnamese"
body_has 'Temporarily unavailable' "and in English"

# the slow client is still there; the site answers others meanwhile
fetch /zones
is "$STATUS" 200 "the cached site answers while 200 slow connections are held"
wait "$slow_pid"
ok "the slow client held its connections ($(cat "$T_TMP/slow") of 200 open at its end)" \
	test "$(cat "$T_TMP/slow")" -ge 150

# at least LOAD_SECONDS of load in all
while awk -v a="$t_start" -v b="$(now)" -v s="$LOAD_SECONDS" 'BEGIN { exit !(b - a < s) }'; do sleep 1; done
kill -INT "$LOAD_WRK"
wait "$LOAD_WRK" || true
LOAD_WRK=
t_end=$(now)
sleep 1

total=$(log_count "$t_start" 9e9 1)
ok "the load ran ($total answers)" test "$total" -gt 1000
is "$(wrk_socket_errors "$T_TMP/wrk.txt")" 0 "no socket errors"
is "$(log_count "$t_start" 9e9 '$2 == 502')" 0 "no 502"
is "$(log_count "$t_start" 9e9 '$2 >= 500 && $2 != 503')" 0 "no 5xx other than 503"
n503=$(log_count "$t_start" 9e9 '$2 == 503')
ok "at most the killed worker's request failed ($n503 answers 503)" test "$n503" -le 1
maxt=$(awk -v a="$t_stop" -v b="$t_cont" '$1 >= a && $1 < b + 5 && $4 > m { m = $4 } END { print m + 0 }' "$LOAD_LOG")
ok "no request around MariaDB's stop waited longer than the read timeout (longest $maxt s)" \
	awk -v m="$maxt" 'BEGIN { exit !(m < 10) }'
is "$(public_workers | wc -w)" "$(wc -w <<<"$workers_before")" "as many workers as before"
is "$(grep -c 'ERROR: AddressSanitizer\|runtime error:' "$I/log/public.log")" 0 "no sanitizer report"

diag "load: $(grep -E 'requests in|Latency|50%|99%' "$T_TMP/wrk.txt" | tr -s ' ' | tr '\n' ';')"
diag "answers: $(awk -v a="$t_start" '$1 >= a { print $2 }' "$LOAD_LOG" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
done_testing

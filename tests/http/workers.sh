#!/usr/bin/env bash
# The supervisor restarts a worker that dies; a worker finishes its request on SIGTERM.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

sup=$("$PORTAL_ROOT/portal" workers-pid test public)
before=$(pgrep -P "$sup" | wc -l)
ok "the public program runs its workers ($before)" test "$before" -ge 1
victim=$(pgrep -P "$sup" | head -1)
kill -KILL "$victim"
n=0
while [ $n -lt 50 ]; do
	after=$(pgrep -P "$sup" | wc -l)
	[ "$after" = "$before" ] && ! pgrep -P "$sup" | grep -qx "$victim" && break
	sleep 0.1
	n=$((n + 1))
done
is "$after" "$before" "a killed worker is replaced"
ok "by a new process" bash -c "! pgrep -P $sup | grep -qx $victim"
fetch /zones
is "$STATUS" 200 "and pages are served"

# a flood of requests while a worker is told to stop: none fails
victim=$(pgrep -P "$sup" | head -1)
codes=$T_TMP/codes
for i in $(seq 1 40); do
	curl -s -o /dev/null -w '%{http_code}\n' "$PORTAL_URL/zones?i=$i" >>"$codes" &
	[ "$i" = 10 ] && kill -TERM "$victim"
done
wait
is "$(grep -vc '^200$' "$codes")" 0 "no request fails while a worker stops gracefully"

done_testing

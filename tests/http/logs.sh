#!/usr/bin/env bash
# Logs: the programs append to their log_file and open it again on SIGHUP (what logrotate's
# postrotate sends); a line written while answering a request carries the web server's id
# of the request, which the response's X-Request-Id header gives too.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

I=$PORTAL_INSTANCE_DIR
log=$I/log/public.log
rotated=$I/log/public-rotated-$$.log	# *.log: the sanitizer check of ./portal reads it too
sup=$("$PORTAL_ROOT/portal" workers-pid test public)

fetch /zones
rid=$(sed -n 's/^[Xx]-[Rr]equest-[Ii]d: *//p' "$HEADERS" | tr -d '\r')
ok "a response names its request's id, nginx's \$request_id ($rid)" grep -Eqx '[0-9a-f]{32}' <<<"$rid"
ok "the public program writes its log file" test -s "$log"

workers=$(pgrep -P "$sup" | sort | tr '\n' ' ')
mv "$log" "$rotated"
kill -HUP "$sup"
for _ in $(seq 1 50); do grep -q 'log file reopened' "$log" 2>/dev/null && break; sleep 0.1; done
ok "on SIGHUP the supervisor opens a new log file and says so there" grep -q "public\[$sup\] info: log file reopened" "$log"
is "$(pgrep -P "$sup" | sort | tr '\n' ' ')" "$workers" "the same workers go on (none restarted)"
sleep 0.5	# each worker opens it again before its next request

# a request that logs: MariaDB away, the worker says it cannot connect
"$PORTAL_ROOT/portal" db-stop test >/dev/null 2>&1
fetch "/zones?logs=$$"
is "$STATUS" 503 "with MariaDB stopped a page is 503"
rid=$(sed -n 's/^[Xx]-[Rr]equest-[Ii]d: *//p' "$HEADERS" | tr -d '\r')
"$PORTAL_ROOT/portal" db-start test >/dev/null 2>&1
for _ in $(seq 1 50); do fetch "/zones?logs=back$$"; [ "$STATUS" = 200 ] && break; sleep 0.2; done
is "$STATUS" 200 "and 200 once it is back"

line=$(grep -F "request=$rid:" "$log")
ok "the worker's line about it is in the new file, with the request's id" test -n "$line"
diag "$line"
ok "… one line with the time, the program and its process" grep -Eq \
	"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z minhbach-public\\[[0-9]+\\] (error|warning) request=$rid: " <<<"$line"
ok "nothing of it went to the moved file" bash -c "! grep -qF 'request=$rid' '$rotated'"
is "$(grep -Evc '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z minhbach-public\[[0-9]+\] [a-z]+( request=[0-9a-zA-Z_@-]+)?: ' "$log")" 0 \
	"every line of the new file is one event"

done_testing

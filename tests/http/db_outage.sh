#!/usr/bin/env bash
# With MariaDB down the public pages answer 503 with Retry-After, and serve again by
# themselves once it is back, with no worker restart.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

workers_before=$(pgrep -P "$("$PORTAL_ROOT/portal" workers-pid test public)" | sort | tr '\n' ' ')
fetch /zones
is "$STATUS" 200 "zones answer 200 before the outage"

"$PORTAL_ROOT/portal" db-stop test >/dev/null 2>&1
fetch /zones
is "$STATUS" 503 "zones answer 503 while MariaDB is down"
header_has '^retry-after: [0-9]+' "with Retry-After"
body_has 'Tạm thời không phục vụ được' "and a Vietnamese message"
fetch /en/
is "$STATUS" 503 "the English home page answers 503 too"
body_has 'Temporarily unavailable' "with an English message"

"$PORTAL_ROOT/portal" db-start test >/dev/null 2>&1
# every worker reconnects on its own: ask until each has served a page
good=0
for _ in $(seq 1 40); do
	fetch /zones
	if [ "$STATUS" = 200 ]; then good=$((good + 1)); else good=0; fi
	[ $good -ge 12 ] && break
	sleep 0.25
done
ok "pages serve again after MariaDB is back" test $good -ge 12
workers_after=$(pgrep -P "$("$PORTAL_ROOT/portal" workers-pid test public)" | sort | tr '\n' ' ')
is "$workers_after" "$workers_before" "with the same worker processes (none restarted)"

done_testing

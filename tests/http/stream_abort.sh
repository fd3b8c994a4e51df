#!/usr/bin/env bash
# HTTP: a download whose database fetch fails after the headers went out ends as a failed
# transfer (curl exit 18 or 56), without its closing part, and the worker logs why; the next
# download is whole. The database connection of the worker is killed mid-stream, for real.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

I=$PORTAL_INSTANCE_DIR
conf=$I/etc/conf.d/stream-abort.conf
host=stream-abort.test
nginx_reload() { /usr/sbin/nginx -p "$I/nginx" -c "$I/etc/nginx.conf" -s reload 2>/dev/null; }
# waits until nginx answers for $host with the status $1
wait_host() {
	for _ in $(seq 1 50); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Host: $host" "$PORTAL_URL/robots.txt")" = "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

# the same locations under another name, reading the program's answer at 256 KB/s, so that
# a download of a few megabytes is still under way when its connection is killed
cat >"$conf" <<CONF
server {
    listen 127.0.0.1:${PORTAL_URL##*:};
    server_name $host;
    fastcgi_limit_rate 262144;
    include $I/etc/minhbach-locations.conf;
}
CONF
nginx_reload
ok "nginx serves the slow-reading server" wait_host 200

# 9,900 more projects (copies of the 300, as root; removed at the end): several megabytes
# (ids above every id there is, below those an import test may have left near the top)
base=$(root_sql "SELECT MAX(id) FROM projects WHERE id < 100000000")
# every stored column: the generated ones (overdue_on) are computed again
cols=$(root_sql "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
	WHERE table_schema = DATABASE() AND table_name = 'projects' AND extra NOT LIKE '%GENERATED%'")
root_sql "CREATE TEMPORARY TABLE t_copy SELECT $cols FROM projects p JOIN seq_1_to_33 s
	WHERE p.id <= 300;
	SET @n = $base; UPDATE t_copy SET id = (@n := @n + 1);
	INSERT INTO projects ($cols) SELECT * FROM t_copy"
ok "the copies are in" test "$(root_sql "SELECT COUNT(*) FROM projects WHERE id > $base AND id <= $base + 9900")" = 9900

log=$I/log/public.log
out=$T_TMP/partial
for t in "/projects.csv" "/projects.json ]}" "/projects.xml </minhbach>" "/en/projects.csv"; do
	set -- $t
	path=$1 closing=${2:-}
	before=$(grep -c 'response cut short' "$log" || true)
	rm -f "$out"
	curl -sS -H "Host: $host" -o "$out" --max-time 60 "$PORTAL_URL$path" 2>"$T_TMP/err" &
	cpid=$!
	# once 100 KB have arrived, kill the public account's busy connection
	for _ in $(seq 1 100); do
		[ "$(stat -c %s "$out" 2>/dev/null || echo 0)" -ge 102400 ] && break
		sleep 0.05
	done
	for id in $(root_sql "SELECT ID FROM information_schema.PROCESSLIST
		WHERE USER = 'minhbach_public' AND COMMAND <> 'Sleep'"); do
		root_sql "KILL CONNECTION $id" 2>/dev/null || true
	done
	wait "$cpid"
	rc=$?
	ok "$path: the client sees an incomplete transfer (curl exit $rc: $(tr -d '\n' <"$T_TMP/err"))" \
		test "$rc" = 18 -o "$rc" = 56
	size=$(stat -c %s "$out")
	ok "$path: a part arrived ($size bytes)" test "$size" -ge 102400
	if [ -n "$closing" ]; then
		ok "$path: without its closing part" bash -c "! tail -c 200 '$out' | grep -qF -- '$closing'"
	fi
	after=$(grep -c 'response cut short' "$log" || true)
	ok "$path: the worker logged why" test "$after" -gt "$before"
done
grep 'response cut short' "$log" | tail -1 | sed 's/^/# /'

# the next downloads, plain, are whole: nothing broken was kept by nginx or a worker
fetch /projects.xml
is "$STATUS" 200 "/projects.xml answers 200 afterwards"
ok "whole: it ends with </minhbach>" bash -c "tail -c 50 '$BODY' | grep -qF '</minhbach>'"
fetch /projects.json
ok "/projects.json is whole afterwards" node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$BODY"

root_sql "DELETE FROM projects WHERE id > $base AND id <= $base + 9900"
rm -f "$conf"
nginx_reload
ok "the slow-reading server is gone" wait_host 421
done_testing

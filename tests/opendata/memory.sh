#!/usr/bin/env bash
# Measures the public worker's memory while it streams the big downloads of 100,000
# projects (docs/open-data.md, README "Open data"). Needs `./portal up` running: uses its
# MariaDB (as root) for a scratch database od_memory (a copy of the up database plus
# bench/large-data.sql), starts one public worker on it and an nginx on port
# ${OD_MEMORY_PORT:-28090} under var/od-memory/, fetches each download through nginx while
# sampling the worker's VmRSS/VmHWM (/proc/PID/status) every 50 ms, then stops both and
# drops the database.   Usage: bash tests/opendata/memory.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
UP=$ROOT/var/up
D=$ROOT/var/od-memory
PORT=${OD_MEMORY_PORT:-28090}
DB=od_memory
SOCK=$UP/run/mysqld.sock
sql() { mariadb --no-defaults -S "$SOCK" -uroot "$@"; }

cleanup() {
	[ -f "$D/nginx.pid" ] && kill "$(cat "$D/nginx.pid")" 2>/dev/null || true
	[ -f "$D/public.pid" ] && kill "$(cat "$D/public.pid")" 2>/dev/null || true
	sleep 1
	sql -e "DROP DATABASE IF EXISTS $DB; REVOKE ALL ON $DB.* FROM 'minhbach_migrate'@'localhost'; REVOKE ALL ON $DB.* FROM 'minhbach_public'@'localhost'" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$D"/{body,fastcgi,proxy,uwsgi,scgi}
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$D"/{body,fastcgi,proxy,uwsgi,scgi}
chmod 755 "$D"

echo "copying the up database into $DB and adding 100,000 projects (bench/large-data.sql)…" >&2
sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci"
mariadb-dump --no-defaults -S "$SOCK" -uroot --skip-triggers minhbach | sql "$DB"
sql "$DB" <"$ROOT/bench/large-data.sql"
# the views run with their definer's rights (the migration account) and are read by the public one
sql -e "GRANT ALL ON $DB.* TO 'minhbach_migrate'@'localhost'; GRANT SELECT ON $DB.* TO 'minhbach_public'@'localhost'"
sql -N "$DB" -e "SELECT CONCAT(COUNT(*), ' projects') FROM projects" >&2

sed -e "s|^listen = .*|listen = $D/public.sock|" -e "s|^workers = .*|workers = 1|" \
	-e "s|^db_name = .*|db_name = $DB|" -e "s|^db_read_timeout.*||" "$UP/etc/minhbach-public.conf" >"$D/public.conf"
echo "db_read_timeout = 600" >>"$D/public.conf"
"$ROOT/var/build/cgi-bin/public/minhbach-public" -c "$D/public.conf" </dev/null >"$D/public.log" 2>&1 &
echo $! >"$D/public.pid"
cat >"$D/nginx.conf" <<CONF
worker_processes 1;
pid $D/nginx.pid;
error_log $D/nginx-error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $D/body; fastcgi_temp_path $D/fastcgi; proxy_temp_path $D/proxy;
    uwsgi_temp_path $D/uwsgi; scgi_temp_path $D/scgi;
    $([ "$(id -u)" = 0 ] && echo "")
    server {
        listen 127.0.0.1:$PORT;
        location / { include $ROOT/conf/nginx/fastcgi.conf; fastcgi_pass unix:$D/public.sock; fastcgi_read_timeout 600s; }
    }
}
CONF
[ "$(id -u)" = 0 ] && sed -i "1i user nobody nogroup;" "$D/nginx.conf"
sleep 1
/usr/sbin/nginx -p "$D" -c "$D/nginx.conf" -e "$D/nginx-error.log"
sleep 1
worker=$(pgrep -P "$(cat "$D/public.pid")" | head -1)
kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$worker/status"; }
curl -s -o /dev/null "http://127.0.0.1:$PORT/"	# warm up: connect, prepare
printf '%-28s %12s %10s %12s %12s %12s\n' download bytes seconds "RSS before" "RSS peak" "RSS after"
for url in /projects.csv /projects.json '/projects.csv?sort=capital_desc' /projects.xml /data/oc4ids.json /api/v1/projects; do
	before=$(kb VmRSS)
	peak=$before
	start=$(date +%s.%N)
	curl -s -o "$D/out" "http://127.0.0.1:$PORT$url" &
	cpid=$!
	while kill -0 $cpid 2>/dev/null; do
		r=$(kb VmRSS)
		[ "$r" -gt "$peak" ] && peak=$r
		sleep 0.05
	done
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	printf '%-28s %12s %10.1f %9s kB %9s kB %9s kB\n' "$url" "$(stat -c %s "$D/out")" "$secs" "$before" "$peak" "$(kb VmRSS)"
done
echo "worker VmHWM (peak RSS over its life): $(kb VmHWM) kB"

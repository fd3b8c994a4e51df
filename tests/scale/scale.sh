#!/usr/bin/env bash
# Beyond one machine, on loopback: a MariaDB primary and two replicas (GTID replication),
# two public program instances listening on TCP behind one nginx upstream, the staff
# program on the primary. Checks that a publication reaches each node's pages within the
# freshness promise; that a replica killed, a replica whose SQL thread stops, a public
# instance killed and the primary stopped each leave the public site serving; that staff
# pages then say publishing is unavailable (503); and that everything comes back.
# Everything lives in var/test/scale/ and stops when the test ends (./portal test scale).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

S=$PORTAL_INSTANCE_DIR/scale
LOGS=$PORTAL_INSTANCE_DIR/log	# the programs' logs: the sanitizer check reads them
BIN=$PORTAL_BUILD
ROOT=$PORTAL_ROOT
base=$(( ${PORTAL_URL##*:} + 30 ))
P_NGINX=$base P_DB=(0 $((base + 1)) $((base + 2)) $((base + 3)))
P_NODE=(0 $((base + 4)) $((base + 5))) P_DIRECT=(0 $((base + 6)) $((base + 7)))
LAG=2	# db_max_lag of the public instances
URL=http://127.0.0.1:$P_NGINX
user_opt=()
[ "$(id -u)" = 0 ] && user_opt=(--user=root)

# --- processes ---------------------------------------------------------------------
db_sock() { echo "$S/run/db$1.sock"; }
sql() { # sql N SQL: as root on server N (0: the primary)
	mariadb --no-defaults --default-character-set=utf8mb4 -S "$(db_sock "$1")" -uroot -N -B -r -e "$2"
}
db_start() { # db_start N
	local n=$1 extra=()
	# the migrations create triggers: with a binary log, MariaDB asks for this (or SUPER)
	[ "$n" = 0 ] && extra=(--log-bin="$S/db0/binlog" --binlog-format=ROW
		--log-bin-trust-function-creators=1)
	[ "$n" = 0 ] || extra=(--read-only=1 --relay-log="$S/db$n/relay")
	/usr/sbin/mariadbd --no-defaults --datadir="$S/db$n" --socket="$(db_sock "$n")" \
		--pid-file="$S/run/db$n.pid" --port="${P_DB[$((n + 1))]}" --bind-address=127.0.0.1 \
		--skip-name-resolve --server-id=$((n + 1)) --log-error="$S/log/db$n.log" \
		--character-set-server=utf8mb4 --collation-server=utf8mb4_uca1400_ai_ci \
		--innodb-buffer-pool-size=64M --innodb-log-file-size=16M --max-connections=100 \
		--innodb-ft-min-token-size=1 --innodb-ft-enable-stopword=0 "${extra[@]}" \
		"${user_opt[@]}" </dev/null >/dev/null 2>&1 &
	for _ in $(seq 1 100); do sql "$n" "SELECT 1" >/dev/null 2>&1 && return 0; sleep 0.1; done
	return 1
}
db_kill() { kill -KILL "$(cat "$S/run/db$1.pid")" 2>/dev/null; sleep 0.2; }
db_stop() { # a clean shutdown, waiting for it
	local pid
	pid=$(cat "$S/run/db$1.pid" 2>/dev/null) || return 0
	kill -TERM "$pid" 2>/dev/null || return 0
	for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
	kill -KILL "$pid" 2>/dev/null || true
}
node_start() { # node_start N: public program instance N (1, 2), in a process group of its own
	setsid "$BIN/cgi-bin/public/minhbach-public" -c "$S/etc/public$1.conf" </dev/null \
		>>"$LOGS/scale-public$1.log" 2>&1 &
	echo $! >"$S/run/public$1.pid"
	for _ in $(seq 1 100); do
		(exec 3<>"/dev/tcp/127.0.0.1/${P_NODE[$1]}") 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}
node_kill() { # the supervisor and its workers, at once
	kill -KILL -- "-$(cat "$S/run/public$1.pid")" 2>/dev/null
	sleep 0.2
}
stop_all() {
	local f
	[ -f "$S/run/nginx.pid" ] && kill -QUIT "$(cat "$S/run/nginx.pid")" 2>/dev/null
	for f in "$S"/run/public*.pid "$S"/run/staff.pid; do
		[ -f "$f" ] && kill -TERM "$(cat "$f")" 2>/dev/null
	done
	sleep 2
	# nothing of the instances outlives the test (a group is the supervisor and its workers)
	for f in "$S"/run/public*.pid; do
		[ -f "$f" ] && kill -KILL -- "-$(cat "$f")" 2>/dev/null
	done
	for n in 2 1 0; do db_stop "$n"; done
	rm -rf "$T_TMP"
}
trap stop_all EXIT

rm -rf "$S"
mkdir -p "$S"/{etc,run,log,nginx}
rm -f "$LOGS"/scale-*.log

# --- three servers: one initialised data folder, copied --------------------------------
mariadb-install-db --no-defaults --datadir="$S/db0" "${user_opt[@]}" --skip-test-db \
	--auth-root-authentication-method=normal >"$S/log/install-db.log" 2>&1
cp -a "$S/db0" "$S/db1"
cp -a "$S/db0" "$S/db2"
for n in 0 1 2; do db_start "$n" || { fail "MariaDB $n starts (see $S/log/db$n.log)"; done_testing; exit 1; }; done
pass "a primary and two replicas start"

REPL_PW=$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)
sql 0 "CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY '$REPL_PW';
	GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'"
for n in 1 2; do
	sql "$n" "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${P_DB[1]}, MASTER_USER='repl',
		MASTER_PASSWORD='$REPL_PW', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1; START SLAVE"
done

# --- the schema, the accounts and the demo data, on the primary only --------------------
MIGRATE_PW=$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)
PUBLIC_PW=$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)
STAFF_PW=$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)
sql 0 "CREATE DATABASE minhbach CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci;
	CREATE USER 'minhbach_migrate'@'localhost' IDENTIFIED BY '$MIGRATE_PW';
	GRANT ALL PRIVILEGES ON minhbach.* TO 'minhbach_migrate'@'localhost' WITH GRANT OPTION;
	GRANT CREATE USER ON *.* TO 'minhbach_migrate'@'localhost'"
umask 077
cat >"$S/etc/ctl.conf" <<CONF
sql_dir = $ROOT/sql
db_socket = $(db_sock 0)
db_name = minhbach
db_user = minhbach_migrate
db_password = $MIGRATE_PW
public_db_password = $PUBLIC_PW
staff_db_password = $STAFF_PW
CONF
ctl=("$BIN/tools/minhbachctl" -c "$S/etc/ctl.conf")
{ "${ctl[@]}" migrate && "${ctl[@]}" grant && "${ctl[@]}" load "$ROOT"/sql/demo/*.sql &&
	MINHBACH_PASSWORD=$PORTAL_DEMO_PASSWORD "${ctl[@]}" create-user admin --admin; } \
	>"$S/log/setup.log" 2>&1
rc=$?
ok "the schema and the demo data load on the primary" test $rc = 0
[ $rc = 0 ] || { tail -5 "$S/log/setup.log"; echo "Bail out! no data to serve"; exit 1; }

for n in 1 2; do
	cat >"$S/etc/public$n.conf" <<CONF
listen = 127.0.0.1:${P_NODE[$n]}
listen_allow = 127.0.0.1
workers = 2
metrics_socket = $S/run/metrics$n.sock
public_origin = $URL
templates_dir = $ROOT/templates
db_replicas = $(db_sock "$n"), $(db_sock $((3 - n)))
db_max_lag = $LAG
db_connect_timeout = 1
db_socket = $(db_sock 0)
db_name = minhbach
db_user = minhbach_public
db_password = $PUBLIC_PW
CONF
done
cat >"$S/etc/staff.conf" <<CONF
listen = $S/run/staff.sock
listen_mode = 0666
workers = 1
public_origin = $URL
templates_dir = $ROOT/templates
schema_file = $ROOT/htdocs/schema/minhbach-1.xsd
db_socket = $(db_sock 0)
db_name = minhbach
db_user = minhbach_staff
db_password = $STAFF_PW
CONF
umask 022

# the replicas have everything once their applied position is the primary's
caught_up() {
	local want
	want=$(sql 0 "SELECT @@gtid_binlog_pos")
	for n in 1 2; do
		[ "$(sql "$n" "SELECT @@gtid_slave_pos")" = "$want" ] || return 1
	done
}
wait_until() { # wait_until SECONDS COMMAND...
	local n=$(( $1 * 10 ))
	shift
	while ! "$@" >/dev/null 2>&1; do
		n=$((n - 1))
		[ $n -gt 0 ] || return 1
		sleep 0.1
	done
}
ok "both replicas replicate the primary (GTID)" wait_until 60 caught_up
projects=$(sql 0 "SELECT COUNT(*) FROM minhbach.projects")
is "$(sql 2 "SELECT COUNT(*) FROM minhbach.projects")" "$projects" "a replica holds the primary's $projects projects"

# --- the programs and nginx: an upstream of two public instances ------------------------
for n in 1 2; do node_start "$n" || fail "public instance $n listens on 127.0.0.1:${P_NODE[$n]}"; done
"$BIN/cgi-bin/staff/minhbach-staff" -c "$S/etc/staff.conf" </dev/null >>"$LOGS/scale-staff.log" 2>&1 &
echo $! >"$S/run/staff.pid"
wait_until 20 test -S "$S/run/staff.sock"

mkdir -p "$S"/nginx/{body,fastcgi,proxy,uwsgi,scgi,cache} "$S/etc/conf.d"
user_line=""
if [ "$(id -u)" = 0 ]; then user_line="user nobody nogroup;"; chown nobody:nogroup "$S"/nginx/*; fi
# the site's server: the locations of a real deployment, its public pages from the upstream
sed -e "s|@HTDOCS@|$ROOT/htdocs|g" -e "s|unix:@PUBLIC_SOCKET@|minhbach_public|g" \
	-e "s|@STAFF_SOCKET@|$S/run/staff.sock|g" -e "s|@CONF_DIR@|$ROOT/conf/nginx|g" \
	"$ROOT/conf/nginx/minhbach-locations.conf.in" >"$S/etc/minhbach-locations.conf"
sed -e "s|@VAR@|$S|g" -e "s|@PORT@|$P_NGINX|g" -e "s|@INSTANCE@|scale|g" \
	-e "s|@USER_LINE@|$user_line|g" -e "s|@HTDOCS@|$ROOT/htdocs|g" \
	"$ROOT/conf/nginx/portal.conf.in" >"$S/etc/nginx.conf"
{
	sed -n '/^upstream/,/^}/p; /^fastcgi_/p' "$ROOT/conf/examples/nginx-two-nodes.conf" |
		sed -e "s|10.0.0.11:9001|127.0.0.1:${P_NODE[1]}|; s|10.0.0.12:9001|127.0.0.1:${P_NODE[2]}|"
	# and one server a node, without cache, to read what each node serves
	for n in 1 2; do
		echo "server { listen 127.0.0.1:${P_DIRECT[$n]}; location / {"
		echo "  include $ROOT/conf/nginx/fastcgi.conf; fastcgi_pass 127.0.0.1:${P_NODE[$n]}; } }"
	done
} >"$S/etc/conf.d/nodes.conf"
/usr/sbin/nginx -p "$S/nginx" -c "$S/etc/nginx.conf" -e "$S/log/nginx-error.log"
ok "nginx starts with an upstream of the two instances" wait_until 10 curl -fsS -o /dev/null "$URL/robots.txt"

direct() { curl -sS -o "$BODY" -w '%{http_code}' --max-time 5 "http://127.0.0.1:${P_DIRECT[$1]}$2" 2>/dev/null || echo 000; }
BODY=$T_TMP/body
is "$(direct 1 /zones)" 200 "node 1 serves /zones"
is "$(direct 2 /zones)" 200 "node 2 serves /zones"
is "$(curl -sS -o /dev/null -w '%{http_code}' "$URL/zones")" 200 "the upstream serves /zones"
ok "node 1 reads from its first replica" grep -q "reading from replica 1 ($(db_sock 1))" "$LOGS/scale-public1.log"
ok "node 2 reads from its first replica" grep -q "reading from replica 1 ($(db_sock 2))" "$LOGS/scale-public2.log"
metrics() { curl -sS --max-time 2 --unix-socket "$S/run/metrics$1.sock" http://node/metrics; }
db_gauges() { metrics "$1" | sed -n 's/^minhbach_db_server{worker="[0-9]*"} //p' | sort -u | tr '\n' ' '; }
is "$(db_gauges 1)" "1 " "node 1's metrics: every worker on replica 1 (0 would be the primary)"

# a connection from an address not in listen_allow gets no answer
exec 3<>"/dev/tcp/127.0.0.2/${P_NODE[1]}" 2>/dev/null && {
	printf '\1\1\0\1\0\10\0\0\0\1\0\0\0\0\0\0' >&3
	got=$(timeout 3 head -c 1 <&3 | wc -c)
	is "$got" 0 "a FastCGI client outside listen_allow is closed without an answer"
	exec 3>&-
}

# --- a publication reaches each node within the promise --------------------------------
zone_id=$(sql 0 "SELECT id FROM minhbach.zones ORDER BY id LIMIT 1")
slug=$(sql 0 "SELECT slug FROM minhbach.zones WHERE id = $zone_id")
publish() { # publish MARKER: a zone renamed and the generation raised, as staff publish
	sql 0 "START TRANSACTION; UPDATE minhbach.zones SET name = CONCAT(name, ' $1') WHERE id = $zone_id;
		UPDATE minhbach.data_generation SET generation = generation + 1,
		changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1; COMMIT"
}
shows() { # shows N MARKER: node N's zone page (N = 0: through the upstream) holds MARKER
	if [ "$1" = 0 ]; then curl -sS --max-time 5 "$URL/zones/$slug" | grep -q "$2"
	else direct "$1" "/zones/$slug" >/dev/null; grep -q "$2" "$BODY"; fi
}
steady() { # steady N MARKER: six answers in a row hold it (every worker of the node)
	for _ in 1 2 3 4 5 6; do shows "$1" "$2" || return 1; done
}
# For 4 s after the publication, each node's page (and the upstream's) is read in turn; the
# time of the last answer that still showed the old data must be within 2 s plus the
# replicas' measured lag (the time until both had applied it).
for _ in 1 2 3 4 5 6; do	# every cache holds the page: nginx's and each worker's
	for n in 0 1 2; do shows "$n" "M1$$"; done
done
publish "M1$$"
t0=$(date +%s%3N)
ok "both replicas apply the publication" wait_until 10 caught_up
lag=$(( $(date +%s%3N) - t0 ))
declare -A LAST=([0]=-1 [1]=-1 [2]=-1)
while [ $(( $(date +%s%3N) - t0 )) -lt 4000 ]; do
	for n in 0 1 2; do
		t=$(( $(date +%s%3N) - t0 ))
		shows "$n" "M1$$" || LAST[$n]=$t
	done
done
for n in 0 1 2; do
	ok "the publication shows on $( [ "$n" = 0 ] && echo 'the upstream' || echo "node $n"): last old answer at ${LAST[$n]} ms (promise: 2,000 ms + the replicas' $lag ms)" \
		test "${LAST[$n]}" -le $(( 2000 + lag ))
done

# --- a replica killed: its readers move to the other within 5 s -------------------------
codes=$T_TMP/codes
load() { # load SECONDS: requests through the upstream, one status a line with its time
	local end=$(( $(date +%s%3N) + $1 * 1000 ))
	while [ "$(date +%s%3N)" -lt "$end" ]; do
		echo "$(date +%s%3N) $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
			"$URL/projects?i=$RANDOM")"
	done
}
db_kill 1
t0=$(date +%s%3N)
load 5 >"$codes"
is "$(awk '$2 != 200' "$codes" | wc -l)" 0 "replica 1 killed: no request fails ($(wc -l <"$codes") made in 5 s)"
is "$(direct 1 /zones)" 200 "node 1 serves from another server"
direct 1 /zones >/dev/null
is "$(db_gauges 1)" "2 " "node 1's metrics: every worker on replica 2"
ok "node 1 says it left replica 1" grep -q "instead of replica 1" "$LOGS/scale-public1.log"

# --- back: the replica restarts, catches up and its readers return ----------------------
db_start 1
ok "replica 1 restarts and catches up" wait_until 30 caught_up
returned() { # requests drive the workers' checks
	direct 1 /zones >/dev/null
	grep -q "reading from replica 1 .*instead of" "$LOGS/scale-public1.log"
}
ok "node 1 returns to replica 1 within 10 s" wait_until 10 returned

# --- a replica whose SQL thread stops: it leaves rotation once it lags ------------------
sql 2 "STOP SLAVE SQL_THREAD"
publish "M2$$"
t0=$(date +%s%3N)
ok "node 2 shows the publication despite its stopped replica" wait_until 10 steady 2 "M2$$"
t=$(( $(date +%s%3N) - t0 ))
# each worker checks once a second: it leaves between db_max_lag and db_max_lag + 1 s
# after it first saw the replica behind (what it logs), at most 1 s after the publication
ok "node 2 left replica 1 for being behind" grep -q "behind the primary (db_max_lag $LAG): leaving it" "$LOGS/scale-public2.log"
worst=$(sed -n 's/.* is \([0-9.]*\) s behind the primary.*/\1/p' "$LOGS/scale-public2.log" | sort -n | tail -1)
ok "each worker left after at most db_max_lag + 1 s behind (the longest: ${worst:-none} s)" \
	awk -v w="${worst:-99}" -v l="$LAG" 'BEGIN { exit !(w >= l && w <= l + 1.1) }'
ok "the page was stale at most db_max_lag + 4 s, the time to ask included (${t} ms)" \
	test "$t" -le $(( (LAG + 4) * 1000 ))
sql 2 "START SLAVE SQL_THREAD"
ok "replica 2 catches up once its SQL thread runs" wait_until 30 caught_up

# --- a public instance killed: nginx sends everything to the other ----------------------
node_kill 1
load 6 >"$codes"
first=$(head -1 "$codes" | cut -d' ' -f1)
is "$(awk -v t="$first" '$1 > t + 1000 && $2 != 200' "$codes" | wc -l)" 0 \
	"node 1 killed: no failed request after the first second ($(wc -l <"$codes") made)"
ok "and none of its processes is left listening" bash -c "! ss -ltn | grep -q ':${P_NODE[1]} '"
node_start 1 || fail "node 1 starts again"

# --- the primary stopped: public pages still 200, staff 503 -----------------------------
db_stop 0
load 3 >"$codes"
is "$(awk '$2 != 200' "$codes" | wc -l)" 0 "the primary down: every public page answers 200 ($(wc -l <"$codes") made)"
is "$(direct 1 /en/zones)" 200 "node 1 serves from the replicas"
is "$(direct 2 /zones)" 200 "node 2 serves from the replicas"
status=$(curl -sS -o "$BODY" -w '%{http_code}' -H "Origin: $URL" --data-urlencode "username=admin" \
	--data-urlencode "password=$PORTAL_DEMO_PASSWORD" "$URL/staff/login")
is "$status" 503 "signing in to the staff pages answers 503"
ok "saying publishing is unavailable, in Vietnamese" grep -q "Tạm thời không thể công bố" "$BODY"
status=$(curl -sS -o "$BODY" -w '%{http_code}' -H "Origin: $URL" --data-urlencode "username=admin" \
	--data-urlencode "password=$PORTAL_DEMO_PASSWORD" "$URL/en/staff/login")
is "$status" 503 "the English staff page answers 503 too"
ok "saying so in English" grep -q "Publishing is unavailable" "$BODY"

# --- everything back: normal again -------------------------------------------------------
db_start 0
ok "the replicas reconnect to the primary" wait_until 30 caught_up
ok "the staff pages recover by themselves" wait_until 15 bash -c \
	"[ \"\$(curl -s -o /dev/null -w '%{http_code}' -H 'Origin: $URL' --data-urlencode username=admin \
	--data-urlencode 'password=$PORTAL_DEMO_PASSWORD' '$URL/staff/login')\" = 303 ]"
publish "M3$$"
ok "a new publication reaches node 1" wait_until 10 steady 1 "M3$$"
ok "and node 2" wait_until 10 steady 2 "M3$$"

# --- a supervisor killed alone: its workers do not go on unsupervised -------------------
sup=$(cat "$S/run/public2.pid")
kill -KILL "$sup"
ok "node 2's workers end with their supervisor" wait_until 20 bash -c "! pgrep -g $sup >/dev/null"

done_testing

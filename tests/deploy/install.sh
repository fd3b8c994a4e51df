#!/usr/bin/env bash
# Deployment: this build's `make install DESTDIR=...`, then the installed tree alone. The
# installed minhbachctl builds a database of its own (migrate and grant as the installed
# minhbach-migrate.service runs them, the installed demo data), the programs start with the
# command lines of the installed systemd units and configurations made from the installed
# examples, and a private nginx serves the installed static files with the installed nginx
# templates. Every program runs under strace: no file of the source tree may be opened.
# The database and its accounts have names of their own (minhbach_itest*) and are dropped at
# the end; the test instance's accounts and passwords are untouched.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/deploy.sh"
command -v strace >/dev/null || { echo "1..0 # SKIP strace is not installed"; exit 0; }

D=$PORTAL_INSTANCE_DIR/deploy/install
ROOT=$(cd "$top_srcdir" && pwd -P)
PORT=$(deploy_port 21)
URL=http://127.0.0.1:$PORT
DB=minhbach_itest MIG=minhbach_itest_migrate PUB=minhbach_itest_public STF=minhbach_itest_staff
LOG=$PORTAL_INSTANCE_DIR/log/deploy-install.log
CRED=$D/etc
pw() { head -c 24 /dev/urandom | base64 | tr -dc A-Za-z0-9; }
db_root() { mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -uroot -N -B "$@"; }
accounts() { # the test instance's accounts and their password hashes
	db_root -e "SELECT user, authentication_string FROM mysql.user WHERE user IN
		('minhbach_migrate', 'minhbach_public', 'minhbach_staff') ORDER BY user"
}
drop_db() {
	db_root -e "DROP DATABASE IF EXISTS $DB; DROP USER IF EXISTS '$MIG'@'localhost',
		'$PUB'@'localhost', '$STF'@'localhost'"
}
STRACES=()
cleanup() {
	local s
	nginx_stop "$D"
	for s in "${STRACES[@]}"; do
		stop_started "$(pgrep -P "$s" | head -1)"
		wait "$s" 2>/dev/null || true
	done
	drop_db 2>/dev/null || true
	rm -rf "$T_TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

before=$(accounts)
rm -rf "$D"
mkdir -p "$D/trace" "$D/run" "$CRED"
chmod 755 "$PORTAL_INSTANCE_DIR/deploy" "$D" "$D/run"
ok "make install DESTDIR=... of the build" deploy_install "$D" || diag "$(tail -20 "$D/install.log")"
for f in libexec/minhbach/minhbach-public libexec/minhbach/minhbach-staff bin/minhbachctl; do
	ok "$f installed" test -x "$P/$f"
done
for f in templates/i18n templates/staff sql/migrations sql/grants.sql sql/demo htdocs/static \
	htdocs/schema/minhbach-1.xsd conf/nginx/minhbach-locations.conf.in \
	conf/nginx/minhbach-tls.conf.in conf/systemd/minhbach-public.service \
	conf/examples/minhbach-public.conf; do
	ok "share/minhbach/$f installed" test -e "$SHARE/$f"
done
is "$(grep -c "^ExecStart=$PREFIX/libexec/minhbach/minhbach-public " \
	"$SHARE/conf/systemd/minhbach-public.service")" 1 "the installed unit runs the installed program"
is "$(sed -n 's/^templates_dir = //p' "$SHARE/conf/examples/minhbach-staff.conf")" \
	"$PREFIX/share/minhbach/templates" "the installed example names the installed templates"

# run NAME COMMAND...: COMMAND in / under strace (every file it and its children open), its
# output into the log. LeakSanitizer cannot work under ptrace: a sanitizer build's leak check
# is left to the other tests, which run the same programs.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
run() {
	local name=$1
	shift
	(cd / && exec strace -ff -qq -e trace=open,openat,creat,execve -o "$D/trace/$name" "$@") >>"$LOG" 2>&1
}

# --- the database: minhbachctl.conf from the installed example ---------------------------
drop_db
MIG_PW=$(pw) PUB_PW=$(pw) STF_PW=$(pw)
db_root <<SQL
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci;
CREATE USER '$MIG'@'localhost' IDENTIFIED BY '$MIG_PW';
GRANT ALL PRIVILEGES ON $DB.* TO '$MIG'@'localhost' WITH GRANT OPTION;
GRANT CREATE USER ON *.* TO '$MIG'@'localhost';
SQL
umask 077
sed "s|$PREFIX/|$P/|g" "$SHARE/conf/examples/minhbachctl.conf" >"$CRED/minhbachctl.conf"
sed "s|$PREFIX/|$P/|g" "$SHARE/conf/examples/minhbach-public.conf" >"$CRED/minhbach-public.conf"
sed "s|$PREFIX/|$P/|g" "$SHARE/conf/examples/minhbach-staff.conf" >"$CRED/minhbach-staff.conf"
umask 022
c=$CRED/minhbachctl.conf
conf_set "$c" db_socket "$PORTAL_DB_SOCKET"
conf_set "$c" db_name $DB
conf_set "$c" db_user $MIG
conf_set "$c" db_password "$MIG_PW"
conf_set "$c" public_db_user $PUB
conf_set "$c" public_db_password "$PUB_PW"
conf_set "$c" staff_db_user $STF
conf_set "$c" staff_db_password "$STF_PW"
n=0
while read -r line; do
	read -r -a argv <<<"$line"
	n=$((n + 1))
	ok "minhbach-migrate.service's ExecStart ${argv[*]: -1}" run "migrate$n" "${argv[@]}"
done < <(unit_lines minhbach-migrate.service ExecStart)
is "$n" 2 "the migration unit runs two commands (migrate, grant)"
ok "the installed demo data loads" run demo "$P/bin/minhbachctl" -c "$c" load "$SHARE"/sql/demo/*.sql
MINHBACH_PASSWORD=install-test-pass
export MINHBACH_PASSWORD
ok "a staff user is created" run user "$P/bin/minhbachctl" -c "$c" \
	create-user itest-admin --admin --display "Install test"
is "$(db_root -e "SELECT user FROM mysql.user WHERE user IN ('$PUB', '$STF') ORDER BY user" | tr '\n' ' ')" \
	"$PUB $STF " "grant created the accounts named in minhbachctl.conf"

# --- the programs, with the units' command lines ------------------------------------------
for prog in public staff; do
	f=$CRED/minhbach-$prog.conf
	conf_set "$f" listen "$D/run/$prog.sock"
	conf_set "$f" listen_mode 0666
	conf_set "$f" metrics_socket "$D/run/$prog-metrics.sock"
	conf_set "$f" workers 2
	conf_set "$f" public_origin "$URL"
	conf_set "$f" db_socket "$PORTAL_DB_SOCKET"
	conf_set "$f" db_name $DB
done
conf_set "$CRED/minhbach-public.conf" db_user $PUB
conf_set "$CRED/minhbach-public.conf" db_password "$PUB_PW"
conf_set "$CRED/minhbach-staff.conf" db_user $STF
conf_set "$CRED/minhbach-staff.conf" db_password "$STF_PW"
conf_set "$CRED/minhbach-staff.conf" schema_file "$SHARE/htdocs/schema/minhbach-1.xsd"
for prog in public staff; do
	read -r -a pre <<<"$(unit_lines "minhbach-$prog.service" ExecStartPre)"
	ok "minhbach-$prog.service's ExecStartPre (-t) accepts the configuration" \
		run "$prog-check" "${pre[@]}"
	read -r -a argv <<<"$(unit_lines "minhbach-$prog.service" ExecStart)"
	(cd / && exec strace -ff -qq -e trace=open,openat,creat,execve -o "$D/trace/$prog" "${argv[@]}") \
		>>"$LOG" 2>&1 &
	STRACES+=($!)
	if wait_socket "$D/run/$prog.sock"; then pass "minhbach-$prog starts from its unit's ExecStart"
	else
		fail "minhbach-$prog starts from its unit's ExecStart"
		diag "$(tail -20 "$LOG")"
		done_testing
		exit
	fi
done

# --- nginx with the installed templates and static files -----------------------------------
ok "nginx starts on the installed configuration" nginx_start "$D" "$PORT" "$SHARE/conf/nginx" \
	"$SHARE/htdocs" "$D/run/public.sock" "$D/run/staff.sock" 2>>"$LOG"
is "$(grep -ho "$ROOT/[^ ;]*" "$D/etc/nginx.conf" "$D/etc/minhbach-locations.conf" | grep -v "^$D/" | sort -u)" "" \
	"nginx's configuration names no file of the source tree"

fetch_url() { # fetch_url PATH STATUS DESCRIPTION [curl options]
	local path=$1 want=$2 desc=$3
	shift 3
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' --max-time 30 "$@" "$URL$path") || STATUS=000
	is "$STATUS" "$want" "$desc"
}
for path in / /en/ /projects /zones /projects/1 /indices /sitemap.xml /static/site.css \
	/robots.txt /staff/login /en/staff/login; do
	fetch_url "$path" 200 "GET $path answers 200 from the installed tree"
done
fetch_url /projects 200 "the registry lists the installed demo data"
body_has 'Vân Đồn' "with its zones"
fetch_url /no-such-page 404 "an unknown page is a 404"
JAR=$T_TMP/jar
fetch_url /staff/login 303 "the installed staff program signs a user in" -c "$JAR" -H "Origin: $URL" \
	--data-urlencode username=itest-admin --data-urlencode password=install-test-pass
fetch_url /staff/ 200 "and serves the staff pages with the session" -b "$JAR"
body_has '\(itest-admin\)' "to that user"

# --- stop, then read what was opened ----------------------------------------------------------
nginx_stop "$D"
for s in "${STRACES[@]}"; do
	stop_started "$(pgrep -P "$s" | head -1)"
	wait "$s" 2>/dev/null || true
done
STRACES=()
opened=$T_TMP/opened
sed -n 's/^[a-z0-9]*([^"]*"\([^"]*\)".*/\1/p' "$D"/trace/* | sort -u >"$opened"
ok "the traces saw the installed templates read" grep -q "^$SHARE/templates/" "$opened"
ok "and the installed migrations" grep -q "^$SHARE/sql/migrations/" "$opened"
src=$(grep -e "^$ROOT/" -e '^[^/]' "$opened" | grep -v "^$D/" || true)
is "$src" "" "no program opened a file of the source tree (nor a relative path)"
is "$(accounts)" "$before" "the test instance's accounts and passwords are untouched"
drop_db
is "$(db_root -e "SELECT COUNT(*) FROM mysql.user WHERE user LIKE 'minhbach\\_itest%'")" 0 \
	"the test's accounts are dropped"
done_testing

#!/usr/bin/env bash
# HTTP: the Apache (conf/apache) and lighttpd (conf/lighttpd) configurations in front of the
# test instance's two programs: a private server of each kind on a free loopback port, its
# files under $PORTAL_INSTANCE_DIR/webservers/, then the same pages as through nginx.
# Installs nothing: needs the Debian packages apache2 and lighttpd (skipped without them).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

find_bin() { # find_bin NAME: the program's path, also in the sbin folders outside PATH
	local d IFS=:
	for d in $PATH:/usr/sbin:/sbin; do
		if [ -f "$d/$1" ] && [ -x "$d/$1" ]; then echo "$d/$1"; return 0; fi
	done
}
APACHE=$(find_bin apache2)
LIGHTTPD=$(find_bin lighttpd)
APACHE_MODULES=/usr/lib/apache2/modules
if [ -z "$APACHE" ] || [ -z "$LIGHTTPD" ] || [ ! -f "$APACHE_MODULES/mod_proxy_fcgi.so" ]; then
	echo "1..0 # SKIP apache2 or lighttpd not installed (Debian: apt-get install apache2 lighttpd)"
	exit 0
fi

PUBLIC_SOCKET=$PORTAL_INSTANCE_DIR/run/public.sock
STAFF_SOCKET=$PORTAL_INSTANCE_DIR/run/staff.sock
HTDOCS=$PORTAL_ROOT/htdocs
NGINX_URL=$PORTAL_URL
W=$PORTAL_INSTANCE_DIR/webservers
for s in "$PUBLIC_SOCKET" "$STAFF_SOCKET"; do
	[ -S "$s" ] || { echo "Bail out! no FastCGI socket at $s"; exit 1; }
done

# Started as root (CI), the servers' workers run as nobody: the sockets are 0666 and htdocs is
# world-readable. Started as anyone else, they stay that user.
RUN_USER="" RUN_GROUP=""
if [ "$(id -u)" = 0 ]; then
	RUN_USER=nobody
	RUN_GROUP=$(id -gn nobody 2>/dev/null || echo nogroup)
fi

# free_port FIRST: the first loopback port from FIRST on that nobody listens on
free_port() {
	local p=$1
	while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do
		p=$((p + 1))
		[ "$p" -lt $(($1 + 100)) ] || return 1
	done
	echo "$p"
}

PIDS=()
stop_servers() {
	local pid n
	for pid in "${PIDS[@]}"; do
		kill -TERM "$pid" 2>/dev/null || continue
		for n in $(seq 100); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	PIDS=()
}
trap 'stop_servers; rm -rf "$T_TMP"' EXIT
trap 'exit 1' INT TERM

rm -rf "$W"
mkdir -p "$W"/apache/{log,run} "$W"/lighttpd/{log,run,tmp}
if [ -n "$RUN_USER" ]; then
	# lighttpd opens its log after dropping privileges
	chown "$RUN_USER:$RUN_GROUP" "$W"/apache/run "$W"/lighttpd/{log,tmp}
fi

# --- Apache: a minimal main configuration, then conf/apache/minhbach.conf with its Define
# values replaced ------------------------------------------------------------------------
APACHE_PORT=$(free_port "${WEBSERVERS_APACHE_PORT:-18081}")
sed -e "s|^Define MINHBACH_SERVER_NAME .*|Define MINHBACH_SERVER_NAME 127.0.0.1|" \
	-e "s|^Define MINHBACH_PORT .*|Define MINHBACH_PORT $APACHE_PORT|" \
	-e "s|^Define MINHBACH_HTDOCS .*|Define MINHBACH_HTDOCS $HTDOCS|" \
	-e "s|^Define MINHBACH_PUBLIC_SOCKET .*|Define MINHBACH_PUBLIC_SOCKET $PUBLIC_SOCKET|" \
	-e "s|^Define MINHBACH_STAFF_SOCKET .*|Define MINHBACH_STAFF_SOCKET $STAFF_SOCKET|" \
	"$PORTAL_ROOT/conf/apache/minhbach.conf" >"$W/apache/minhbach.conf"
{
	echo "# Apache for tests/http/webservers.sh (generated)"
	echo "ServerRoot \"$W/apache\""
	echo "DefaultRuntimeDir \"$W/apache/run\""
	echo "PidFile \"$W/apache/run/apache.pid\""
	echo "Mutex file:$W/apache/run default"
	echo "Listen 127.0.0.1:$APACHE_PORT"
	echo "ServerName 127.0.0.1"
	for m in mpm_event authz_core mime headers deflate filter rewrite proxy proxy_fcgi; do
		echo "LoadModule ${m}_module $APACHE_MODULES/mod_$m.so"
	done
	[ -z "$RUN_USER" ] || printf 'User %s\nGroup %s\n' "$RUN_USER" "$RUN_GROUP"
	echo "StartServers 1"
	echo "ServerLimit 2"
	echo "ThreadsPerChild 8"
	echo "MaxRequestWorkers 16"
	echo "TypesConfig /etc/mime.types"
	echo "ErrorLog \"$W/apache/log/error.log\""
	echo "LogLevel warn"
	echo "LogFormat \"%h %l %u %t \\\"%r\\\" %>s %b\" combined"
	echo "Define APACHE_LOG_DIR $W/apache/log"
	echo "<Directory />"
	echo "    AllowOverride None"
	echo "    Require all denied"
	echo "</Directory>"
	echo "Include \"$W/apache/minhbach.conf\""
} >"$W/apache/httpd.conf"

# --- lighttpd: a minimal main configuration, then conf/lighttpd/minhbach.conf with its var
# values replaced ------------------------------------------------------------------------
LIGHTTPD_PORT=$(free_port "${WEBSERVERS_LIGHTTPD_PORT:-$((APACHE_PORT + 1))}")
sed -e "s|^var.minhbach_htdocs = .*|var.minhbach_htdocs = \"$HTDOCS\"|" \
	-e "s|^var.minhbach_public_socket = .*|var.minhbach_public_socket = \"$PUBLIC_SOCKET\"|" \
	-e "s|^var.minhbach_staff_socket = .*|var.minhbach_staff_socket = \"$STAFF_SOCKET\"|" \
	"$PORTAL_ROOT/conf/lighttpd/minhbach.conf" >"$W/lighttpd/minhbach.conf"
{
	echo "# lighttpd for tests/http/webservers.sh (generated)"
	# the modules Debian's lighttpd.conf loads
	echo "server.modules = ( \"mod_indexfile\", \"mod_access\", \"mod_accesslog\", \"mod_dirlisting\", \"mod_staticfile\" )"
	echo "server.bind = \"127.0.0.1\""
	echo "server.port = $LIGHTTPD_PORT"
	echo "server.document-root = \"/nonexistent\""
	echo "server.pid-file = \"$W/lighttpd/run/lighttpd.pid\""
	echo "server.errorlog = \"$W/lighttpd/log/error.log\""
	echo "accesslog.filename = \"$W/lighttpd/log/access.log\""
	echo "server.upload-dirs = ( \"$W/lighttpd/tmp\" )"
	[ -z "$RUN_USER" ] || printf 'server.username = "%s"\nserver.groupname = "%s"\n' "$RUN_USER" "$RUN_GROUP"
	echo "include_shell \"/usr/share/lighttpd/create-mime.conf.pl\""
	echo "include \"$W/lighttpd/minhbach.conf\""
} >"$W/lighttpd/lighttpd.conf"
[ -x /usr/share/lighttpd/create-mime.conf.pl ] ||
	sed -i 's|^include_shell .*|mimetype.assign = ( ".css" => "text/css", ".txt" => "text/plain" )|' "$W/lighttpd/lighttpd.conf"

# The templates' placeholders must all have been replaced.
for f in "$W/apache/minhbach.conf" "$W/lighttpd/minhbach.conf"; do
	n=$(grep -c -e "$HTDOCS" -e "$PUBLIC_SOCKET" -e "$STAFF_SOCKET" "$f" || true)
	is "$n" 3 "$(basename "$(dirname "$f")")'s template takes the test instance's folders and sockets"
done

# wait_up URL: true once URL answers, within 10 seconds
wait_up() {
	local n
	for n in $(seq 100); do
		curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

start_apache() {
	if ! "$APACHE" -t -f "$W/apache/httpd.conf" >"$W/apache/log/configtest.log" 2>&1; then
		fail "apache: configuration test"
		diag "$(cat "$W/apache/log/configtest.log")"
		return 1
	fi
	pass "apache: configuration test"
	"$APACHE" -f "$W/apache/httpd.conf" -DFOREGROUND </dev/null >>"$W/apache/log/stdout.log" 2>&1 &
	PIDS+=($!)
}

start_lighttpd() {
	if ! "$LIGHTTPD" -tt -f "$W/lighttpd/lighttpd.conf" >"$W/lighttpd/log/configtest.log" 2>&1; then
		fail "lighttpd: configuration test"
		diag "$(cat "$W/lighttpd/log/configtest.log")"
		return 1
	fi
	pass "lighttpd: configuration test"
	"$LIGHTTPD" -D -f "$W/lighttpd/lighttpd.conf" </dev/null >>"$W/lighttpd/log/stdout.log" 2>&1 &
	PIDS+=($!)
}

rows() { grep -o '<tr><th scope="row">' "$BODY" | wc -l; }

# same_as_nginx PATH DESCRIPTION: the body through this server is byte for byte the body
# through the instance's nginx — the program saw the same REQUEST_URI
same_as_nginx() {
	local mine=$T_TMP/mine
	cp "$BODY" "$mine"
	curl -sS -o "$T_TMP/nginx" --max-time 30 "$NGINX_URL$1" || true
	if cmp -s "$mine" "$T_TMP/nginx"; then pass "$2"; else
		fail "$2"
		diag "$(diff <(tr '>' '\n' <"$T_TMP/nginx") <(tr '>' '\n' <"$mine") | head -10)"
	fi
}

check_server() { # check_server NAME PORT LOG-FOLDER
	local name=$1 all kkt big
	PORTAL_URL=http://127.0.0.1:$2
	if ! wait_up "$PORTAL_URL/robots.txt"; then
		fail "$name: answers on $PORTAL_URL"
		diag "$(tail -20 "$3"/error.log "$3"/stdout.log 2>/dev/null)"
		return 1
	fi
	pass "$name: answers on $PORTAL_URL"

	fetch /
	is "$STATUS" 200 "$name: / answers 200"
	body_has '<html lang="vi"' "$name: / is the Vietnamese home page"
	header_has '^x-content-type-options: nosniff' "$name: with X-Content-Type-Options"
	same_as_nginx / "$name: / is the same page as through nginx"

	fetch /en/zones
	is "$STATUS" 200 "$name: /en/zones answers 200"
	body_has '<html lang="en"' "$name: /en/zones is in English"
	same_as_nginx /en/zones "$name: /en/zones is the same page as through nginx"

	fetch /zones
	all=$(rows)
	fetch '/zones?kind=kkt'
	kkt=$(rows)
	is "$STATUS" 200 "$name: /zones?kind=kkt answers 200"
	ok "$name: the query string arrives: kind=kkt lists fewer zones ($kkt) than /zones ($all)" \
		test "$kkt" -gt 0 -a "$kkt" -lt "$all"
	same_as_nginx '/zones?kind=kkt' "$name: /zones?kind=kkt is the same page as through nginx"

	fetch '/zones?kind=bad'
	is "$STATUS" 400 "$name: /zones?kind=bad answers 400"

	fetch /no-such-page
	is "$STATUS" 404 "$name: /no-such-page answers 404"

	# a percent-encoded UTF-8 path reaches the program unchanged: its 404 page links to
	# the English version of the same path, encoded again
	fetch '/v%C3%A2n-%C4%91%E1%BB%93n'
	is "$STATUS" 404 "$name: /vân-đồn (percent-encoded) answers 404"
	body_has 'href="/en/v%C3%A2n-%C4%91%E1%BB%93n"' "$name: the program saw the UTF-8 path unchanged"

	fetch /staff/login
	is "$STATUS" 200 "$name: /staff/login answers 200"
	body_has 'name="password"' "$name: /staff/login is the staff program's sign-in form"
	header_has '^x-frame-options: deny' "$name: staff pages forbid framing"
	fetch /en/staff/login
	is "$STATUS" 200 "$name: /en/staff/login answers 200"
	body_has 'name="password"' "$name: /en/staff/login is the staff sign-in form"
	body_has '<html lang="en"' "$name: /en/staff/login is in English"

	fetch /static/site.css
	is "$STATUS" 200 "$name: /static/site.css answers 200"
	header_has '^cache-control: .*max-age=31536000' "$name: static files are cached for a year"
	fetch /robots.txt
	is "$STATUS" 200 "$name: /robots.txt answers 200"
	body_has 'Disallow: /staff/' "$name: /robots.txt is the file from htdocs"

	fetch /zones -X POST -d kind=kkt
	is "$STATUS" 405 "$name: POST /zones answers 405"
	header_has '^allow: GET, HEAD' "$name: with the allowed methods"

	fetch / -I
	is "$STATUS" 200 "$name: HEAD / answers 200"

	if [ "$name" = lighttpd ] && [ ! -f /usr/lib/lighttpd/mod_deflate.so ]; then
		T_N=$((T_N + 1))
		echo "ok $T_N # SKIP $name: no mod_deflate (Debian: lighttpd-mod-deflate)"
	else
		fetch /zones -H 'Accept-Encoding: gzip'
		header_has '^content-encoding: gzip' "$name: pages are compressed"
	fi

	# body limits: 16 KB for public pages, 12 MB for staff pages
	big=$T_TMP/big
	head -c 20000 /dev/zero | tr '\0' a >"$big"
	fetch /zones -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$big"
	is "$STATUS" 413 "$name: a 20 KB body to a public page is refused (413)"
	body_has 'Dữ liệu gửi lên quá lớn' "$name: … saying so in Vietnamese"
	body_has 'What you sent is too large' "$name: … and in English"
	fetch /zones -X POST -H 'Transfer-Encoding: chunked' --data-binary "@$big"
	ok "$name: a 20 KB chunked body to a public page is refused (got $STATUS)" \
		test "$STATUS" = 411 -o "$STATUS" = 413
	# requests the server cannot read: its refusals say what was wrong in both languages
	# (lighttpd reads the request line as a header: 431 for both)
	fetch "/zones/$(head -c 14000 /dev/zero | tr '\0' a)"
	ok "$name: a 14,000-byte address is refused (got $STATUS)" test "$STATUS" = 414 -o "$STATUS" = 431
	body_has 'Địa chỉ (hoặc tiêu đề )?quá dài' "$name: … saying so in Vietnamese"
	body_has 'The address (or headers )?(is|are) too long' "$name: … and in English"
	fetch /zones -H "X-Padding: $(head -c 10000 /dev/zero | tr '\0' b)"
	ok "$name: a 10,000-byte header is refused (got $STATUS)" test "$STATUS" = 400 -o "$STATUS" = 431
	body_has 'The request could not be read|headers are too long' "$name: … saying so"
	fetch /staff/login -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$big"
	is "$STATUS" 403 "$name: a 20 KB body reaches the staff program (its sign-in refuses a POST without Origin: 403)"
}

if start_apache; then
	check_server apache "$APACHE_PORT" "$W/apache/log"
fi
if start_lighttpd; then
	check_server lighttpd "$LIGHTTPD_PORT" "$W/lighttpd/log"
fi

stop_servers
left=$(pgrep -f -- "$W/" 2>/dev/null | wc -l || true)
is "$left" 0 "no server process is left running"

done_testing

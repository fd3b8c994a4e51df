# Helpers for the deployment tests (tests/deploy/): this build installed into a folder of its
# own, private nginx servers and programs on ports derived from the test instance's.
# Source after tap.sh and need_portal.

BUILD_DIR=${top_builddir:-$PORTAL_BUILD}
# deploy_port N: the test instance's port + N (the deployment tests use + 21 to + 29)
deploy_port() { echo $((${PORTAL_URL##*:} + $1)); }

# deploy_install DIR: `make install DESTDIR=DIR/stage` of this build. Sets PREFIX (the
# configured prefix), P (where it is under DIR/stage) and SHARE ($(pkgdatadir) there).
deploy_install() {
	PREFIX=$(sed -n 's/^prefix = //p' "$BUILD_DIR/Makefile")
	P=$1/stage$PREFIX
	SHARE=$P/share/minhbach
	rm -rf "$1/stage"
	mkdir -p "$1"
	make -s -C "$BUILD_DIR" install DESTDIR="$1/stage" >"$1/install.log" 2>&1
}

# unit_lines UNIT KEY: the unit's KEY= lines as installed (e.g. ExecStart), with the
# credentials folder replaced by CRED and the installed paths by those under the stage
unit_lines() {
	sed -n "s/^$2=//p" "$SHARE/conf/systemd/$1" |
		sed -e "s|\${CREDENTIALS_DIRECTORY}|$CRED|g" -e "s| $PREFIX/| $P/|g" -e "s|^$PREFIX/|$P/|"
}

# conf_set FILE KEY VALUE: the key's line becomes KEY = VALUE; without one, its first line
# commented out (an example file may show several); a key that is not in the file is added
conf_set() {
	if grep -q "^$2 = " "$1"; then sed -i "s|^$2 = .*|$2 = $3|" "$1"
	elif grep -q "^#$2 = " "$1"; then sed -i "0,/^#$2 = /s|^#$2 = .*|$2 = $3|" "$1"
	else echo "$2 = $3" >>"$1"; fi
}

# wait_socket PATH: true once the unix socket exists, within 20 s
wait_socket() {
	local n
	for n in $(seq 200); do
		[ -S "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

# nginx_start VAR PORT CONF_DIR HTDOCS PUBLIC_SOCKET STAFF_SOCKET: an nginx of its own under
# VAR, from CONF_DIR's portal.conf.in and minhbach-locations.conf.in (as ./portal starts it),
# serving HTDOCS on 127.0.0.1:PORT; more servers go in VAR/etc/conf.d/. Returns nginx's status.
nginx_start() {
	local v=$1 user_line=""
	mkdir -p "$v"/{run,log,etc/conf.d} "$v"/nginx/{body,fastcgi,proxy,uwsgi,scgi,cache}
	if [ "$(id -u)" = 0 ]; then
		user_line="user nobody nogroup;"
		chown nobody:nogroup "$v"/nginx/{body,fastcgi,proxy,uwsgi,scgi,cache}
	fi
	sed -e "s|@HTDOCS@|$4|g" -e "s|@PUBLIC_SOCKET@|$5|g" -e "s|@STAFF_SOCKET@|$6|g" \
		-e "s|@CONF_DIR@|$3|g" "$3/minhbach-locations.conf.in" >"$v/etc/minhbach-locations.conf"
	sed -e "s|@VAR@|$v|g" -e "s|@PORT@|$2|g" -e "s|@INSTANCE@|deploy|g" \
		-e "s|@USER_LINE@|$user_line|g" -e "s|@HTDOCS@|$4|g" "$3/portal.conf.in" >"$v/etc/nginx.conf"
	/usr/sbin/nginx -p "$v/nginx" -c "$v/etc/nginx.conf" -e "$v/log/nginx-error.log"
}

nginx_stop() { # nginx_stop VAR
	local pid
	pid=$(cat "$1/run/nginx.pid" 2>/dev/null) || return 0
	kill -TERM "$pid" 2>/dev/null || return 0
	for _ in $(seq 100); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
}

# stop_started PID: SIGTERM to a process this test started, then wait (at most 20 s) for it
stop_started() {
	kill -TERM "$1" 2>/dev/null || return 0
	for _ in $(seq 200); do
		kill -0 "$1" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

#!/usr/bin/env bash
# Deployment: the TLS server of conf/nginx/minhbach-tls.conf.in on loopback, with a
# throw-away certificate (openssl) for the name minhbach.test. Over HTTPS the public and the
# staff pages answer, every response carries HSTS and the staff session cookie is `Secure`;
# plain HTTP is a 301 to the same path at the configured origin, and another name is refused.
# The public pages come from the test instance's program; the staff program is one of its
# own, whose public_origin is the HTTPS origin (its POSTs are checked against it).
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/deploy.sh"
. "$top_srcdir/tests/lib/staff.sh"
command -v openssl >/dev/null || { echo "1..0 # SKIP openssl is not installed"; exit 0; }

D=$PORTAL_INSTANCE_DIR/deploy/tls
NAME=minhbach.test
HTTPS_PORT=$(deploy_port 22)
HTTP_PORT=$(deploy_port 23)
ORIGIN=https://$NAME:$HTTPS_PORT
LOG=$PORTAL_INSTANCE_DIR/log/deploy-tls.log
STAFF_PID=
cleanup() {
	nginx_stop "$D"
	[ -z "$STAFF_PID" ] || stop_started "$STAFF_PID"
	rm -rf "$T_TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

rm -rf "$D"
mkdir -p "$D/etc/conf.d" "$D/run" "$D/tls"
chmod 755 "$PORTAL_INSTANCE_DIR/deploy" "$D" "$D/run"
ok "openssl makes a throw-away certificate for $NAME" \
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
	-subj "/CN=$NAME" -addext "subjectAltName=DNS:$NAME" \
	-keyout "$D/tls/key.pem" -out "$D/tls/cert.pem" 2>>"$LOG"

# the staff program, configured as the test instance's but for the HTTPS origin
umask 077
sed -e "s|^listen = .*|listen = $D/run/staff.sock|" -e "s|^public_origin = .*|public_origin = $ORIGIN|" \
	"$PORTAL_INSTANCE_DIR/etc/minhbach-staff.conf" >"$D/etc/minhbach-staff.conf"
umask 022
"$BUILD_DIR/cgi-bin/staff/minhbach-staff" -c "$D/etc/minhbach-staff.conf" </dev/null >>"$LOG" 2>&1 &
STAFF_PID=$!
ok "a staff program for the HTTPS origin starts" wait_socket "$D/run/staff.sock"

# the TLS servers on loopback: the placeholders filled in, IPv6 left out
sed -e "s|@SERVER_NAME@|$NAME|g" -e "s|@ORIGIN@|$ORIGIN|g" \
	-e "s|@HTTP_PORT@|127.0.0.1:$HTTP_PORT|g" -e "s|@HTTPS_PORT@|127.0.0.1:$HTTPS_PORT|g" \
	-e "s|@CERTIFICATE@|$D/tls/cert.pem|g" -e "s|@CERTIFICATE_KEY@|$D/tls/key.pem|g" \
	-e "s|@LOCATIONS@|$D/etc/minhbach-locations.conf|g" -e "s|@HTDOCS@|$top_srcdir/htdocs|g" \
	-e '/listen \[::\]/d' \
	"$top_srcdir/conf/nginx/minhbach-tls.conf.in" >"$D/etc/conf.d/tls.conf"
is "$(grep -c '@[A-Z_]*@' "$D/etc/conf.d/tls.conf")" 0 "every placeholder of the TLS server is filled in"
if nginx_start "$D" "$(deploy_port 24)" "$top_srcdir/conf/nginx" "$top_srcdir/htdocs" \
	"$PORTAL_INSTANCE_DIR/run/public.sock" "$D/run/staff.sock" 2>>"$LOG"; then
	pass "nginx starts with the TLS server"
else
	fail "nginx starts with the TLS server"
	diag "$(tail -5 "$D/log/nginx-error.log")"
	done_testing
	exit
fi

# over TLS, by name (SNI), checked against the throw-away certificate
tls() { # tls PATH [curl options]: sets STATUS, BODY, HEADERS
	local path=$1
	shift
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code} HTTP/%{http_version}' --max-time 30 \
		--cacert "$D/tls/cert.pem" --resolve "$NAME:$HTTPS_PORT:127.0.0.1" "$@" "$ORIGIN$path") || STATUS=000
}
HSTS='^strict-transport-security: max-age=31536000'
for path in / /en/ /projects /zones/van-don /static/site.css /robots.txt /staff/login /en/staff/login; do
	tls "$path"
	is "$STATUS" "200 HTTP/2" "GET $path over TLS (HTTP/2): 200"
	header_has "$HSTS" "$path carries Strict-Transport-Security"
done
tls /no-such-page
is "${STATUS% *}" 404 "an unknown page over TLS: 404"
header_has "$HSTS" "with Strict-Transport-Security"
long=$(head -c 14000 /dev/zero | tr '\0' a)
# (over HTTP/2 nginx ends the connection instead: a header field over its buffers is
# ENHANCE_YOUR_CALM, with no response to put a page in)
tls "/zones/$long" --http1.1
is "$STATUS" "414 HTTP/1.1" "a 14,000-byte address over TLS (HTTP/1.1): 414"
body_has 'The address is too long' "with the site's page for it"

JAR=$T_TMP/tls.jar
tls /staff/login -c "$JAR" -H "Origin: $ORIGIN" --data-urlencode username=editor \
	--data-urlencode "password=$PORTAL_DEMO_PASSWORD"
is "${STATUS% *}" 303 "a staff user signs in over TLS"
header_has '^set-cookie: .*; *Secure' "the session cookie is Secure over TLS"
header_has '^set-cookie: .*HttpOnly.*SameSite=Strict|^set-cookie: .*SameSite=Strict.*HttpOnly' \
	"and HttpOnly, SameSite=Strict"
tls /staff/ -b "$JAR"
is "${STATUS% *}" 200 "the staff start page answers with that session"
body_has 'name="csrf"' "signed in"

# plain HTTP: a redirect, nothing else
plain() { # plain HOST PATH
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' --max-time 30 -H "Host: $1" \
		"http://127.0.0.1:$HTTP_PORT$2") || STATUS=000
}
plain "$NAME" '/projects?status=approved&page=2'
is "$STATUS" 301 "plain HTTP is a 301"
is "$(location)" "$ORIGIN/projects?status=approved&page=2" "to the same path and query at the HTTPS origin"
ok "without Strict-Transport-Security over plain HTTP" bash -c "! grep -qi '^strict-transport-security' '$HEADERS'"
plain "$NAME" /staff/login
is "$STATUS $(location)" "301 $ORIGIN/staff/login" "the staff pages too"
plain evil.example /
is "$STATUS" 421 "plain HTTP for another name: 421"
plain "$NAME" "/zones/$long"
is "$STATUS" 414 "plain HTTP, a 14,000-byte address: 414 from the default server"
body_has 'Địa chỉ quá dài' "with the same page"
ok "TLS for another name: the handshake is refused" bash -c "! curl -sS -o /dev/null -k --max-time 10 \
	--resolve evil.example:$HTTPS_PORT:127.0.0.1 https://evil.example:$HTTPS_PORT/ 2>/dev/null"

# the same staff program's cookie over the test instance's plain HTTP lacks Secure
login editor
is "$STATUS" 303 "(over plain HTTP, on the test instance, the sign-in works)"
ok "(and its cookie is not Secure, nor any response HSTS)" \
	bash -c "! grep -Eiq '^set-cookie: .*Secure|^strict-transport-security' '$HEADERS'"
done_testing

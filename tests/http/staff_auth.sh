#!/usr/bin/env bash
# Staff: sign-in, throttling, sessions and their expiry, CSRF, roles per board, audit log.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

for p in /staff/ /staff/password /staff/users /staff/audit /staff/zones/van-don/edit \
	/staff/projects/1/edit /staff/projects/1/status /staff/changes/1 /en/staff/; do
	fetch "$p"
	is "$STATUS $(location)" "303 ${p%%/staff*}/staff/login" "unauthenticated $p is redirected to the sign-in page"
done
fetch /staff/logout -X POST -d x=1
is "$STATUS" 303 "an unauthenticated POST is redirected too"

login editor wrong-password-here
is "$STATUS" 403 "a wrong password is refused"
body_has 'Tên đăng nhập hoặc mật khẩu không đúng' "with a message"
login nobody-like-this "$PORTAL_DEMO_PASSWORD"
is "$STATUS" 403 "an unknown user is refused the same way"
login editor
is "$STATUS" 303 "the right password signs in"
is "$(location)" "/staff/" "to the staff start page"
header_has '^set-cookie: mb_session=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Strict' "with an HttpOnly, SameSite=Strict cookie"
n=$(root_sql "SELECT COUNT(*) FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id WHERE u.username = 'editor'")
ok "the session is stored ($n)" test "$n" -ge 1
token=$(sed -n 's/^[Ss]et-[Cc]ookie: mb_session=\([0-9a-f]*\).*/\1/p' "$HEADERS")
ok "but not the token itself" test "$(root_sql "SELECT COUNT(*) FROM staff_sessions WHERE HEX(token_hash) = UPPER('$token')")" = 0

# sign-in without the right origin is refused (cross-site login)
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H 'Origin: http://evil.example' -d "username=editor&password=$PORTAL_DEMO_PASSWORD" "$PORTAL_URL/staff/login")
is "$STATUS" 403 "a sign-in posted from another site is refused"

# throttling per account: five failures, then even the right password waits
root_sql "DELETE FROM login_attempts"
login editor2
is "$STATUS" 303 "editor2 signs in"
for i in 1 2 3 4 5; do login editor2 "wrong-$i-password"; done
login editor2
is "$STATUS" 429 "after five failures from one address the account is throttled there, right password or not"
body_has '15 phút' "saying for how long at most"
header_has '^retry-after: ' "with Retry-After"
root_sql "DELETE FROM login_attempts"
# throttling per address: twenty failures from one address across accounts
root_sql "INSERT INTO login_attempts (username, client_addr, succeeded) SELECT CONCAT('x', seq), '127.0.0.1', 0 FROM seq_1_to_20"
login admin
is "$STATUS" 429 "twenty failures from one address throttle every account from it"
root_sql "DELETE FROM login_attempts"
login admin
is "$STATUS" 303 "and sign-in works again once they are past"

# CSRF and origin
login editor
as editor /staff/zones/van-don/edit
is "$STATUS" 200 "the editor opens a zone of their board"
body_has 'name="csrf" value="[0-9a-f]{64}"' "the form carries a CSRF token"
before=$(root_sql "SELECT COUNT(*) FROM change_requests")
args=()
while IFS= read -r kv; do args+=(--data-urlencode "$kv"); done < <(zone_form van-don)
as editor /staff/zones/van-don/edit -H "$ORIGIN_HDR" "${args[@]}" --data-urlencode "note=x" --data-urlencode "action=save"
is "$STATUS" 403 "a POST without a CSRF token is refused"
as editor /staff/zones/van-don/edit -H "$ORIGIN_HDR" "${args[@]}" --data-urlencode "note=x" --data-urlencode "action=save" --data-urlencode "csrf=$(printf '0%.0s' {1..64})"
is "$STATUS" 403 "a POST with a wrong CSRF token is refused"
as editor /staff/zones/van-don/edit -H 'Origin: http://evil.example' "${args[@]}" --data-urlencode "note=x" --data-urlencode "csrf=$(csrf editor)"
is "$STATUS" 403 "a POST from another origin is refused, even with the token"
is "$(root_sql "SELECT COUNT(*) FROM change_requests")" "$before" "and none of them changed anything"

# roles are scoped to boards
as editor /staff/zones/cai-lan/edit
is "$STATUS" 403 "an editor cannot open another board's zone"
args=()
while IFS= read -r kv; do args+=("$kv"); done < <(zone_form cai-lan)
post editor /staff/zones/cai-lan/edit "${args[@]}" "note=x" "action=submit"
is "$STATUS" 403 "nor change it"
vd_project=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id WHERE b.slug = 'bql-kkt-van-don' LIMIT 1")
other_project=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id WHERE b.slug <> 'bql-kkt-van-don' LIMIT 1")
as editor "/staff/projects/$other_project/status"
is "$STATUS" 403 "nor another board's project"
login editor2
as editor2 "/staff/projects/$vd_project/edit"
is "$STATUS" 403 "editor2 cannot open a Vân Đồn project"
login reviewer
as reviewer /staff/zones/van-don/edit
is "$STATUS" 403 "a reviewer who is no editor cannot edit"
as reviewer /staff/users
is "$STATUS" 403 "only admins see the users page"
as reviewer /staff/audit
is "$STATUS" 403 "and the audit log"
login admin
as admin /staff/audit
is "$STATUS" 200 "an admin reads the audit log"
body_has '<code>login_failed</code>' "which records failed sign-ins"
body_has '<code>forbidden</code>' "and refused requests"
out=$(mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$(sed -n 's/^db_user *= *//p' "$PORTAL_INSTANCE_DIR/etc/minhbach-public.conf")" \
	-p"$(sed -n 's/^db_password *= *//p' "$PORTAL_INSTANCE_DIR/etc/minhbach-public.conf")" "$PORTAL_DB_NAME" -e "SELECT * FROM audit_log" 2>&1)
ok "the public account cannot read the audit log" grep -q 'ERROR 1142' <<<"$out"

# sessions expire: 30 minutes idle, 12 hours at most; logout ends one
login editor
root_sql "UPDATE staff_sessions s JOIN staff_users u ON u.id = s.user_id SET s.last_seen = s.last_seen - INTERVAL 31 MINUTE WHERE u.username = 'editor'"
as editor /staff/
is "$STATUS $(location)" "303 /staff/login" "a session idle for 31 minutes has expired"
login editor
root_sql "UPDATE staff_sessions s JOIN staff_users u ON u.id = s.user_id SET s.created_at = s.created_at - INTERVAL 13 HOUR WHERE u.username = 'editor'"
as editor /staff/
is "$STATUS" 303 "a session older than 12 hours has expired, however busy"
login editor
post editor /staff/logout
is "$STATUS" 303 "logout"
header_has '^set-cookie: mb_session=;.*Max-Age=0' "clears the cookie"
as editor /staff/
is "$STATUS" 303 "and ends the session"

# change password
login editor2
post editor2 /staff/password "current=$PORTAL_DEMO_PASSWORD" "new=short" "again=short"
is "$STATUS" 400 "a new password under 12 characters is refused"
body_has 'ít nhất 12 ký tự' "saying why"
post editor2 /staff/password "current=not-the-password" "new=a-new-password-1" "again=a-new-password-1"
is "$STATUS" 403 "a wrong current password is refused"
post editor2 /staff/password "current=$PORTAL_DEMO_PASSWORD" "new=a-new-password-1" "again=a-new-password-1"
is "$STATUS" 200 "the password changes"
login editor2
is "$STATUS" 403 "the old password no longer works"
login editor2 a-new-password-1
is "$STATUS" 303 "the new one does"
post editor2 /staff/password "current=a-new-password-1" "new=$PORTAL_DEMO_PASSWORD" "again=$PORTAL_DEMO_PASSWORD"
is "$STATUS" 200 "and it changes back"

done_testing

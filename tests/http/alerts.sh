#!/usr/bin/env bash
# E-mail alerts end to end, with a real SMTP server on loopback (Debian's python3-aiosmtpd,
# each message into a Maildir) and minhbachctl send-alerts as the timer runs it: the Follow
# box, a request → one confirmation mail → confirm → a matching publication → exactly one
# alert with its headers, both parts, old → new and a link; nothing for a publication that
# does not match, nothing twice, nothing after a one-click unsubscribe; the relay away →
# retried later, nothing lost, nothing twice; a registry search; bad input, forged and
# expired links, the rate limit, one pending confirmation a day; the manage page without
# the address, "delete all my data"; the accounts' rights; the staff's counts.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"
SMTP_OFFSET=41
. "$top_srcdir/tests/lib/smtp.sh"
cleanup_alerts() {
	smtp_stop
	root_sql "DELETE FROM alert_subscriptions; DELETE FROM alert_addresses; DELETE FROM alert_requests" || true
}
trap 'cleanup_alerts; rm -rf "$T_TMP"' EXIT

# mails_are N DESCRIPTION: the Maildir holds N messages (else the runs' and the server's logs)
mails_are() {
	local n
	n=$(mail_count)
	is "$n" "$1" "$2"
	[ "$n" = "$1" ] || { diag "$(tail -5 "$T_TMP/send.log")"; diag "$(tail -5 "$T_TMP/smtp.log")"; }
}
MAIL=$T_TMP/mail.txt
# read_mail: the one message that arrived since the last read_mail, into $MAIL
SEEN=$T_TMP/seen
: >"$SEEN"
read_mail() {
	local f
	f=$(find "$MAILDIR/new" -type f | sort | comm -13 "$SEEN" - | head -1)
	show_mail "$f" >"$MAIL"
	find "$MAILDIR/new" -type f | sort >"$SEEN"
}
mail_has() { if grep -Eq -- "$1" "$MAIL"; then pass "$2"; else fail "$2"; diag "$(head -c 1500 "$MAIL")"; fi; }
mail_link() { grep -o "$PORTAL_URL[^ <\">]*$1?t=[A-Za-z0-9_-]*" "$MAIL" | head -1; }

# subscribe EMAIL FOLLOW TARGET [FREQUENCY [LANG [PREFIX]]]: the Follow box's POST
subscribe() {
	fetch "${6:-}/alerts" -H "Origin: $PORTAL_URL" --data-urlencode "email=$1" \
		--data-urlencode "follow=$2" --data-urlencode "target=$3" \
		--data-urlencode "frequency=${4:-immediate}" --data-urlencode "lang=${5:-vi}"
}

# publish_status PROJECT STATUS: a status change as a publication writes it (the record, its
# change and changed field, the data generation) in one transaction
publish_status() {
	local old
	old=$(root_sql "SELECT status FROM projects WHERE id = $1")
	root_sql "START TRANSACTION; UPDATE projects SET status = '$2' WHERE id = $1;
		INSERT INTO change_log (entity, entity_id, summary, summary_key)
		VALUES ('project', $1, 'Chuyển tình trạng', 'changelog.status');
		INSERT INTO change_log_fields (change_id, field, old_value, new_value)
		VALUES (LAST_INSERT_ID(), 'status', '$old', '$2');
		UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1;
		COMMIT"
}

cleanup_alerts
ok "the SMTP server listens on 127.0.0.1:$SMTP_PORT" smtp_start

# two projects of different zones (neither zone's scope holds the other), both operating
P=$(root_sql "SELECT id FROM projects WHERE status = 'operating' ORDER BY id LIMIT 1")
PZONE=$(root_sql "SELECT z.slug FROM zones z JOIN projects p ON p.zone_id = z.id WHERE p.id = $P")
Q=$(root_sql "SELECT p.id FROM projects p WHERE p.status = 'operating' AND p.id <> $P AND p.zone_id NOT IN
	(SELECT member_id FROM pub_zone_scope WHERE slug = '$PZONE')
	AND (SELECT zone_id FROM projects WHERE id = $P) NOT IN
	(SELECT member_id FROM pub_zone_scope WHERE zone_id = p.zone_id) ORDER BY p.id LIMIT 1")
R=$(root_sql "SELECT id FROM projects WHERE status = 'operating' AND id NOT IN ($P, $Q) ORDER BY id LIMIT 1")
ok "three operating projects to publish ($P, $Q, $R)" test -n "$P" -a -n "$Q" -a -n "$R"
E1="reader.$$@example.org"
E2="analyst.$$@example.net"

# --- the Follow box and the pages -------------------------------------------------------
fetch "/projects/$P"
body_has "<form method=\"post\" action=\"/alerts\"><input type=\"hidden\" name=\"follow\" value=\"project\"><input type=\"hidden\" name=\"target\" value=\"$P\">" \
	"the project page has the Follow box for the project"
body_has '<label for="follow-email">' "its e-mail field is labelled"
fetch "/en/zones/$PZONE"
body_has "action=\"/en/alerts\"><input type=\"hidden\" name=\"follow\" value=\"zone\"><input type=\"hidden\" name=\"target\" value=\"$PZONE\">" \
	"the English zone page has the box for the zone, posting to the English page"
fetch "/projects?status=revoked&sort=name"
body_has 'name="follow" value="search"><input type="hidden" name="target" value="status=revoked">' \
	"the registry's status list has the box for its normalized search (no sort)"
fetch "/alerts"
is "$STATUS" 200 "/alerts says what the alerts are"
body_has "Nghị định 13/2023" "with the privacy statement (Decree 13/2023)"
body_has "48 giờ" "and for how long a request is kept"

# --- bad input -------------------------------------------------------------------------
subscribe "not-an-address" project "$P"
is "$STATUS" 400 "a bad address is refused (400)"
body_has "<code>email</code>" "the page names the field email"
subscribe "x@example.org" project "$P" immediate en /en
body_lacks "<code>email</code>" "(a good address passes)"
subscribe "a@b@example.org" project "$P" immediate en /en
is "$STATUS" 400 "an address with two @ is refused on the English page too"
body_has "is not an e-mail address" "in English"
subscribe "$E1" project "abc"
is "$STATUS" 400 "a project id that is not a number: 400"
body_has "<code>target</code>" "naming the field target"
subscribe "$E1" project 999999
is "$STATUS" 400 "a project that does not exist: 400 naming target"
subscribe "$E1" search "status=flying"
is "$STATUS" 400 "a search with a filter the registry refuses: 400"
subscribe "$E1" weather "x"
is "$STATUS" 400 "an unknown kind of follow: 400"
fetch "/alerts" --data-urlencode "email=$E1" --data-urlencode "follow=project" --data-urlencode "target=$P"
is "$STATUS" 403 "a request from another site (no Origin) is refused"
fetch "/alerts" -H "Origin: http://evil.example" --data-urlencode "email=$E1" \
	--data-urlencode "follow=project" --data-urlencode "target=$P"
is "$STATUS" 403 "or with a foreign Origin"
is "$(root_sql "SELECT COUNT(*) FROM alert_subscriptions")" 1 "nothing was stored but the good request"
root_sql "DELETE FROM alert_subscriptions; DELETE FROM alert_addresses; DELETE FROM alert_requests"

# --- subscribe, one confirmation, confirm ------------------------------------------------
subscribe "$E1" project "$P"
is "$STATUS" 200 "a request from the Follow box: 200"
body_has "Hãy kiểm tra hộp thư" "check your mailbox"
header_has '^Cache-Control: no-store' "not kept by any cache"
subscribe "$E1" zone "$PZONE"
is "$STATUS" 200 "a second request for the same address the same day gets the same page"
is "$(root_sql "SELECT COUNT(*) FROM alert_subscriptions")" 1 "but stores nothing: one pending confirmation an address a day"
publish_status "$Q" suspended	# before the confirmation: mailed to no one
send_alerts
is "$RC" 0 "send-alerts runs (exit 0)"
mails_are 1 "exactly one mail: the confirmation"
read_mail
mail_has "^To: $E1" "to the address"
CONFIRM=$(mail_link /alerts/confirm)
ok "with a confirmation link" test -n "$CONFIRM"
send_alerts
mails_are 1 "a second run sends it no second time"
fetch "${CONFIRM#"$PORTAL_URL"}x"
is "$STATUS" 400 "a forged confirmation link is refused (400)"
body_has "<code>t</code>" "naming the link's token"
SUB1=$(root_sql "SELECT id FROM alert_subscriptions")
expired=$($PY - "$(sed -n 's/^alert_secret *= *//p' "$CONF")" "$SUB1" <<'PY'
import base64, hashlib, hmac, sys, time
key = hashlib.blake2b(sys.argv[1].encode(), digest_size=32, key=b'minhbach alert tokens v1').digest()
exp = int(time.time()) - 60
mac = hmac.new(key, f'c:{sys.argv[2]}:{exp}'.encode(), hashlib.sha512).digest()[:32]
print(f'c{sys.argv[2]}-{exp}-' + base64.urlsafe_b64encode(mac).decode().rstrip('='))
PY
)
fetch "/en/alerts/confirm?t=$expired"
is "$STATUS" 410 "an expired confirmation link (signed with the secret) answers 410"
body_has "expired" "saying so in English"
fetch "${CONFIRM#"$PORTAL_URL"}"
is "$STATUS" 200 "the confirmation page"
body_has '<button type="submit">Xác nhận</button>' "asks for a press of its button (no mail scanner confirms)"
is "$(root_sql "SELECT confirmed_at IS NULL FROM alert_subscriptions WHERE id = $SUB1")" 1 "the page alone confirms nothing"
fetch "/alerts/confirm" -X POST --data-urlencode "t=${CONFIRM##*t=}"
is "$STATUS" 200 "confirmed"
body_has "Đã xác nhận" "the page says so"
is "$(root_sql "SELECT confirmed_at IS NOT NULL FROM alert_subscriptions WHERE id = $SUB1")" 1 "the subscription is confirmed"
send_alerts
mails_are 1 "the change published before the confirmation is not mailed"

# --- a matching publication: exactly one alert ------------------------------------------
publish_status "$P" suspended
publish_status "$R" delayed	# matches nothing of E1's
send_alerts
is "$RC" 0 "send-alerts after a publication: exit 0"
mails_are 2 "exactly one alert"
read_mail
mail_has "^To: $E1" "to the subscriber"
mail_has "^List-Unsubscribe: <$PORTAL_URL/alerts/unsubscribe\\?t=" "List-Unsubscribe with the one-click URL"
mail_has "^List-Unsubscribe-Post: List-Unsubscribe=One-Click" "List-Unsubscribe-Post (RFC 8058)"
mail_has "^Content-Type: multipart/alternative" "plain text and HTML"
mail_has "^--- text/plain" "a text part"
mail_has "^--- text/html" "an HTML part"
mail_has "Tình trạng: Đang hoạt động → Tạm ngừng" "the text says what changed, old → new"
mail_has "<li>Tình trạng: Đang hoạt động → Tạm ngừng</li>" "the HTML too"
mail_has "$PORTAL_URL/projects/$P" "with a link to the project"
mail_has "$PORTAL_URL/alerts/manage\\?t=" "and the link that manages all the address's subscriptions"
ok "the changes of other projects are not in it" bash -c "! grep -q '/projects/$R\\b' '$MAIL'"
send_alerts
mails_are 2 "the next run sends nothing: never twice"
publish_status "$Q" operating
send_alerts
mails_are 2 "a publication that does not match sends nothing"

# --- the relay away: retried later, nothing lost, nothing twice --------------------------
publish_status "$P" operating
smtp_stop
send_alerts
is "$RC" 75 "the relay away: send-alerts exits 75 (to try again)"
is "$(root_sql "SELECT CONCAT(tries, ' ', next_try_at > NOW(), ' ', sending_upto IS NULL) FROM alert_subscriptions WHERE id = $SUB1")" \
	"1 1 1" "the subscription waits (backoff) and nothing is left half-sent"
ok "the SMTP server is back" smtp_start
send_alerts
mails_are 2 "before the backoff has passed nothing is tried"
root_sql "UPDATE alert_subscriptions SET next_try_at = NOW() WHERE id = $SUB1"
send_alerts
is "$RC" 0 "after the backoff: exit 0"
mails_are 3 "exactly one mail"
read_mail
mail_has "Tạm ngừng → Đang hoạt động" "with the change published while the relay was away"
send_alerts
mails_are 3 "and never again"
# a run that died between handing a mail over and recording it: taken as sent
publish_status "$P" suspended
root_sql "UPDATE alert_subscriptions SET sending_upto = (SELECT MAX(id) FROM change_log) WHERE id = $SUB1"
send_alerts
mails_are 3 "a mail a crashed run may have sent is not sent again"

# --- a registry search, in English ---------------------------------------------------------
root_sql "DELETE FROM alert_requests"
subscribe "$E2" search "status=suspended&zone=" daily en /en
is "$STATUS" 200 "a request for a registry search"
body_has "Check your mailbox" "answered in English"
send_alerts
mails_are 4 "its confirmation mail"
read_mail
mail_has "Confirm your subscription" "in English"
fetch "/en/alerts/confirm" -X POST --data-urlencode "t=$(mail_link /en/alerts/confirm | sed 's/.*t=//')"
is "$STATUS" 200 "confirmed"
publish_status "$R" suspended
publish_status "$Q" delayed
send_alerts
mails_are 5 "a project that now matches the search: one digest (the first is due at once)"
read_mail
mail_has "Status: Delayed → Suspended" "in English, old → new"
mail_has "$PORTAL_URL/en/projects/$R" "linking the English page"
ok "a project that does not match is not in it" bash -c "! grep -q '/projects/$Q\\b' '$MAIL'"
publish_status "$R" delayed
send_alerts
mails_are 5 "a daily digest waits a day"
root_sql "UPDATE alert_subscriptions SET checked_at = NOW() - INTERVAL 25 HOUR WHERE address_id = (SELECT id FROM alert_addresses WHERE email = '$E2')"
publish_status "$R" suspended
send_alerts
mails_are 6 "then the day's changes come as one"
read_mail
MANAGE=$(mail_link /en/alerts/manage)

# --- manage, delete all data --------------------------------------------------------------
fetch "${MANAGE#"$PORTAL_URL"}"
is "$STATUS" 200 "the manage page"
body_has "status=suspended" "lists what the address follows"
body_lacks "$E2" "never shows the address"
body_lacks "example\\.net" "(nor its domain)"
header_has '^Cache-Control: no-store' "kept by no cache"
fetch "/en/alerts/delete" --data-urlencode "t=${MANAGE##*t=}"
is "$STATUS" 200 "delete all my data"
is "$(root_sql "SELECT (SELECT COUNT(*) FROM alert_addresses WHERE email = '$E2')
	+ (SELECT COUNT(*) FROM alert_subscriptions s LEFT JOIN alert_addresses a ON a.id = s.address_id WHERE a.id IS NULL OR a.email = '$E2')
	+ (SELECT COUNT(*) FROM alert_requests WHERE who = UNHEX(SHA2(LOWER('$E2'), 256)))")" 0 \
	"no row of the address is left"

# --- one-click unsubscribe ----------------------------------------------------------------
$PY - "$E1" "$MAILDIR/new"/* >"$MAIL" <<'PY'
import email, sys
from email import policy
for f in sys.argv[2:]:
    m = email.message_from_binary_file(open(f, 'rb'), policy=policy.default)
    if sys.argv[1] in str(m['To']) and m['List-Unsubscribe']:
        print(m['List-Unsubscribe'].strip('<>'))
        break
PY
UNSUB=$(cat "$MAIL")
STATUS=$(curl -sS -o "$BODY" -w '%{http_code}' -X POST -d 'List-Unsubscribe=One-Click' "$UNSUB")
is "$STATUS" 200 "the one-click POST (RFC 8058: no Origin, the token in the URL)"
is "$(root_sql "SELECT COUNT(*) FROM alert_subscriptions WHERE id = $SUB1")" 0 "the subscription is gone"
is "$(root_sql "SELECT COUNT(*) FROM alert_addresses WHERE email = '$E1'")" 0 "and the address with its last one"
publish_status "$P" operating
send_alerts
mails_are 6 "nothing is mailed after the unsubscription"
fetch "${UNSUB#"$PORTAL_URL"}"
is "$STATUS" 200 "the old link says the subscription is gone"

# --- abuse: the rate limit per client address ----------------------------------------------
root_sql "DELETE FROM alert_requests"
codes=""
for i in $(seq 11); do
	subscribe "many$i.$$@example.org" project "$P"
	codes="$codes $STATUS"
done
is "$codes" " 200 200 200 200 200 200 200 200 200 200 429" "ten requests an hour from one client, then 429"
header_has '^Retry-After: 3600' "with Retry-After"
body_has "Quá nhiều yêu cầu" "and a page saying why"

# --- rights and the staff's counts -----------------------------------------------------------
conf_value() { sed -n "s/^$2 *= *//p" "$PORTAL_INSTANCE_DIR/etc/$1.conf"; }
as_account() {
	mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$(conf_value "$1" db_user)" \
		-p"$(conf_value "$1" db_password)" -N -B "$PORTAL_DB_NAME" -e "$2" 2>&1
}
denied() { grep -q 'ERROR 1142\|ERROR 1143\|ERROR 1370' <<<"$1"; }
for t in alert_addresses alert_subscriptions alert_requests; do
	ok "the public account cannot read $t" denied "$(as_account minhbach-public "SELECT * FROM $t")"
	ok "the staff account cannot read $t" denied "$(as_account minhbach-staff "SELECT * FROM $t")"
done
ok "the public account cannot write a table of the alerts directly" \
	denied "$(as_account minhbach-public "DELETE FROM alert_subscriptions")"
ok "the public account's view of the subscriptions has no address" \
	grep -q 'ERROR 1054' <<<"$(as_account minhbach-public "SELECT email FROM pub_alert_follows")"
root_sql "UPDATE alert_subscriptions SET confirmed_at = NOW()"
confirmed_zone=$(root_sql "SELECT COUNT(DISTINCT address_id) FROM alert_subscriptions s JOIN zones z ON z.id = s.zone_id WHERE z.slug = '$PZONE' AND s.confirmed_at IS NOT NULL")
login admin
as admin /staff/
is "$STATUS" 200 "the staff start page"
body_has "data-slug=\"$PZONE\">$confirmed_zone<" "shows the zone's subscribers ($confirmed_zone)"
body_lacks "@example\\.org" "and no address"

# a bounce reported by the mail system counts as a permanent failure; the third disables
B="many1.$$@example.org"
for _ in 1 2; do "$CTL" -c "$CONF" alert-bounce "$B" >/dev/null; done
is "$(root_sql "SELECT CONCAT(failures, ' ', disabled_at IS NULL) FROM alert_addresses WHERE email = '$B'")" "2 1" \
	"two bounces: counted, still mailed"
is "$("$CTL" -c "$CONF" alert-bounce "MANY1.$$@example.org")" "counted" "a third (in any case)"
is "$(root_sql "SELECT disabled_at IS NOT NULL FROM alert_addresses WHERE email = '$B'")" 1 "disables the address"

# the projects back as they were
publish_status "$Q" operating
publish_status "$R" operating
done_testing

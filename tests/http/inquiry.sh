#!/usr/bin/env bash
# Inquiries to the boards end to end, with a real SMTP server on loopback (Debian's
# python3-aiosmtpd) and minhbachctl send-alerts as the timer runs it: the form on a zone's
# page and in the finder's comparison; a good post stored with its zones and one
# confirmation mail; every bad field a 400 naming it, in Vietnamese and English, the form
# back with the values; the honeypot; a token of the day, expired, forged or for other zones;
# the rate limit; the staff of each board see only theirs, mark one answered; only an admin
# deletes; nothing of an inquiry on any public page, download, feed or to the public account.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"
SMTP_OFFSET=43
. "$top_srcdir/tests/lib/smtp.sh"
conf_value() { sed -n "s/^$2 *= *//p" "$PORTAL_INSTANCE_DIR/etc/$1.conf"; }
SECRET=$(conf_value minhbach-public alert_secret)
cleanup() {
	smtp_stop
	root_sql "DELETE FROM inquiries; DELETE FROM inquiry_requests" || true
}
trap 'cleanup; rm -rf "$T_TMP"' EXIT
# mail_to ADDRESS: the mail to ADDRESS, decoded, into $MAIL
MAIL=$T_TMP/mail.txt
mail_to() { show_mail "$(grep -l "^To: <$1>" "$MAILDIR"/new/* | head -1)" >"$MAIL"; }
mail_has() { if grep -Eq -- "$1" "$MAIL"; then pass "$2"; else fail "$2"; diag "$(head -c 800 "$MAIL")"; fi; }
mail_lacks() { if grep -Eq -- "$1" "$MAIL"; then fail "$2"; else pass "$2"; fi; }

# mint ISSUED EXPIRES SCOPE: a form token signed with the instance's secret, as the program
# signs them (lib/alert_token.c), for times no real form can be made at
mint() {
	$PY - "$SECRET" "$1" "$2" "$3" <<'PY'
import base64, hashlib, hmac, sys
secret, issued, expires, scope = sys.argv[1:]
key = hashlib.blake2b(secret.encode(), digest_size=32, key=b'minhbach alert tokens v1').digest()
msg = f'i:{issued}:{expires}' + (f':{scope}' if scope else '')
mac = hmac.new(key, msg.encode(), hashlib.sha512).digest()[:32]
print(f'i{issued}-{expires}-' + base64.urlsafe_b64encode(mac).decode().rstrip('='))
PY
}
# form_of PATH: the token and the offered zones of the inquiry form on PATH (T, OFFER)
form_of() {
	fetch "$1"
	T=$(grep -o 'name="t" value="[^"]*"' "$BODY" | head -1 | sed 's/.*value="//; s/"$//')
	OFFER=$(grep -o 'name="offer" value="[^"]*"' "$BODY" | head -1 | sed 's/.*value="//; s/"$//')
}
# inquire PREFIX SLUG field=value...: the form's POST (origin set; t and offer from T, OFFER)
inquire() {
	local prefix=$1 slug=$2 args=()
	shift 2
	for kv in "$@"; do args+=(--data-urlencode "$kv"); done
	fetch "$prefix/zones/$slug/inquiry" -H "Origin: $PORTAL_URL" --data-urlencode "t=$T" \
		--data-urlencode "offer=$OFFER" "${args[@]}"
}
stored() { root_sql "SELECT COUNT(*) FROM inquiries"; }
U=$$.$RANDOM
# a whole good form but for the zones, the message and the e-mail
GOOD=(name="Nguyễn Thị Hỏi $U" organisation="Org $U Co." country=JP land_ha=12,5 sector=
	consent=1)

cleanup
ok "the SMTP server listens on 127.0.0.1:$SMTP_PORT" smtp_start
ZA=van-don
ZB=$(root_sql "SELECT slug FROM zones WHERE board_id = 1 AND status <> 'suspended' ORDER BY id LIMIT 1")
SECTOR=$(root_sql "SELECT code FROM sectors ORDER BY code LIMIT 1")
GOOD[4]="sector=$SECTOR"
ok "a zone of the Vân Đồn board ($ZA) and one of the provincial board ($ZB)" test -n "$ZB"

# --- the form ----------------------------------------------------------------------------
form_of "/zones/$ZA"
body_has "<form method=\"post\" action=\"/zones/$ZA/inquiry#inquiry\"><input type=\"hidden\" name=\"t\" value=\"i[0-9]+-[0-9]+-[A-Za-z0-9_-]+\"><input type=\"hidden\" name=\"offer\" value=\"$ZA\"><input type=\"hidden\" name=\"zone\" value=\"$ZA\">" \
	"the zone page has the inquiry form for the zone, with a signed token"
body_has '<label for="inq-country">Quốc gia</label> <select id="inq-country" name="country" required>' \
	"the country is a labelled choice"
body_has '<option value="JP">Nhật Bản</option>' "of the countries by their ISO code"
body_has '<p class="visually-hidden"><label for="inq-website">Để trống ô này: đây là ô bẫy thư rác tự động</label> <input id="inq-website" name="website" tabindex="-1"' \
	"the honeypot is hidden from sight and from the tab order, and its label tells a screen-reader user to leave it empty"
body_has 'name="consent" value="1" required> Tôi đồng ý .*chỉ dùng chúng để trả lời câu hỏi này' \
	"the consent line says what the data is used for"
fetch "/en/zones/$ZA"
body_has "action=\"/en/zones/$ZA/inquiry#inquiry\"" "the English zone page posts to the English address"
body_has 'Leave this field empty' "with English labels"
form_of "/finder?compare=$ZA&compare=$ZB"
body_has "action=\"/zones/$ZA/inquiry#inquiry\"><input type=\"hidden\" name=\"t\" value=\"[^\"]+\"><input type=\"hidden\" name=\"offer\" value=\"$ZA,$ZB\"><fieldset>" \
	"the finder's comparison offers the form for the compared zones"
body_has "<label><input type=\"checkbox\" name=\"zone\" value=\"$ZB\" checked>" "each compared zone ticked"
TF=$T
OF=$OFFER
fetch "/finder"
body_lacks 'name="offer"' "the finder without a comparison has no inquiry form"
fetch "/zones/$ZB/inquiry"
is "$STATUS" 200 "GET /zones/<slug>/inquiry: the form alone"
body_has "<p class=\"crumbs\"><a href=\"/zones/$ZB\">" "naming the zone, linked"
body_has "name=\"offer\" value=\"$ZB\"" "with its token"
header_has '^Cache-Control: no-store' "kept by no cache"
fetch "/zones/no-such-zone/inquiry"
is "$STATUS" 404 "no form for a zone that does not exist"

# --- a good post, and its mail ----------------------------------------------------------
form_of "/zones/$ZB"
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="investor.$U@example.jp" message="Giá thuê đất MSG-B-$U?"
is "$STATUS" 200 "a good post is taken"
body_has "Đã gửi câu hỏi" "and answered 'sent'"
header_has '^Cache-Control: no-store' "the answer is kept by no cache"
IB=$(root_sql "SELECT id FROM inquiries WHERE message LIKE '%MSG-B-$U%'")
ok "the inquiry is stored" test -n "$IB"
is "$(root_sql "SELECT CONCAT_WS('|', i.country, i.land_ha, i.sector, i.lang, i.status, i.consent, i.organisation)
	FROM inquiries i WHERE id = '$IB'")" "JP|12.50|$SECTOR|vi|open|1|Org $U Co." \
	"with its country, land (a decimal comma), sector, language, status and consent"
is "$(root_sql "SELECT GROUP_CONCAT(z.slug) FROM inquiry_zones iz JOIN zones z ON z.id = iz.zone_id WHERE iz.inquiry_id = '$IB'")" \
	"$ZB" "and its zone"
T=$TF OFFER=$OF inquire /en "$ZA" "${GOOD[@]}" zone="$ZA" zone="$ZB" email="buyer.$U@example.com" \
	message="Both zones MSG-F-$U"
is "$STATUS" 200 "a post from the finder's comparison (English) is taken"
body_has "Your question was sent" "in English"
IF=$(root_sql "SELECT id FROM inquiries WHERE message LIKE '%MSG-F-$U%'")
is "$(root_sql "SELECT COUNT(*) FROM inquiry_zones WHERE inquiry_id = '$IF'")" 2 "stored with both zones"
is "$(root_sql "SELECT lang FROM inquiries WHERE id = '$IF'")" en "in English"

send_alerts
is "$RC" 0 "send-alerts runs"
is "$(mail_count)" 2 "one confirmation mail for each inquiry reached the relay"
mail_to "buyer.$U@example.com"
mail_has "^To: .*buyer\.$U@example\.com" "one to the finder's inquirer"
mail_has "^Subject: Your question was received" "in the inquiry's language"
mail_has "$PORTAL_URL/en/zones/$ZA" "naming the zones asked about, with their links"
mail_lacks "MSG-F-$U|Nguyễn Thị Hỏi" "but neither the message nor the name typed (the address is unconfirmed)"
is "$(root_sql "SELECT GROUP_CONCAT(confirm_mail) FROM inquiries WHERE id IN ('$IB', '$IF')")" "sent,sent" \
	"both marked sent"
send_alerts
is "$(mail_count)" 2 "a second run mails nothing again"

# --- bad input ---------------------------------------------------------------------------
N=$(stored)
form_of "/zones/$ZB"
T=$(mint $(( $(date +%s) - 10 )) $(( $(date +%s) + 3600 )) "$ZB")
inquire "" "$ZB" name= organisation="Org $U" country=JP zone="$ZB" email="kept.$U@example.org" \
	message="Kept MSG-K-$U" consent=1
is "$STATUS" 400 "a missing name: 400"
body_has '<code>name</code>: là bắt buộc' "naming the field, in Vietnamese"
body_has "value=\"kept.$U@example.org\"" "the form comes back with the e-mail kept"
body_has "Kept MSG-K-$U</textarea>" "and the message"
body_has 'name="t" value="i[0-9]+' "with a fresh token"
inquire /en "$ZB" "${GOOD[@]}" zone="$ZB" email="not-an-address" message="x"
is "$STATUS" 400 "a bad e-mail address on the English page: 400"
body_has '<code>email</code>: is not an e-mail address' "naming it, in English"
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="a.$U@example.org" message=""
body_has '<code>message</code>: là bắt buộc' "no message: 400 naming message"
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="a.$U@example.org" message="$(head -c 4001 /dev/zero | tr '\0' 'x')"
body_has '<code>message</code>: quá dài' "a message over 4,000 characters: too long"
inquire "" "$ZB" name=A country=JP zone="$ZB" email="a.$U@example.org" message=x
is "$STATUS" 400 "no consent: 400"
body_has '<code>consent</code>' "naming consent"
inquire "" "$ZB" name=A country=ZZ zone="$ZB" email="a.$U@example.org" message=x consent=1
body_has '<code>country</code>: hãy chọn một quốc gia' "a country not in the list: 400 naming country"
inquire "" "$ZB" name=A country=JP sector=no-such zone="$ZB" email="a.$U@example.org" message=x consent=1
body_has '<code>sector</code>' "a sector not in the list: 400 naming sector"
inquire "" "$ZB" name=A country=JP land_ha=abc zone="$ZB" email="a.$U@example.org" message=x consent=1
body_has '<code>land_ha</code>' "land that is not a number: 400 naming land_ha"
inquire "" "$ZB" name=A country=JP email="a.$U@example.org" message=x consent=1
body_has '<code>zone</code>' "no zone ticked: 400 naming zone"
inquire "" "$ZB" name=A country=JP zone="$ZA" email="a.$U@example.org" message=x consent=1
is "$STATUS" 400 "a zone the form did not offer: 400"
is "$(stored)" "$N" "none of these stored anything"

# --- spam and tokens ---------------------------------------------------------------------
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="bot.$U@example.org" message="SPAM-$U" website="http://spam.example"
is "$STATUS" 200 "a filled honeypot gets the answer of success"
body_has "Đã gửi câu hỏi" "the same page"
is "$(stored)" "$N" "and nothing is stored"
form_of "/zones/$ZB"
day=$(( $(date +%s) / 86400 * 86400 ))
is "$(sed -n 's/^i\([0-9]*\)-\([0-9]*\)-.*/\1 \2/p' <<<"$T")" "$day $(( day + 72 * 3600 ))" \
	"the form's token names the UTC day it was written, good for 72 hours from that day's start"
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="quick.$U@example.org" message="QUICK-$U"
is "$STATUS" 200 "a form of the day sent at once is taken (a cached page cannot say when it was opened)"
N=$(stored)
T=$(mint $(( $(date +%s) - 49 * 3600 )) $(( $(date +%s) - 3600 )) "$ZB")
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="late.$U@example.org" message="LATE-$U"
is "$STATUS" 403 "an expired token: 403"
body_has "quá 48 giờ" "saying the form is too old"
T=$(mint $(( $(date +%s) - 10 )) $(( $(date +%s) + 3600 )) "$ZA")
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="other.$U@example.org" message="OTHER-$U"
is "$STATUS" 400 "a token of another zone's form: 400"
body_has '<code>t</code>' "naming t"
if [ "${T: -1}" = A ]; then T="${T%?}Q"; else T="${T%?}A"; fi
OFFER=$ZA inquire "" "$ZA" "${GOOD[@]}" zone="$ZA" email="forged.$U@example.org" message="FORGED-$U"
is "$STATUS" 400 "a forged token: 400"
T=$(mint $(( $(date +%s) - 10 )) $(( $(date +%s) + 3600 )) "$ZB")
fetch "/zones/$ZB/inquiry" --data-urlencode "t=$T" --data-urlencode "offer=$ZB" --data-urlencode "zone=$ZB"
is "$STATUS" 403 "a post from another site (no Origin): 403"
is "$(stored)" "$N" "none of these stored anything"

# --- the rate limit: 5 stored an hour per client address ---------------------------------
for i in 4 5; do
	inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="rate$i.$U@example.org" message="RATE-$i-$U"
done
is "$STATUS" 200 "the fifth inquiry of the hour from one address is taken"
inquire "" "$ZB" "${GOOD[@]}" zone="$ZB" email="rate6.$U@example.org" message="RATE-6-$U"
is "$STATUS" 429 "the sixth: 429"
header_has '^Retry-After: 3600' "with Retry-After"
body_has "RATE-6-$U</textarea>" "and the form with what was typed"
is "$(root_sql "SELECT COUNT(*) FROM inquiries WHERE message = 'RATE-6-$U'")" 0 "not stored"
is "$(root_sql "SELECT COUNT(*) FROM inquiry_requests WHERE who = '127.0.0.1'")" 0 \
	"the rate limit keeps no client address, only its keyed hash"

# --- the staff ---------------------------------------------------------------------------
login editor
login editor2
login admin
as editor /staff/inquiries
is "$STATUS" 200 "/staff/inquiries for a user of the Vân Đồn board"
body_has '<a href="/staff/inquiries">' "linked from the staff navigation"
body_has "MSG-F-$U" "shows the inquiry that names its zone"
body_lacks "MSG-B-$U" "not one of another board's zone only"
as editor2 /staff/inquiries
body_has "MSG-B-$U" "a user of the provincial board sees its zone's inquiry"
body_has "MSG-F-$U" "and the one naming zones of both boards"
first_at() { grep -bo -- "$1" "$BODY" | head -1 | cut -d: -f1; }
ok "newest first" test "$(first_at "MSG-F-$U")" -lt "$(first_at "MSG-B-$U")"
body_has "investor\.$U@example\.jp" "with the address to answer"
post editor2 "/staff/inquiries/$IF/answered"
is "$STATUS" 303 "a user of one of its boards marks it answered"
is "$(root_sql "SELECT CONCAT(status, '|', answered_by = (SELECT id FROM staff_users WHERE username = 'editor2'))
	FROM inquiries WHERE id = '$IF'")" "answered|1" "answered, by whom"
as editor /staff/inquiries
body_has "Đã trả lời" "the other board's staff see it answered"
post editor "/staff/inquiries/$IB/answered"
is "$STATUS" 403 "a user of another board cannot mark it"
is "$(root_sql "SELECT status FROM inquiries WHERE id = '$IB'")" open "it stays open"
as editor "/staff/inquiries/$IB/answered" -H "$ORIGIN_HDR" --data-urlencode "csrf=0000"
is "$STATUS" 403 "a POST without the CSRF token: 403"
post editor2 "/staff/inquiries/$IB/delete"
is "$STATUS" 403 "a user who is no admin cannot delete one"
is "$(root_sql "SELECT COUNT(*) FROM inquiries WHERE id = '$IB'")" 1 "it stays"
as admin /staff/inquiries
body_has "MSG-B-$U" "an admin sees every inquiry"
body_has "/staff/inquiries/$IB/delete" "with a delete button"
post admin "/staff/inquiries/$IB/delete"
is "$STATUS" 303 "an admin deletes one"
is "$(root_sql "SELECT COUNT(*) FROM inquiries WHERE id = '$IB'")$(root_sql "SELECT COUNT(*) FROM inquiry_zones WHERE inquiry_id = '$IB'")" \
	00 "the inquiry and its zones are gone"
is "$(root_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'inquiry_delete' AND entity_id = '$IB'")" 1 \
	"the deletion is in the audit log"

# --- never public ------------------------------------------------------------------------
wait_fresh
for path in "/zones/$ZA" "/en/zones/$ZA" "/finder?compare=$ZA&compare=$ZB" "/api/v1/zones/$ZA" \
	"/projects.json?zone=$ZA" "/zones.csv" "/data/minhbach.xml" "/data/oc4ids.json" \
	"/feeds/changes.atom" "/feeds/zones/$ZA.atom" "/sitemap.xml" "/changes" "/announcements" \
	"/api/v1/changes"; do
	fetch "$path"
	body_lacks "$U" "nothing of an inquiry on $path"
done
out=$(mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$(conf_value minhbach-public db_user)" \
	-p"$(conf_value minhbach-public db_password)" -N -B "$PORTAL_DB_NAME" \
	-e "SELECT COUNT(*) FROM inquiries" 2>&1)
ok "the public account cannot read the inquiries" grep -q 'ERROR 1142' <<<"$out"
out=$(mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$(conf_value minhbach-staff db_user)" \
	-p"$(conf_value minhbach-staff db_password)" -N -B "$PORTAL_DB_NAME" \
	-e "SELECT COUNT(*) FROM inquiry_requests" 2>&1)
ok "the staff account cannot read the rate limit's rows" grep -q 'ERROR 1142' <<<"$out"

done_testing

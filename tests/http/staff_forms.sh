#!/usr/bin/env bash
# HTTP: the staff forms' fields are declared: a bad value is answered 400 naming the field
# and why, in the page's language, before the handler runs; a web address must be http(s);
# a request without a session is sent to sign in before any field is looked at.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

long=$(head -c 2001 /dev/zero | tr '\0' 'x')
login reviewer
post reviewer /staff/changes/1/return "comment=$long"
is "$STATUS" 400 "a comment of 2,001 characters is refused"
body_has '<code>comment</code>' "naming the field"
body_has 'quá dài' "saying why in Vietnamese"
post reviewer /en/staff/changes/1/return "comment=$long"
body_has 'too long' "and in English on the English page"

login admin
post admin /staff/users action=drop_table user_id=1
is "$STATUS" 400 "an unknown action on the users page is refused"
body_has '<code>action</code>' "naming the field"
post admin /staff/users action=deactivate user_id=-3
is "$STATUS" 400 "a user id that is no id is refused"
body_has '<code>user_id</code>' "naming the field"

login editor
post editor /staff/zones/van-don/edit "note=x" action=save version=abc
is "$STATUS" 400 "a version that is no number is refused"
body_has '<code>version</code>' "naming the field"
post editor /staff/zones/van-don/edit "note=x" action=publish
is "$STATUS" 400 "an action that is neither save nor submit is refused"

pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' ORDER BY p.id LIMIT 1")
before=$(root_sql "SELECT COUNT(*) FROM change_requests")
post editor "/staff/projects/$pid/document" doc_type=other "doc_number=1/TB" doc_issued_on=2026-11-20 \
	"doc_issuer=Ban Quản lý" "doc_title=Thông báo" "doc_url=javascript:alert(1)" "note=x" action=save
is "$STATUS" 400 "a document whose address is javascript: is refused"
body_has 'phải là địa chỉ web đầy đủ' "beside its field, saying why"
is "$(root_sql "SELECT COUNT(*) FROM change_requests")" "$before" "and nothing was saved"

rm -f "$(jar nobody)"
as nobody /staff/changes/1/return -H "$ORIGIN_HDR" --data-urlencode "comment=$long"
is "$STATUS" 303 "without a session, the bad field is not even looked at: to sign in"
is "$(location)" "/staff/login" "the sign-in page"
done_testing

#!/usr/bin/env bash
# Staff security (issue 10): sign-in throttled per (account, address) and per address, CSRF
# token only in the body, Origin with its scheme, the password form throttled and audited,
# every refusal audited, the dashboard scoped to one's boards, board scope of targets and
# index values, stored files owned by their change request.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

# login_from ADDR USER PASSWORD: a sign-in from another loopback address (nginx listens on
# 127.0.0.1 only; a client bound to 127.0.0.2 reaches it and nginx sees REMOTE_ADDR 127.0.0.2)
login_from() {
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' --interface "$1" -c "$T_TMP/from.jar" \
		-H "$ORIGIN_HDR" --data-urlencode "username=$2" --data-urlencode "password=$3" \
		"$PORTAL_URL/staff/login")
}
retry_after() { sed -n 's/^[Rr]etry-[Aa]fter: *//p' "$HEADERS" | tr -d '\r'; }
audit_count() { root_sql "SELECT COUNT(*) FROM audit_log WHERE $1"; }

# editor2 works for the provincial board only here (other tests may have added roles)
vd_roles=$(root_sql "SELECT CONCAT(r.user_id, ',', r.board_id, ',', r.role) FROM staff_roles r
	JOIN staff_users u ON u.id = r.user_id JOIN boards b ON b.id = r.board_id
	WHERE u.username = 'editor2' AND b.slug = 'bql-kkt-van-don'")
root_sql "DELETE r FROM staff_roles r JOIN staff_users u ON u.id = r.user_id JOIN boards b ON b.id = r.board_id
	WHERE u.username = 'editor2' AND b.slug = 'bql-kkt-van-don'"

# --- sign-in: no lock-out from elsewhere, growing delays ------------------------------
root_sql "DELETE FROM login_attempts"
for i in 1 2 3 4 5; do login_from 127.0.0.2 EDITOR2 "wrong-$i-password"; done
is "$STATUS" 403 "five wrong passwords from 127.0.0.2, in another letter case"
login_from 127.0.0.2 editor2 "$PORTAL_DEMO_PASSWORD"
is "$STATUS" 429 "then that address waits, right password or not"
ra=$(retry_after)
ok "15 s after the fifth failure, counting down (Retry-After: $ra)" test "${ra:-0}" -ge 13 -a "${ra:-0}" -le 15
login editor2
is "$STATUS" 303 "but the user signs in from their own address: no one can lock an account out"
login_from 127.0.0.3 admin "$PORTAL_DEMO_PASSWORD"
is "$STATUS" 303 "nor does it touch another address"
root_sql "UPDATE login_attempts SET attempted_at = attempted_at - INTERVAL 20 SECOND WHERE client_addr = '127.0.0.2'"
login_from 127.0.0.2 editor2 "wrong-6-password"
is "$STATUS" 403 "once the wait is over, one more try is let through"
login_from 127.0.0.2 editor2 "$PORTAL_DEMO_PASSWORD"
is "$STATUS" 429 "and after it the wait grows"
ra=$(retry_after)
ok "to 30 s, counting down (it doubles with each failure; Retry-After: $ra)" test "${ra:-0}" -ge 28 -a "${ra:-0}" -le 30
root_sql "DELETE FROM login_attempts"
root_sql "INSERT INTO login_attempts (username, client_addr, succeeded) SELECT CONCAT('x', seq), '127.0.0.2', 0 FROM seq_1_to_20"
login_from 127.0.0.2 reviewer "$PORTAL_DEMO_PASSWORD"
is "$STATUS" 429 "twenty failures from one address across accounts throttle that address"
login reviewer
is "$STATUS" 303 "and only that address"
root_sql "DELETE FROM login_attempts"

# --- CSRF token only in the body; Origin with its scheme ------------------------------
login editor
token=$(csrf editor)
args=()
while IFS= read -r kv; do args+=(--data-urlencode "$kv"); done < <(zone_form van-don)
before=$(root_sql "SELECT COUNT(*) FROM change_requests")
as editor "/staff/zones/van-don/edit?csrf=$token" -H "$ORIGIN_HDR" "${args[@]}" --data-urlencode "note=x" --data-urlencode "action=save"
is "$STATUS" 403 "a CSRF token in the query string of a POST is refused"
printf 'project_id,status,effective_on\n' >"$T_TMP/empty.csv"
as editor "/staff/import?csrf=$token" -H "$ORIGIN_HDR" -F "note=x" -F "file=@$T_TMP/empty.csv"
is "$STATUS" 403 "also for a multipart form"
as editor /staff/zones/van-don/edit -H "Origin: ${PORTAL_URL/http:/https:}" "${args[@]}" --data-urlencode "note=x" --data-urlencode "csrf=$token" --data-urlencode "action=save"
is "$STATUS" 403 "an Origin with another scheme is refused"
as editor /staff/zones/van-don/edit -H "Origin: $PORTAL_URL:1" "${args[@]}" --data-urlencode "note=x" --data-urlencode "csrf=$token" --data-urlencode "action=save"
is "$STATUS" 403 "and one with another port"
is "$(root_sql "SELECT COUNT(*) FROM change_requests")" "$before" "none of them saved anything"

# --- /staff/password: throttled and audited -------------------------------------------
pw_from() {
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' --interface 127.0.0.4 -b "$(jar editor2)" \
		-H "$ORIGIN_HDR" --data-urlencode "csrf=$(csrf editor2)" --data-urlencode "current=$1" \
		--data-urlencode "new=$2" --data-urlencode "again=$2" "$PORTAL_URL/staff/password")
}
login editor2
wrong=$(audit_count "action = 'password_wrong'")
for i in 1 2 3 4 5; do pw_from "guess-$i-password" "another-password-1"; done
is "$STATUS" 403 "wrong current passwords are refused"
is "$(audit_count "action = 'password_wrong'")" "$((wrong + 5))" "and each one is audited"
pw_from "$PORTAL_DEMO_PASSWORD" "another-password-1"
is "$STATUS" 429 "after five the session may not guess any more, even right"
ok "the password did not change" test "$(root_sql "SELECT COUNT(*) FROM login_attempts WHERE username = 'editor2' AND client_addr = '127.0.0.4' AND NOT succeeded")" = 5
root_sql "DELETE FROM login_attempts"

# --- every refusal is audited; a long or bad detail is kept --------------------------
login reviewer
n=$(audit_count "action = 'forbidden' AND username = 'reviewer' AND detail LIKE '%/staff/users%role admin'")
as reviewer /staff/users
is "$STATUS" 403 "a reviewer is refused the users page"
is "$(audit_count "action = 'forbidden' AND username = 'reviewer' AND detail LIKE '%/staff/users%role admin'")" $((n + 1)) "and the refusal is audited, with why"
login editor
n=$(audit_count "action = 'forbidden' AND username = 'editor' AND detail LIKE '%/staff/zones/cai-lan/edit%'")
as editor /staff/zones/cai-lan/edit
is "$STATUS" 403 "an editor is refused another board's zone"
is "$(audit_count "action = 'forbidden' AND username = 'editor' AND detail LIKE '%/staff/zones/cai-lan/edit%'")" $((n + 1)) "audited too"
body=$(printf 'Nội dung dài %.0s' {1..300})
post editor /staff/boards/bql-kkt-van-don/announcement published_on=2026-11-30 "title=Thông báo dài" "body=$body" version=0 "note=Thông báo" action=save
is "$STATUS" 303 "an announcement of 4,200 characters is saved"
areq=$(location | sed 's/.*changes\///')
is "$(root_sql "SELECT CHAR_LENGTH(detail) FROM audit_log WHERE action = 'edit' AND detail LIKE 'request $areq:%'")" 2000 \
	"its audit row is kept, the detail cut to 2,000 characters"
printf 'project_id,status\n1,x\n' >"$T_TMP/bad.csv"
bad=$(audit_count "action = 'import_refused' AND HEX(detail) LIKE '%EFBFBD%'")
as editor /staff/import -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" -F "note=x" -F "file=@$T_TMP/bad.csv;filename=$(printf 'b\xff\xfed.csv')"
is "$STATUS" 400 "an import with a file name in broken UTF-8 is refused"
is "$(audit_count "action = 'import_refused' AND HEX(detail) LIKE '%EFBFBD%'")" "$((bad + 1))" "its audit row is kept, the bad bytes replaced"

# --- the dashboard lists the requests of one's boards only ---------------------------
login editor2
as editor2 /staff/
is "$STATUS" 200 "editor2 opens the start page"
body_lacks "/staff/changes/$areq\"" "without the Vân Đồn board's requests"
login reviewer
as reviewer /staff/
body_has "/staff/changes/$areq\"" "which the Vân Đồn reviewer sees"

# --- board scope of targets and index values ------------------------------------------
target() { # target USER BOARD ZONE: posts a target
	post "$1" "/staff/boards/$2/target" "zone=$3" period_label=2030 period_start=2030-01-01 \
		period_end=2030-12-31 metric=licensed_capital target_value=123456789 "source=Kế hoạch thử" \
		version=0 "note=Mục tiêu" action=submit
}
login editor
before=$(root_sql "SELECT COUNT(*) FROM change_requests WHERE entity = 'target'")
refused=$(audit_count "action = 'forbidden' AND entity IN ('target', 'index')")
target editor bql-kkt-van-don cai-lan
is "$STATUS" 403 "a Vân Đồn editor cannot set a target for another board's zone"
body_has 'thuộc ban quản lý khác' "saying why"
target editor bql-kkt-van-don ""
is "$STATUS" 403 "nor a province-wide target"
post editor /staff/boards/bql-kkt-van-don/index index_code=pci year=2099 province=quang-ninh score=70 \
	rank_no=5 provinces_ranked=63 "source=Thử" version=0 "note=Chỉ số" action=submit
is "$STATUS" 403 "nor a governance index value"
is "$(root_sql "SELECT COUNT(*) FROM change_requests WHERE entity = 'target'")" "$before" "none was saved"
is "$(audit_count "action = 'forbidden' AND entity IN ('target', 'index')")" $((refused + 3)) "each refusal is audited"
target editor bql-kkt-van-don van-don
is "$STATUS" 303 "a target for a zone of the editor's own board is saved"
treq=$(location | sed 's/.*changes\///')
login editor2
target editor2 bql-kkt-quang-ninh ""
is "$STATUS" 303 "the provincial board's editor sets a province-wide target"
# the scope is checked again at publication: a request's payload pointing elsewhere is refused
root_sql "UPDATE change_requests SET payload = REPLACE(payload, 'zone=van-don', 'zone=cai-lan') WHERE id = $treq"
login reviewer
post reviewer "/staff/changes/$treq/publish"
is "$STATUS" 409 "publication checks the scope again"
body_has 'thuộc ban quản lý khác' "and says why"
is "$(root_sql "SELECT COUNT(*) FROM targets WHERE period_label = '2030'")" 0 "nothing was published"
is "$(audit_count "action = 'publish_refused' AND detail LIKE 'request $treq:%'")" 1 "the refused publication is audited with its request"

# --- a stored file belongs to its change request -------------------------------------
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$T_TMP/other.pdf"
head -c 1048576 /dev/zero | tr '\0' 'x' >>"$T_TMP/big.body"
{ printf '%%PDF-1.4\n'; cat "$T_TMP/big.body"; printf '\n%%%%EOF\n'; } >"$T_TMP/big.pdf"
status_form() { # status_form USER PROJECT: the fields of a delay, for curl -F
	sform=(-F "csrf=$(csrf "$1")" -F "version=$(root_sql "SELECT version FROM projects WHERE id = $2")"
		-F status=delayed -F effective_on=2026-11-23 -F "reason=Chậm bàn giao đất"
		-F "doc_number=88/TB-BQL" -F doc_issued_on=2026-11-22 -F "doc_issuer=Ban Quản lý" -F "note=Chậm" -F action=submit)
}
qp=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-quang-ninh' AND p.status = 'construction' ORDER BY p.id LIMIT 1")
vp=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status IN ('construction', 'operating')
	AND NOT EXISTS (SELECT 1 FROM change_requests r WHERE r.open_record = CONCAT('status:', p.id)) ORDER BY p.id DESC LIMIT 1")
login editor2
status_form editor2 "$qp"
files=$(root_sql "SELECT COUNT(*) FROM document_files")
as editor2 "/staff/projects/$qp/status" -H "$ORIGIN_HDR" "${sform[@]/#reason=*/reason=}" -F "doc_pdf=@$T_TMP/big.pdf;type=application/pdf"
is "$STATUS" 400 "a form with an error and a 1 MB PDF is refused"
is "$(root_sql "SELECT COUNT(*) FROM document_files")" "$files" "and its PDF is not stored"
as editor2 "/staff/projects/$qp/status" -H "$ORIGIN_HDR" "${sform[@]}" -F "doc_pdf=@$T_TMP/other.pdf;type=application/pdf"
is "$STATUS" 303 "editor2 attaches a PDF to a draft of their board"
oreq=$(location | sed 's/.*changes\///')
ofile=$(root_sql "SELECT id FROM document_files WHERE request_id = $oreq")
ok "the file is stored as the request's own ($ofile)" test -n "$ofile"
as editor2 "/staff/changes/$oreq/file"
is "$STATUS" 200 "its author opens it"
login editor
status_form editor "$vp"
as editor "/staff/projects/$vp/status" -H "$ORIGIN_HDR" "${sform[@]}" -F "doc_file_id=$ofile"
is "$STATUS" 303 "the Vân Đồn editor submits a delay naming that file's id"
vreq=$(location | sed 's/.*changes\///')
is "$(root_sql "SELECT payload LIKE '%doc_file_id%' FROM change_requests WHERE id = $vreq")" 0 "the id is not taken from the form"
as editor "/staff/changes/$oreq/file"
is "$STATUS" 403 "nor can they open another board's unpublished PDF"
# a payload naming a foreign file (written behind the program's back) is refused at publication
root_sql "UPDATE change_requests SET payload = CONCAT(payload, '&doc_file_id=$ofile') WHERE id = $vreq"
login reviewer
as reviewer "/staff/changes/$vreq/file"
is "$STATUS" 404 "the reviewer gets no other request's file through this one"
post reviewer "/staff/changes/$vreq/publish"
is "$STATUS" 409 "and publication refuses the foreign file"
is "$(root_sql "SELECT COUNT(*) FROM legal_documents WHERE file_id = $ofile")" 0 "it is not published"
root_sql "UPDATE change_requests SET payload = REPLACE(payload, '&doc_file_id=$ofile', '') WHERE id = $vreq"
post reviewer "/staff/changes/$vreq/return" "comment=Thiếu tệp quyết định"
# the reviewer sees and opens the attached PDF before publishing
login editor
status_form editor "$vp"
as editor "/staff/projects/$vp/status" -H "$ORIGIN_HDR" "${sform[@]}" -F "doc_pdf=@$T_TMP/other.pdf;type=application/pdf"
is "$STATUS" 303 "the editor attaches the same PDF to their own request"
is "$(root_sql "SELECT COUNT(*) FROM document_files WHERE request_id = $vreq")" 1 "stored again, as that request's file"
login reviewer
as reviewer "/staff/changes/$vreq"
body_has "/staff/changes/$vreq/file\"" "the review page links the attached PDF"
as reviewer "/staff/changes/$vreq/file"
is "$STATUS" 200 "the reviewer opens it before publishing"
header_has '^content-type: application/pdf' "as application/pdf"
header_has '^content-security-policy: sandbox' "sandboxed"
ok "byte for byte" cmp -s "$BODY" "$T_TMP/other.pdf"
login editor2
as editor2 "/staff/changes/$vreq/file"
is "$STATUS" 403 "another board's editor cannot"
login reviewer
post reviewer "/staff/changes/$vreq/publish"
is "$STATUS" 303 "the reviewer publishes it"
vfile=$(root_sql "SELECT id FROM document_files WHERE request_id = $vreq")
out=$(root_sql "INSERT INTO legal_documents (project_id, doc_type, number, issued_on, issuer, title, file_id)
	VALUES ($vp, 'other', 'x', '2026-01-01', 'x', 'x', $vfile)" 2>&1 || true)
ok "the schema lets no second document refer to a file" grep -q 'Duplicate entry' <<<"$out"

for r in $vd_roles; do root_sql "INSERT IGNORE INTO staff_roles (user_id, board_id, role) VALUES (${r%%,*}, $(cut -d, -f2 <<<"$r"), '${r##*,}')"; done

done_testing

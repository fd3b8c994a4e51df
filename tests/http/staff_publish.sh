#!/usr/bin/env bash
# Staff: an editor's revocation stays unpublished until a reviewer publishes it, then shows
# everywhere public; no one publishes their own change; conflicts save nothing; form errors
# keep the input; hostile text comes back escaped everywhere.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status = 'delayed' ORDER BY p.id LIMIT 1")
ok "a delayed Vân Đồn project to revoke ($pid)" test -n "$pid"
docno="$RANDOM/QĐ-UBND-TEST"
changes_before=$(root_sql "SELECT COUNT(*) FROM change_log")
gen_before=$(root_sql "SELECT generation FROM data_generation")

login editor
as editor "/staff/projects/$pid/status"
is "$STATUS" 200 "the editor opens the status form"
post editor "/staff/projects/$pid/status" status=revoked effective_on=2026-11-20 revocation=whole \
	"note=Thu hồi do vi phạm" action=submit
is "$STATUS" 400 "a revocation without its legal basis is refused"
body_has 'id="f-reason-err"' "the missing reason is flagged beside its field"
body_has 'id="f-doc_number-err"' "and the missing document number"
body_has 'value="2026-11-20"' "the input is kept"
post editor "/staff/projects/$pid/status" status=approved effective_on=2026-11-20 "note=x" action=submit
body_has 'Không được chuyển từ tình trạng hiện tại' "a transition that is not allowed is refused"

post editor "/staff/projects/$pid/status" status=revoked effective_on=2026-11-20 revocation=whole \
	"version=$(root_sql "SELECT version FROM projects WHERE id = $pid")" "reason=Chậm tiến độ quá 24 tháng, vi phạm pháp luật đất đai" \
	"doc_number=$docno" doc_issued_on=2026-11-18 "doc_issuer=UBND tỉnh Quảng Ninh" \
	"doc_title=Quyết định chấm dứt hoạt động dự án" "note=Thu hồi theo kết luận thanh tra" action=submit
is "$STATUS" 303 "a revocation with its legal basis is submitted"
req=$(location | sed 's/.*changes\///')
ok "as change request $req" test -n "$req"

fetch "/projects/$pid"
body_lacks "$docno" "not yet on the public project page"
body_lacks 'class="status status-revoked"' "which still shows the old status"
fetch '/projects?status=revoked'
body_lacks "href=\"/projects/$pid\"" "not in the revoked list"
fetch "/projects/$pid/changes"
body_lacks "$docno" "not in the project's change history"
is "$(root_sql "SELECT COUNT(*) FROM change_log")" "$changes_before" "no public change written"
is "$(root_sql "SELECT generation FROM data_generation")" "$gen_before" "the data generation did not move"

post editor "/staff/changes/$req/publish"
is "$STATUS" 403 "the editor cannot publish"

# a reviewer cannot publish their own change: give the reviewer an editor role too
login admin
post admin /staff/users action=role_add user_id="$(root_sql "SELECT id FROM staff_users WHERE username = 'reviewer'")" role=editor board=bql-kkt-van-don
is "$STATUS" 303 "the admin makes the reviewer an editor as well"
login reviewer
own=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status = 'construction' ORDER BY p.id LIMIT 1")
post reviewer "/staff/projects/$own/status" status=operating effective_on=2026-11-21 "note=Đi vào hoạt động" action=submit \
	"version=$(root_sql "SELECT version FROM projects WHERE id = $own")"
is "$STATUS" 303 "the reviewer submits a change of their own"
own_req=$(location | sed 's/.*changes\///')
as reviewer "/staff/changes/$own_req"
body_has 'không thể tự duyệt' "its page says they cannot review it"
post reviewer "/staff/changes/$own_req/publish"
wait_fresh
is "$STATUS" 403 "a reviewer cannot publish their own change"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $own_req")" submitted "it stays submitted"
is "$(root_sql "SELECT status FROM projects WHERE id = $own")" construction "and the project unchanged"

# the reviewer publishes the editor's revocation
as reviewer "/staff/changes/$req"
body_has "/staff/changes/$req/publish" "the reviewer is offered to publish the editor's change"
post reviewer "/staff/changes/$req/publish"
wait_fresh
is "$STATUS" 303 "the reviewer publishes it"
is "$(root_sql "SELECT status FROM projects WHERE id = $pid")" revoked "the project is revoked"
is "$(root_sql "SELECT generation FROM data_generation")" "$((gen_before + 1))" "the data generation moved by one"
fetch "/projects/$pid"
body_has 'class="status status-revoked"' "the public project page shows the revocation"
body_has "$docno" "with its legal basis"
body_has 'Chậm tiến độ quá 24 tháng' "and its reason"
fetch '/projects?status=revoked'
body_has "href=\"/projects/$pid\"" "the project is in the revoked list"
fetch "/projects/$pid/changes"
body_has '<th scope="row">Tình trạng</th><td><del>Chậm tiến độ</del></td><td><ins>Bị thu hồi</ins>' "its change history shows Chậm tiến độ → Bị thu hồi"
body_has 'Thu hồi theo kết luận thanh tra' "with the change note"
fetch /changes
body_has "href=\"/projects/$pid\"" "the latest-changes page lists it"
post reviewer "/staff/changes/$req/publish"
wait_fresh
is "$STATUS" 409 "publishing twice is refused"

# conflict: two editors on one zone
login admin
post admin /staff/users action=role_add user_id="$(root_sql "SELECT id FROM staff_users WHERE username = 'editor2'")" role=editor board=bql-kkt-van-don
login editor2
args=()
while IFS= read -r kv; do args+=("$kv"); done < <(zone_form van-don)
mine=("${args[@]/#contact=*/contact=Liên hệ của editor}")
theirs=("${args[@]/#contact=*/contact=Liên hệ của editor2}")
post editor /staff/zones/van-don/edit "${mine[@]}" "note=Sửa liên hệ" action=save
is "$STATUS" 303 "the first editor saves a draft"
n=$(root_sql "SELECT COUNT(*) FROM change_requests")
post editor2 /staff/zones/van-don/edit "${theirs[@]}" "note=Sửa liên hệ khác" action=save
is "$STATUS" 409 "the second editor's save is a conflict"
body_has 'Liên hệ của editor' "the conflict page shows the other version"
body_has 'Liên hệ của editor2' "and theirs"
is "$(root_sql "SELECT COUNT(*) FROM change_requests")" "$n" "nothing was saved"

# form errors beside the field, input kept
bad=("${args[@]/#leased_ha=*/leased_ha=999999}")
post editor /staff/zones/van-don/edit "${bad[@]}" "note=x" action=save
is "$STATUS" 400 "leased land above the leasable area is refused"
body_has 'id="f-leased_ha-err"' "beside its field"
body_has 'value="999999"' "with the input kept"

# hostile text comes back escaped on public and staff pages
x1='<script>alert(1)</script>'
x2=$'\'"><img src=x onerror=alert(1)>'
hostile=("${args[@]/#developer=*/developer=$x1}")
hostile=("${hostile[@]/#contact=*/contact=$x2}")
hostile=("${hostile[@]/#location=*/location=$x2}")
post editor /staff/zones/van-don/edit "${hostile[@]}" "note=$x1" action=submit
is "$STATUS" 303 "the editor submits hostile text"
hreq=$(location | sed 's/.*changes\///')
login reviewer
as reviewer "/staff/changes/$hreq"
body_lacks '<script>alert\(1\)</script>|<img src=x' "the review page escapes it"
body_has '&lt;script&gt;alert\(1\)&lt;/script&gt;' "and shows it as text"
post reviewer "/staff/changes/$hreq/publish"
wait_fresh
is "$STATUS" 303 "it is published"
for p in /zones/van-don /en/zones/van-don /zones/van-don/changes /changes /finder "/finder?compare=van-don&compare=cai-lan"; do
	fetch "$p"
	body_lacks '<script>alert\(1\)</script>|<img src=x onerror' "$p escapes it"
done
fetch /zones/van-don
body_has '&lt;script&gt;alert\(1\)&lt;/script&gt;' "the zone page shows it as text"
login admin
as admin /staff/audit
body_lacks '<script>alert\(1\)</script>|<img src=x onerror' "the audit log escapes it"

# restore the zone through the same workflow
login editor
post editor /staff/zones/van-don/edit "${args[@]/#version=*/version=$(root_sql "SELECT version FROM zones WHERE slug = 'van-don'")}" "note=Khôi phục" action=submit
rreq=$(location | sed 's/.*changes\///')
login reviewer
post reviewer "/staff/changes/$rreq/return" "comment=Xin bổ sung nguồn số liệu"
is "$STATUS" 303 "a reviewer sends a change back with a comment"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $rreq")" returned "it is returned"
login editor
as editor "/staff/changes/$rreq"
body_has 'Xin bổ sung nguồn số liệu' "the editor sees the comment"
post editor "/staff/changes/$rreq/submit"
is "$STATUS" 303 "and submits it again"
login reviewer
post reviewer "/staff/changes/$rreq/publish"
wait_fresh
is "$(root_sql "SELECT developer IS NULL OR developer NOT LIKE '%script%' FROM zones WHERE slug = 'van-don'")" 1 "the zone is restored"

# a decision's PDF: checked by its content, public only once published, served safely
pdfp=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status = 'construction' AND p.id <> $own ORDER BY p.id LIMIT 1")
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$T_TMP/decision.pdf"
printf '<html><script>alert(1)</script></html>' >"$T_TMP/fake.pdf"
login editor
pdfform=(-F "csrf=$(csrf editor)" -F "version=$(root_sql "SELECT version FROM projects WHERE id = $pdfp")"
	-F status=delayed -F effective_on=2026-11-22 -F "reason=Chậm giải phóng mặt bằng"
	-F "remedy=Hoàn thành giải phóng mặt bằng" -F remedy_due=2027-06-30 -F "doc_number=77/TB-BQL"
	-F doc_issued_on=2026-11-21 -F "doc_issuer=Ban Quản lý KKT Vân Đồn" -F "note=Chậm tiến độ" -F action=submit)
as editor "/staff/projects/$pdfp/status" -H "$ORIGIN_HDR" "${pdfform[@]}" -F "doc_pdf=@$T_TMP/fake.pdf;type=application/pdf"
is "$STATUS" 400 "a file that is not a PDF is refused, whatever it claims"
body_has 'Tệp không phải là PDF' "saying so beside the field"
files=$(root_sql "SELECT COUNT(*) FROM document_files")
as editor "/staff/projects/$pdfp/status" -H "$ORIGIN_HDR" "${pdfform[@]}" -F "doc_pdf=@$T_TMP/decision.pdf;type=application/pdf"
is "$STATUS" 303 "a delay with its decision's PDF is submitted"
preq=$(location | sed 's/.*changes\///')
is "$(root_sql "SELECT COUNT(*) FROM document_files")" "$((files + 1))" "the file is stored in the database"
fid=$(root_sql "SELECT MAX(id) FROM document_files")
ok "not yet public" test "$(mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -uroot -N "$PORTAL_DB_NAME" -e "SELECT COUNT(*) FROM pub_document_files WHERE id = $fid")" = 0
login reviewer
post reviewer "/staff/changes/$preq/publish"
wait_fresh
is "$STATUS" 303 "the reviewer publishes it"
doc=$(root_sql "SELECT id FROM legal_documents WHERE file_id = $fid")
fetch "/projects/$pdfp"
body_has "href=\"/documents/$doc\"" "the project page links the PDF"
fetch "/documents/$doc"
is "$STATUS" 200 "the PDF is served"
header_has '^content-type: application/pdf' "as application/pdf"
header_has '^content-security-policy: sandbox' "sandboxed"
header_has '^x-content-type-options: nosniff' "without sniffing"
ok "byte for byte" cmp -s "$BODY" "$T_TMP/decision.pdf"
fetch /documents/999999
is "$STATUS" 404 "an unknown document is 404"

for a in login submit publish send_back role_add; do
	ok "the audit log records $a" test "$(root_sql "SELECT COUNT(*) FROM audit_log WHERE action = '$a'")" -gt 0
done

done_testing

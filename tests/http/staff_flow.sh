#!/usr/bin/env bash
# Staff work that flows: a project list with the registry's filters over one's boards; coded
# fields chosen from their vocabularies, a constraint failure naming its field; the
# reviewer's page with labels, current and proposed values and the PDF; withdrawing a
# request; the conversation as a dated thread; times in Vietnam time; an import listing every
# error by line; a reviewer for the provincial board in the demo data.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

# projects with no open change request, of a board (Vân Đồn unless given), the nth from the end
free_project() {
	root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
		WHERE b.slug = '${3:-bql-kkt-van-don}' AND p.status = '$1' AND NOT EXISTS (SELECT 1 FROM change_requests r
		WHERE r.entity_id = p.id AND r.state IN ('draft', 'submitted', 'returned'))
		ORDER BY p.id DESC LIMIT 1 OFFSET ${2:-0}"
}
req_of() { location | sed 's/.*changes\///'; }
post_form() { # post_form USER PATH [field=value...] < lines of field=value: those given win
	local user=$1 path=$2 args=() kv given=" "
	shift 2
	for kv in "$@"; do given+="${kv%%=*} "; done
	while IFS= read -r kv; do
		[[ "$given" == *" ${kv%%=*} "* ]] || args+=("$kv")
	done
	post "$user" "$path" "${args[@]}" "$@"
}

# 1. the project list: the registry's filters and search, one's boards only, actions beside
login editor
vd=$(free_project operating)
other=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug <> 'bql-kkt-van-don' ORDER BY p.id LIMIT 1")
as editor /staff/projects
is "$STATUS" 200 "the staff have a project list"
body_has "href=\"/staff/projects/$vd/status\"" "with the status action beside a project of the editor's board"
body_lacks "href=\"/staff/projects/$other/edit\"" "and no project of another board"
body_has 'class="sample-notice"' "the demo data marked as sample data"
want=$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status = 'delayed'")
as editor '/staff/projects?status=delayed'
body_has "class=\"count\">$want<" "status=delayed counts the board's delayed projects ($want)"
body_has '<option value="delayed" selected(="selected")?>' "the filter shown as chosen"
name=$(root_sql "SELECT name FROM projects WHERE id = $vd")
word=$(root_sql "SELECT SUBSTRING_INDEX(name, ' ', 3) FROM projects WHERE id = $vd")
as editor /staff/projects -G --data-urlencode "q=$word" --data-urlencode "status=operating"
body_has "href=\"/staff/projects/$vd/edit\"" "q and the registry's filters find a project by its name's words"
as editor /staff/projects -G --data-urlencode "q=van don"
body_has 'href="/staff/zones/van-don/edit"' "q finds a zone of the board, without diacritics, with its edit action"
as editor '/staff/projects?status=nope'
is "$STATUS" 400 "a bad filter value is refused as the registry refuses it"
login reviewer2
as reviewer2 '/staff/projects?board=bql-kkt-van-don'
body_lacks "href=\"/projects/$vd\"" "another board's staff never list them, even asking for that board"
as editor /en/staff/projects
body_has 'Projects found' "the list in English"

# 2. sector: a choice from its vocabulary; a typo refused naming the field; a constraint
# broken at publication names its field
pj=$(free_project operating 1)
as editor "/staff/projects/$pj/edit"
body_has '<select id="f-sector" name="sector"' "the sector is a choice"
body_has '<option value="textile"' "among the sectors' codes"
post_form editor "/staff/projects/$pj/edit" "note=Sửa lĩnh vực" action=submit < <(project_form "$pj" textil)
is "$STATUS" 400 "a sector that is not in the list is refused"
body_has 'id="f-sector-err"' "beside the sector field"
body_has 'Không có trong danh mục' "saying why in Vietnamese"
post_form editor "/en/staff/projects/$pj/edit" "note=x" action=submit < <(project_form "$pj" textil)
body_has 'Not in the list' "and in English"
other_sector=$(root_sql "SELECT code FROM sectors WHERE code <> (SELECT sector FROM projects WHERE id = $pj) ORDER BY code LIMIT 1")
post_form editor "/staff/projects/$pj/edit" "note=Đổi lĩnh vực" action=save < <(project_form "$pj" "$other_sector")
is "$STATUS" 303 "a sector from the list is saved as a draft"
creq=$(req_of)
# a draft that an older version let through with a typo: the database refuses it at publication
root_sql "UPDATE change_requests SET payload = REPLACE(payload, 'sector=$other_sector', 'sector=textil') WHERE id = $creq"
post editor "/staff/changes/$creq/submit"
is "$STATUS" 303 "the draft is submitted"
login reviewer
post reviewer "/staff/changes/$creq/publish"
is "$STATUS" 409 "the publication breaks the sector's foreign key"
body_has 'Trường cần sửa: <strong>Lĩnh vực</strong> \(<code>sector</code>\)' "the refusal names the field"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $creq")" submitted "nothing was published"

# 3. the reviewer's page of a status change: labels, current beside proposed, the PDF
ps=$(free_project delayed)
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$T_TMP/flow.pdf"
login editor
as editor "/staff/projects/$ps/status" -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" \
	-F "version=$(root_sql "SELECT version FROM projects WHERE id = $ps")" -F status=revoked -F revocation=whole \
	-F effective_on=2026-11-25 -F "reason=Vi phạm nghĩa vụ đất đai" -F "doc_number=88/QĐ-UBND" \
	-F doc_issued_on=2026-11-24 -F "doc_issuer=UBND tỉnh Quảng Ninh" -F "note=Thu hồi dự án" -F action=submit \
	-F "doc_pdf=@$T_TMP/flow.pdf;type=application/pdf"
is "$STATUS" 303 "a whole revocation with its PDF is submitted"
sreq=$(req_of)
login reviewer
as reviewer "/staff/changes/$sreq"
body_has '<td>Thu hồi toàn bộ</td>' "the revocation shown by its label"
body_has '<td>Bị thu hồi</td>' "the proposed status by its label"
body_lacks '<td>(revoked|whole)</td>' "no raw code"
body_has 'Hiện đang công bố' "a column of the values published now"
body_has '<td>Chậm tiến độ</td>' "with the project's current status"
body_has "<td><a href=\"/staff/changes/$sreq/file\" type=\"application/pdf\">" "the attachment is a link to its PDF"
as reviewer "/staff/changes/$sreq/file"
is "$STATUS" 200 "which opens before publishing"
header_has '^content-type: application/pdf' "as a PDF"

# 4. withdrawing: its author, or a reviewer of the board; the record is free again
pw=$(free_project operating 2)
login editor
post_form editor "/staff/projects/$pw/edit" "name=Tên nháp bị bỏ quên" "note=Nháp" action=save < <(project_form "$pw")
is "$STATUS" 303 "an editor saves a draft"
wreq=$(req_of)
login reviewer2
post reviewer2 "/staff/changes/$wreq/withdraw"
is "$STATUS" 403 "a reviewer of another board cannot withdraw it"
login reviewer
as reviewer "/staff/changes/$wreq"
body_has "action=\"/staff/changes/$wreq/withdraw\"" "a reviewer of the board is offered to withdraw it"
post reviewer "/staff/changes/$wreq/withdraw"
is "$STATUS" 303 "and withdraws it"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $wreq")" withdrawn "the draft is withdrawn"
login editor
post_form editor "/staff/projects/$pw/edit" "name=Tên mới của dự án" "note=Đổi tên" action=save < <(project_form "$pw")
is "$STATUS" 303 "the record is free again: a new request is saved"
wreq2=$(req_of)
post editor "/staff/changes/$wreq2/withdraw"
is "$STATUS" 303 "its author withdraws their own draft"
post editor "/staff/changes/$wreq2/withdraw"
is "$STATUS" 409 "a withdrawn request cannot be withdrawn again"

# 5. the conversation: the send-back comment stays, dated, after resubmission
pt=$(free_project operating 3)
comment="Xin bổ sung số quyết định $RANDOM"
post_form editor "/staff/projects/$pt/edit" "name=Tên đề nghị duyệt" "note=Đổi tên" action=submit < <(project_form "$pt")
treq=$(req_of)
login reviewer
post reviewer "/staff/changes/$treq/return" "comment=$comment"
is "$STATUS" 303 "the reviewer sends it back with a comment"
login editor
as editor "/staff/projects/$pt/edit"
body_has "<blockquote class=\"comment\">$comment</blockquote>" "the edit form shows the comment in the thread"
post_form editor "/staff/projects/$pt/edit" "name=Tên đề nghị duyệt lần hai" "note=Đã bổ sung" action=submit < <(project_form "$pt")
is "$STATUS" 303 "the author submits again from the form"
as editor "/staff/changes/$treq"
body_has "<blockquote class=\"comment\">$comment</blockquote>" "the comment is kept in the thread after resubmission"
body_has 'trả lại kèm ý kiến' "as a send-back"
is "$(grep -o 'class="event event-submitted"' "$BODY" | wc -l)" 2 "between two dated submissions"
body_lacks 'Ý kiến của người duyệt</dt>' "no longer shown as the current comment while pending again"
as editor "/staff/projects/$pt/edit"
body_has "<blockquote class=\"comment\">$comment</blockquote>" "and the edit form still shows it"

# 6. times in Vietnam time, and said so
root_sql "UPDATE change_requests SET created_at = '2026-03-02 06:15:00' WHERE id = $treq"
as editor "/staff/changes/$treq"
body_has '<time>2026-03-02 13:15</time>, giờ Việt Nam \(UTC\+7\)' "06:15 UTC shows as 13:15, Vietnam time"
as editor "/en/staff/changes/$treq"
body_has 'Vietnam time \(UTC\+7\)' "said in English too"
as editor /staff/
body_has 'giờ Việt Nam \(UTC\+7\)' "the start page's dates say their time zone"

# 7. an import lists every error of the file, each with its line
cols="id,zone,investor,investor_country,name,name_en,sector,authority,currency,registered_capital,disbursed_capital,registered_usd,disbursed_usd,land_ha,approved_on,planned_start,actual_start,planned_operation,actual_operation,permit_expires_on"
{
	echo "$cols"
	echo ",van-don,Công ty A,JP,Dự án A,,textil,province,USD,1,0,1,0,1,2026-01-01,,,,,"
	echo ",van-don,Công ty B,JP,Dự án B,,manufacturing,province,USD,1,0,1,0,1,2026-01-01,,,,,"
	echo ",van-don,Công ty C,JP,Dự án C,,manufacturing,province,USD,1,0,1,0,1,2026-13-01,,,,,"
	echo ",van-don,Công ty D,JP,Dự án D,,electronic,province,USD,1,0,1,0,1,2026-01-01,,,,,"
} >"$T_TMP/flow.csv"
as editor /staff/import -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" -F "note=Nhập thử" -F "file=@$T_TMP/flow.csv"
is "$STATUS" 400 "a file with errors is refused"
body_has 'Dòng 2: <code>sector</code>: mã không có trong danh mục \(textil\)' "line 2's sector that is not in the list"
body_has 'Dòng 4: <code>approved_on</code>' "line 4's bad date, past the first bad row"
body_has 'Dòng 5: <code>sector</code>: mã không có trong danh mục \(electronic\)' "and line 5's sector"
body_lacks 'Dòng 3:' "the good line has none"

# 8. the provincial board has a reviewer in the demo data
login reviewer2
is "$STATUS" 303 "reviewer2 signs in"
pq=$(free_project operating 0 bql-kkt-quang-ninh)
login editor2
post_form editor2 "/staff/projects/$pq/edit" "name=Tên do BQL KKT đề nghị" "note=Đổi tên" action=submit < <(project_form "$pq")
is "$STATUS" 303 "editor2 submits a change on a provincial zone's project"
preq=$(req_of)
login reviewer2
post reviewer2 "/staff/changes/$preq/publish"
is "$STATUS" 303 "reviewer2 publishes it"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $preq")" published "it is published"
done_testing

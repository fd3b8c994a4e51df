#!/usr/bin/env bash
# HTTP: the OC4IDS package stays valid after the staff change the data — a project
# imported and published without any document, a delay published with its decision's PDF —
# and carries no empty array; the uploaded PDF's public URL is the document's url in OC4IDS
# and the legal basis' url in the API's history.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

OD=$top_srcdir/tests/opendata
OC4IDS=${OC4IDS_DIR:-$top_srcdir/tests/standards/oc4ids}
origin=$(sed -n 's/^public_origin *= *//p' "$PORTAL_INSTANCE_DIR/etc/minhbach-public.conf")
ok "the public origin is configured ($origin)" test -n "$origin"

# a new project without documents, through the import and the review
login editor
cols="id,zone,investor,investor_country,name,name_en,sector,authority,currency,registered_capital,disbursed_capital,registered_usd,disbursed_usd,land_ha,approved_on,planned_start,actual_start,planned_operation,actual_operation,permit_expires_on"
printf '%s\r\n,van-don,Công ty TNHH Không Văn Bản,JP,Nhà máy chưa có văn bản,Plant without documents,manufacturing,province,USD,5000000,0,5000000,0,2.25,2026-11-02,,,,,\r\n' "$cols" >"$T_TMP/p.csv"
as editor /staff/import -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" -F "note=Dự án mới" -F "file=@$T_TMP/p.csv"
is "$STATUS" 303 "the editor imports a new project"
req=$(location | sed 's/.*changes\///')
post editor "/staff/changes/$req/submit"
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes it"
new=$(root_sql "SELECT id FROM projects WHERE name = 'Nhà máy chưa có văn bản'")
is "$(root_sql "SELECT COUNT(*) FROM legal_documents WHERE project_id = $new")" 0 "project $new has no document"

# a delay with its decision's PDF
pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status IN ('approved', 'construction', 'operating') AND p.id <> ${new:-0}
	AND NOT EXISTS (SELECT 1 FROM change_requests r WHERE r.open_record = CONCAT('status:', p.id))
	ORDER BY p.id DESC LIMIT 1")
ok "a Vân Đồn project that may be delayed, without an open change request ($pid)" test -n "$pid"
printf '%%PDF-1.4\n%% oc4ids\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$T_TMP/d.pdf"
login editor
as editor "/staff/projects/$pid/status" -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" \
	-F "version=$(root_sql "SELECT version FROM projects WHERE id = $pid")" -F status=delayed \
	-F effective_on=2026-11-23 -F "reason=Chậm bàn giao đất" -F "remedy=Bàn giao đất" -F remedy_due=2027-05-31 \
	-F "doc_number=88/TB-BQL" -F doc_issued_on=2026-11-22 -F "doc_issuer=Ban Quản lý KKT Vân Đồn" \
	-F "note=Chậm tiến độ" -F action=submit -F "doc_pdf=@$T_TMP/d.pdf;type=application/pdf"
is "$STATUS" 303 "the editor submits a delay of project $pid with its decision's PDF"
req=$(location | sed 's/.*changes\///')
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes it"
doc=$(root_sql "SELECT d.id FROM legal_documents d JOIN project_status_events e ON e.document_id = d.id
	WHERE e.project_id = $pid AND d.file_id IS NOT NULL ORDER BY d.id DESC LIMIT 1")
ok "the decision is document $doc, with its file" test -n "$doc"
wait_fresh

fetch "/api/v1/projects/$pid/history"
is "$(jq -r --argjson d "$doc" '.items[] | select(.legal_basis.id == $d) | .legal_basis.url' "$BODY")" \
	"$origin/documents/$doc" "the API's history gives the uploaded decision's public URL"
fetch "/api/v1/projects/$pid"
is "$(jq -r --argjson d "$doc" '.documents[] | select(.id == $d) | .url' "$BODY")" \
	"$origin/documents/$doc" "and so does the project's document list"

fetch /data/oc4ids.json
is "$STATUS" 200 "/data/oc4ids.json answers"
if [ ! -d "$OD/node_modules/ajv" ]; then fail "the package validates (ajv missing: npm ci --prefix tests/opendata)"
elif out=$(node "$OD/validate.mjs" oc4ids "$BODY" "$OC4IDS" 2>&1); then pass "after the import and the edit, the package validates against project-package-schema.json"
else fail "after the import and the edit, the package validates against project-package-schema.json"; diag "$out"; fi
is "$(jq '[.. | arrays | select(length == 0)] | length' "$BODY")" 0 "no array in it is empty"
prefix=$(jq -r '.projects[0].id | sub("[0-9]+$"; "")' "$BODY")
is "$(jq --arg id "$prefix$new" '.projects[] | select(.id == $id) | has("documents")' "$BODY")" false \
	"the project without documents has no documents array"
is "$(jq -r --arg id "$prefix$pid" --arg d "doc-$doc" '.projects[] | select(.id == $id) | .documents[] | select(.id == $d) | .url' "$BODY")" \
	"$origin/documents/$doc" "the uploaded decision is among the project's documents, with its public URL"

done_testing

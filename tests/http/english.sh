#!/usr/bin/env bash
# English pages are English: no text the catalog generates in Vietnamese (change summaries,
# status names, field labels) on the English pages and feeds; every free text that exists
# only in Vietnamese (reasons, remedies, findings, document titles, sources, zones' locations,
# change notes) is inside an element with lang="vi" and marked "(Vietnamese)"; an English
# text given by staff (a status change's reason and note) is what the English pages show.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

CATALOG=$top_srcdir/templates/i18n
PAGES=$T_TMP/pages
mkdir -p "$PAGES"

# get PATH: the page into $PAGES, its status checked
n=0
get() {
	n=$((n + 1))
	fetch "$1"
	cp "$BODY" "$PAGES/$n$(echo "$1" | tr -c 'a-z0-9' '_')"
	[ "$STATUS" = 200 ] || fail "$1 answers $STATUS"
}

# The Vietnamese-only free texts the pages may show.
root_sql "SELECT reason FROM project_status_events WHERE reason IS NOT NULL AND reason_en IS NULL
	UNION SELECT remedy FROM project_status_events WHERE remedy IS NOT NULL AND remedy_en IS NULL
	UNION SELECT summary FROM review_findings WHERE summary_en IS NULL
	UNION SELECT action FROM review_findings WHERE action IS NOT NULL AND action_en IS NULL
	UNION SELECT title FROM legal_documents WHERE title_en IS NULL
	UNION SELECT source FROM targets WHERE source IS NOT NULL AND source_en IS NULL
	UNION SELECT source FROM gov_editions WHERE source_en IS NULL
	UNION SELECT note FROM change_log WHERE note IS NOT NULL AND note_en IS NULL
	UNION SELECT location FROM zones WHERE location IS NOT NULL AND location_en IS NULL
	UNION SELECT contact FROM zones WHERE contact IS NOT NULL AND contact_en IS NULL" \
	| awk 'length($0) >= 12' >"$T_TMP/texts"
ok "the data holds Vietnamese-only free texts to check ($(wc -l <"$T_TMP/texts"))" test -s "$T_TMP/texts"

# projects with a reason, a finding, a partial revocation and a change each
projects=$(root_sql "(SELECT project_id FROM project_status_events WHERE reason IS NOT NULL ORDER BY id DESC LIMIT 3)
	UNION (SELECT project_id FROM review_findings ORDER BY id LIMIT 2)
	UNION (SELECT project_id FROM project_status_events WHERE revocation = 'partial' LIMIT 1)
	UNION (SELECT entity_id FROM change_log WHERE entity = 'project' ORDER BY id DESC LIMIT 2)")
for p in $projects; do
	get "/en/projects/$p"
	get "/en/projects/$p/changes"
	get "/en/feeds/projects/$p.atom"
done
for path in /en/ /en/changes /en/zones/van-don /en/zones/van-don/changes /en/zones/cai-lan/changes \
	/en/zones/cai-lan /en/finder '/en/finder?compare=van-don&compare=cai-lan' \
	/en/targets /en/indices /en/indices/pci /en/indices/par /en/feeds/changes.atom \
	/en/feeds/zones/van-don.atom /en/feeds/status/revoked.atom /en/feeds/status/delayed.atom \
	/en/feeds/status/operating.atom; do
	get "$path"
done
out=$(python3 "$top_srcdir/tests/lib/lang_check.py" "$CATALOG" "$T_TMP/texts" "$PAGES"/*)
is "$out" "" "English pages and feeds: no catalog Vietnamese, every Vietnamese-only text marked lang=\"vi\" ($(ls "$PAGES" | wc -l) pages)"

# the check finds what it looks for: a Vietnamese page has the generated texts
fetch /changes
cp "$BODY" "$T_TMP/vi.html"
ok "the check sees the catalog's Vietnamese on the Vietnamese page" \
	sh -c "! python3 '$top_srcdir/tests/lib/lang_check.py' '$CATALOG' /dev/null '$T_TMP/vi.html' >/dev/null"
fetch /en/changes
body_has 'Status changed: ' "English change summaries come from the catalog"
body_has '<span lang="vi">[^<]+</span> <span class="lang-mark">\(Vietnamese\)</span>' \
	"a Vietnamese-only note is marked on the English list"

# A status change with its reason in both languages, through the staff workflow.
pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status IN ('approved', 'construction', 'operating') AND NOT EXISTS (SELECT 1 FROM change_requests r
	  WHERE r.open_record = CONCAT('status:', p.id)) ORDER BY p.id DESC LIMIT 1")
ok "a Vân Đồn project that may be delayed ($pid)" test -n "$pid"
reason_vi="Chậm giải phóng mặt bằng $RANDOM"
reason_en="Site clearance behind schedule $RANDOM"
login editor
post editor "/staff/projects/$pid/status" status=delayed effective_on=2026-11-25 \
	"version=$(root_sql "SELECT version FROM projects WHERE id = $pid")" \
	"reason=$reason_vi" "reason_en=$reason_en" "remedy=Hoàn thành trước quý 2" \
	"doc_number=$RANDOM/TB-BQL" doc_issued_on=2026-11-24 "doc_issuer=Ban Quản lý KKT Vân Đồn" \
	"note=Ghi nhận chậm tiến độ" "note_en=Delay recorded" action=submit
is "$STATUS" 303 "the editor submits a delay with an English reason and note"
req=$(location | sed 's/.*changes\///')
as editor "/en/staff/projects/$pid/status"
body_has 'name="reason_en"[^>]*lang="en"|lang="en"[^>]*name="reason_en"' "the status form offers an English reason"
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes it"
wait_fresh
is "$(root_sql "SELECT reason_en FROM project_status_events WHERE project_id = $pid ORDER BY id DESC LIMIT 1")" \
	"$reason_en" "the English reason is stored beside the Vietnamese"
fetch "/en/projects/$pid"
body_has "$reason_en" "the English project page shows the English reason"
body_lacks "$reason_vi" "and not the Vietnamese"
body_has 'Hoàn thành trước quý 2</span> <span class="lang-mark">' "the remedy given only in Vietnamese is marked"
fetch "/projects/$pid"
body_has "$reason_vi" "the Vietnamese page shows the Vietnamese reason"
body_lacks "$reason_en" "and not the English"
fetch "/en/projects/$pid/changes"
body_has "$reason_en" "the English history shows the English reason"
body_has 'Delay recorded' "and the English note"
body_lacks "$reason_vi" "not the Vietnamese reason"
fetch "/en/feeds/projects/$pid.atom"
body_has "$reason_en" "the English feed too"
body_has 'Status changed: Delayed' "with its summary from the catalog"
fetch "/api/v1/projects/$pid/history"
ok "the API's history carries reason_en" \
	sh -c "jq -e --arg r '$reason_en' '[.items[]? // .[]? | select(.reason_en == \$r)] | length == 1' '$BODY' >/dev/null"
fetch "/changes.csv"
body_has 'summary_key' "the changes download carries the summary's key"
body_has 'Delay recorded' "and the English note"

# The same through the CSV import, and back out through the XML download.
p2=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status IN ('approved', 'construction', 'operating') AND NOT EXISTS (SELECT 1 FROM change_requests r
	  WHERE r.open_record = CONCAT('status:', p.id)) ORDER BY p.id DESC LIMIT 1")
ok "another Vân Đồn project that may be delayed ($p2)" test -n "$p2"
printf 'project_id,status,effective_on,reason,reason_en,doc_number,doc_issued_on,doc_issuer\n%s,delayed,2026-11-26,Chậm nhập máy móc,Machinery imported late %s,%s/TB-BQL,2026-11-25,Ban Quản lý KKT Vân Đồn\n' \
	"$p2" "$RANDOM" "$RANDOM" >"$T_TMP/status.csv"
imported_en=$(sed -n '2p' "$T_TMP/status.csv" | cut -d, -f5)
login editor
as editor /staff/import -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" -F "note=Nhập chậm tiến độ" \
	-F "note_en=Delay imported" -F "file=@$T_TMP/status.csv"
is "$STATUS" 303 "a status change with reason_en is imported"
ireq=$(location | sed 's/.*changes\///')
post editor "/staff/changes/$ireq/submit"
login reviewer
post reviewer "/staff/changes/$ireq/publish"
is "$STATUS" 303 "and published"
wait_fresh
fetch "/en/projects/$p2"
body_has "$imported_en" "the English page shows the imported English reason"
fetch "/en/projects/$p2/changes"
body_has 'Delay imported' "and the import's English note"
fetch "/projects.xml?zone=van-don"
body_has "<reason_en>$imported_en</reason_en>" "the XML download carries reason_en"

done_testing

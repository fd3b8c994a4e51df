#!/usr/bin/env bash
# HTTP: zone and project pages, change history, targets, indices and the zone finder.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

fetch /zones/van-don
is "$STATUS" 200 "zone page answers 200"
body_has 'Khu kinh tế Vân Đồn' "with the zone's name"
body_has '<svg[^>]*role="img"' "an occupancy chart"
body_has '<title id="occ-t">' "with a text alternative"
body_has 'Số liệu lấp đầy theo ngày' "and its data table"
n=$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id WHERE z.slug = 'van-don' AND p.status = 'revoked'")
[ "$n" -gt 0 ] && body_has "<span class=\"count\">$n</span><span class=\"label\">Bị thu hồi" "revoked projects counted ($n)"
fetch /zones/quang-yen
body_has 'Các khu công nghiệp trong khu kinh tế' "a KKT lists its KCNs"
body_has 'href="/zones/dam-nha-mac"|href="/zones/song-khoai"' "with links to them"
fetch /zones/no-such-zone
is "$STATUS" 404 "an unknown zone is 404"

id=$(root_sql "SELECT e.project_id FROM project_status_events e WHERE e.revocation = 'partial' LIMIT 1")
fetch "/projects/$id"
is "$STATUS" 200 "a partially revoked project's page answers 200"
body_has 'thu gọn diện tích' "says the land area was reduced"
before=$(root_sql "SELECT land_ha_before FROM project_status_events WHERE project_id = $id AND revocation = 'partial' LIMIT 1")
body_has "Diện tích đất: ${before%%.*}" "with the area before"
num=$(root_sql "SELECT d.number FROM project_status_events e JOIN legal_documents d ON d.id = e.document_id WHERE e.project_id = $id AND e.revocation = 'partial' LIMIT 1")
body_has "Căn cứ pháp lý:.*$num" "and the legal basis ($num)"
# each status change and finding with a legal basis shows it, in the page's order: the
# timeline, then the findings (the basis is found among the project's documents, read first)
id=$(root_sql "SELECT f.project_id FROM review_findings f WHERE f.document_id IS NOT NULL
	ORDER BY (SELECT COUNT(*) FROM project_status_events e WHERE e.project_id = f.project_id
	AND e.document_id IS NOT NULL) DESC, f.project_id LIMIT 1")
want=$(root_sql "SELECT n FROM (SELECT 1 AS s, e.effective_on AS k, e.id, d.number AS n
	FROM project_status_events e JOIN legal_documents d ON d.id = e.document_id WHERE e.project_id = $id
	UNION ALL SELECT 2, f.reviewed_on, f.id, d.number FROM review_findings f
	JOIN legal_documents d ON d.id = f.document_id WHERE f.project_id = $id) b ORDER BY s, k, id")
fetch "/projects/$id"
got=$(grep -o '<p class="basis">[^<]*\(<a [^>]*>\)\?[^<]*' "$BODY" | sed 's/<a [^>]*>//; s/^<p class="basis">Căn cứ pháp lý: //; s/ ngày .*//')
is "$got" "$want" "project $id: the legal basis of each of its $(wc -l <<<"$want") status changes and findings"
# a basis is one of the project's documents (migration 033): another project's is refused
other=$(root_sql "SELECT id FROM legal_documents WHERE project_id <> $id LIMIT 1")
for t in "project_status_events (project_id, status, effective_on, document_id) VALUES ($id, 'approved', '2026-01-01', $other)" \
	"review_findings (project_id, area, reviewed_on, outcome, summary, document_id, is_sample) VALUES ($id, 'land', '2026-01-01', 'minor', 'x', $other, 1)"; do
	out=$(root_sql "START TRANSACTION; INSERT INTO $t; ROLLBACK" 2>&1)
	ok "${t%% *} citing another project's document is refused" grep -q 'ERROR 1452' <<<"$out"
done
id=$(root_sql "SELECT project_id FROM project_status_events WHERE status = 'delayed' AND remedy IS NOT NULL LIMIT 1")
fetch "/projects/$id"
body_has 'Biện pháp khắc phục đã thống nhất' "a delay shows the agreed remedy"
id=$(root_sql "SELECT id FROM projects WHERE status NOT IN ('revoked','expired') AND planned_start < CURRENT_DATE AND actual_start IS NULL LIMIT 1")
if [ -n "$id" ]; then
	fetch "/projects/$id"
	body_has 'class="overdue"' "a project past its planned start is marked overdue"
fi
id=$(root_sql "SELECT project_id FROM review_findings LIMIT 1")
fetch "/projects/$id"
body_has 'Kết quả rà soát' "review findings are shown"
for bad in 0 abc 99999999 -1; do
	fetch "/projects/$bad"
	is "$STATUS" 404 "/projects/$bad is 404"
done

id=$(root_sql "SELECT entity_id FROM change_log WHERE entity = 'project' LIMIT 1")
fetch "/projects/$id/changes"
is "$STATUS" 200 "a project's change history answers 200"
field=$(root_sql "SELECT f.field FROM change_log_fields f JOIN change_log c ON c.id = f.change_id WHERE c.entity = 'project' AND c.entity_id = $id LIMIT 1")
label=$(xmllint --xpath "string(//m[@k='change.field.$field']/vi)" "$top_srcdir/templates/i18n/messages.xml")
body_has "<th scope=\"row\">$label</th>" "listing the field that changed by its label ($field: $label)"
fetch /changes
is "$STATUS" 200 "latest changes answer 200"
is "$(grep -o '<li id="change-' "$BODY" | wc -l)" "$(root_sql "SELECT LEAST(COUNT(*), 50) FROM change_log")" "listing the latest changes"

fetch /targets
is "$STATUS" 200 "targets answer 200"
body_has 'Q4-2020' "show the Q4-2020 period from the province's statement"
body_has '2\.000,0 triệu USD' "with its 2 billion USD licensed-capital target"
body_has 'Cách tính kết quả thực hiện' "and the rules that compute each actual"

fetch /indices
is "$STATUS" 200 "indices answer 200"
for ix in PCI 'PAR Index' SIPAS PAPI; do body_has "$ix" "list $ix"; done
is "$(grep -o '<svg' "$BODY" | wc -l)" 4 "one trend chart per index"
fetch /indices/papi
is "$STATUS" 200 "one index answers 200"
is "$(grep -Eo '<td class="num"[^>]*>[0-9]+( <span class="sample-mark"[^>]*>[^<]*</span>)?</td><th scope="row">' "$BODY" | wc -l)" 63 "the table of all 63 provinces"
body_has 'class="home"' "with the province highlighted"
fetch '/indices/pci?year=2018'
is "$STATUS" 200 "an earlier edition answers 200"
body_has 'năm 2018' "for that year"
fetch '/indices/pci?year=2001'
is "$STATUS" 404 "an edition that does not exist is 404"
fetch /indices/xyz
is "$STATUS" 404 "an unknown index is 404"

fetch '/finder?min_ha=200'
is "$STATUS" 200 "finder answers 200"
want=$(root_sql "SELECT COUNT(*) FROM zones WHERE leasable_ha - leased_ha >= 200 AND status <> 'suspended'")
is "$(grep -o 'name="compare"' "$BODY" | wc -l)" "$want" "lists the zones with at least 200 ha available"
fetch '/finder?compare=van-don&compare=cai-lan&compare=dong-mai'
is "$(grep -o '<th scope="col"><a href="/zones/' "$BODY" | wc -l)" 3 "compares three zones side by side"
fetch "/finder?compare=van-don&compare=cai-lan&compare=dong-mai&compare=quang-yen"
is "$STATUS" 200 "four zones to compare keep the page (tests/http/finder_compare.sh)"

done_testing

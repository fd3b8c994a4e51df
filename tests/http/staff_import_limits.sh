#!/usr/bin/env bash
# Staff import bounds (issue 10): attributes per element and elements per file refused
# before libxml2 parses them, operations per import bounded, the checks linear in the file
# (every import answered in seconds, where a quadratic check took minutes: the bounds below
# leave room for the sanitizer build on a busy machine, they are no benchmark), new ids
# range-checked with their line, and
# a database error during publication reported in the user's language and audited.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

# upload USER FILE NOTE: POST the file to /staff/import; SECS is how long it took
upload() {
	local t0 t1
	t0=$(date +%s.%N)
	as "$1" "/staff/import" -H "$ORIGIN_HDR" -F "csrf=$(csrf "$1")" -F "note=$3" -F "file=@$2" --max-time 120
	t1=$(date +%s.%N)
	SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
}
fast() { awk -v s="$SECS" -v m="$1" 'BEGIN { exit !(s < m) }'; }
head_xml='<?xml version="1.0" encoding="UTF-8"?>
<minhbach xmlns="urn:minhbach:schema:1" version="1">'

vp=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status = 'construction'
	AND NOT EXISTS (SELECT 1 FROM change_requests r WHERE r.open_record = CONCAT('status:', p.id)) ORDER BY p.id LIMIT 1")
ok "a Vân Đồn project under construction ($vp)" test -n "$vp"
maxe=$(root_sql "SELECT MAX(id) FROM project_status_events")
maxd=$(root_sql "SELECT MAX(id) FROM legal_documents")
login editor

# 80,000 attributes on the root element: refused before libxml2's quadratic check
{ echo "$head_xml" | sed 's/version="1">/version="1"/'
  awk 'BEGIN { for (i = 0; i < 80000; i++) printf " a%d=\"\"", i; print ">" }'
  echo '</minhbach>'; } >"$T_TMP/attrs.xml"
upload editor "$T_TMP/attrs.xml" "Nhiều thuộc tính"
is "$STATUS" 400 "a root element with 80,000 attributes is refused ($(wc -c <"$T_TMP/attrs.xml") bytes)"
body_has 'more than 32 attributes' "saying why"
ok "within 10 s (took $SECS s)" fast 10

# 58,906 status changes in 5 MB: more operations than one import may hold, refused fast
awk -v p="$vp" -v e="$maxe" -v head="$head_xml" 'BEGIN {
	print head; print "<status_changes>"
	for (i = 1; i <= 58906; i++)
		printf "<status_change id=\"%d\" project=\"%d\" status=\"%s\" effective_on=\"2026-11-03\"/>\n", e + i, p, i % 2 ? "operating" : "construction"
	print "</status_changes>"; print "</minhbach>" }' >"$T_TMP/many.xml"
upload editor "$T_TMP/many.xml" "Nhiều thay đổi"
is "$STATUS" 400 "58,906 status changes ($(wc -c <"$T_TMP/many.xml") bytes) are refused"
body_has 'quá 10.000 dòng' "as more operations than one import may hold"
ok "within 20 s, not a gateway timeout (took $SECS s)" fast 20

# 10,000 operations, the most one import holds: checked in linear time and accepted
awk -v p="$vp" -v e="$maxe" -v d="$maxd" -v head="$head_xml" 'BEGIN {
	print head; print "<documents>"
	for (i = 1; i <= 5000; i++)
		printf "<document id=\"%d\" type=\"delay_decision\" project=\"%d\" sample=\"false\"><number>%d/TB</number><issued_on>2026-11-01</issued_on><issuer>BQL</issuer><title>T</title></document>\n", d + i, p, i
	print "</documents>"; print "<status_changes>"
	for (i = 1; i <= 5000; i++) {
		printf "<status_change id=\"%d\" project=\"%d\" status=\"delayed\" effective_on=\"2026-11-02\" document=\"%d\"><reason>R</reason></status_change>\n", e + 2 * i - 1, p, d + i
		printf "<status_change id=\"%d\" project=\"%d\" status=\"construction\" effective_on=\"2026-11-03\"/>\n", e + 2 * i, p
	}
	print "</status_changes>"; print "</minhbach>" }' >"$T_TMP/10k.xml"
upload editor "$T_TMP/10k.xml" "Mười nghìn thay đổi"
is "$STATUS" 303 "10,000 status changes of one project are accepted as one draft"
ok "within 30 s (took $SECS s)" fast 30
bigreq=$(location | sed 's/.*changes\///')
is "$(root_sql "SELECT (LENGTH(payload) - LENGTH(REPLACE(payload, '\n', ''))) FROM change_requests WHERE id = $bigreq")" 10000 "with 10,000 operations"

# ids a file brings for new rows are range-checked, with their line
mkxml() { # mkxml EVENT_ID DOC_ID > file
	printf '%s\n<documents>\n<document id="%s" type="delay_decision" project="%s" sample="false"><number>9/TB</number><issued_on>2026-11-01</issued_on><issuer>BQL</issuer><title>T</title></document>\n</documents>\n<status_changes>\n<status_change id="%s" project="%s" status="delayed" effective_on="2026-11-02" document="%s"><reason>R</reason></status_change>\n</status_changes>\n</minhbach>\n' \
		"$head_xml" "$2" "$vp" "$1" "$vp" "$2"
}
mkxml 4294967295 $((maxd + 1)) >"$T_TMP/id.xml"
upload editor "$T_TMP/id.xml" "Số định danh lớn"
is "$STATUS" 400 "a status change id=\"4294967295\" is refused"
body_has 'Dòng 7: <code>status_change</code>: số định danh mới nằm ngoài khoảng' "with its line and why"
mkxml $((maxe + 1)) 99999999999999999999 >"$T_TMP/id2.xml"
upload editor "$T_TMP/id2.xml" "Số định danh lớn"
is "$STATUS" 400 "so is a document id beyond any column"
is "$(root_sql "SELECT AUTO_INCREMENT < 4294967295 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'project_status_events'")" 1 "the table's AUTO_INCREMENT is untouched"
mkxml $((maxe + 1)) $((maxd + 1)) >"$T_TMP/id3.xml"
upload editor "$T_TMP/id3.xml" "Số định danh kế tiếp"
is "$STATUS" 303 "the next ids are accepted"

# a database error during publication: said in the user's language, audited, nothing half-done
post editor "/staff/projects/$vp/status" status=operating effective_on=2026-11-26 \
	"version=$(root_sql "SELECT version FROM projects WHERE id = $vp")" "note=Đi vào hoạt động" action=submit
is "$STATUS" 303 "the editor submits a status change"
sreq=$(location | sed 's/.*changes\///')
# the state a range-less import left behind: the table's AUTO_INCREMENT at its end
root_sql "INSERT INTO project_status_events (id, project_id, status, effective_on) VALUES (4294967295, $vp, 'construction', '2020-01-01')"
gen=$(root_sql "SELECT generation FROM data_generation")
login reviewer
post reviewer "/staff/changes/$sreq/publish"
is "$STATUS" 500 "a publication the database fails answers 500"
body_has 'Lỗi cơ sở dữ liệu khi công bố; không có gì được công bố' "with the change page saying so in Vietnamese"
is "$(root_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'publish_failed' AND detail LIKE 'request $sreq:%'")" 1 "audited as a failed publication"
is "$(root_sql "SELECT CONCAT(status, ' ', (SELECT generation FROM data_generation), ' ', (SELECT state FROM change_requests WHERE id = $sreq))
	FROM projects WHERE id = $vp")" "construction $gen submitted" "nothing was written"
root_sql "DELETE FROM project_status_events WHERE id = 4294967295; ALTER TABLE project_status_events AUTO_INCREMENT = 1"
post reviewer "/en/staff/changes/$sreq/publish"
is "$STATUS" 303 "once repaired, the same request is published"
is "$(root_sql "SELECT status FROM projects WHERE id = $vp")" operating "and the project changes"

done_testing

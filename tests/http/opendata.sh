#!/usr/bin/env bash
# HTTP: open data through nginx — the JSON API against its OpenAPI document, the CSV
# downloads (BOM, header, the rows of a filter), the XML export against
# htdocs/schema/minhbach-1.xsd (its round trip through the staff import is in
# staff_import.sh), the OC4IDS package
# against the standard's schema, the Atom feeds after a publication, the sitemap, and the
# head links and JSON-LD of the pages. JSON schemas are checked with ajv (tests/opendata:
# npm ci --prefix tests/opendata).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

OD=$top_srcdir/tests/opendata
OPENAPI=$top_srcdir/htdocs/api/v1/openapi.json
XSD=$top_srcdir/htdocs/schema/minhbach-1.xsd
OC4IDS=${OC4IDS_DIR:-$top_srcdir/tests/standards/oc4ids}
header() { sed -n "s/^$1: *//Ip" "$HEADERS" | tr -d '\r' | head -1; }

have_ajv=1
if [ ! -d "$OD/node_modules/ajv" ] || ! command -v node >/dev/null; then
	have_ajv=0
	diag "ajv is not installed: npm ci --prefix tests/opendata"
fi
# schema NAME DESCRIPTION: the body against a schema of the OpenAPI document
schema() {
	local out
	if [ $have_ajv = 0 ]; then fail "$2 (ajv missing)"; return; fi
	if out=$(node "$OD/validate.mjs" openapi "$OPENAPI" "$1" "$BODY" 2>&1); then pass "$2"
	else fail "$2"; diag "$out"; fi
}
json() { node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(eval(process.argv[2]))' "$BODY" "$1"; }

# --- the JSON API ---------------------------------------------------------------------
fetch /api/v1/openapi.json
is "$STATUS" 200 "the OpenAPI document is served"
ok "it parses and says OpenAPI 3" test "$(json 'd.openapi')" = 3.1.0

fetch /api/v1
is "$STATUS" 200 "/api/v1 answers"
schema ApiIndex "/api/v1 matches ApiIndex"
header_has '^access-control-allow-origin: \*' "CORS is open for GET"
header_has '^content-type: application/json' "JSON content type"

for t in "/api/v1/zones ZoneList" "/api/v1/zones?kind=kcn ZoneList" "/api/v1/zones/van-don ZoneDetail" \
	"/api/v1/zones/cai-lan ZoneDetail" "/api/v1/projects ProjectList" \
	"/api/v1/projects?q=van+don&status=operating&sort=capital_desc ProjectList" \
	"/api/v1/projects/1 ProjectDetail" "/api/v1/projects/1/history ProjectHistory" \
	"/api/v1/targets TargetList" "/api/v1/indices IndexList" "/api/v1/indices/pci IndexDetail" \
	"/api/v1/indices/papi?year=2020 IndexDetail" "/api/v1/changes ChangeList" \
	"/api/v1/announcements AnnouncementList" "/api/v1/announcements?board=bql-kkt-van-don AnnouncementList"; do
	set -- $t
	fetch "$1"
	is "$STATUS" 200 "$1 answers 200"
	schema "$2" "$1 matches $2"
done
revoked=$(root_sql "SELECT id FROM projects WHERE status = 'revoked' ORDER BY id LIMIT 1")
fetch "/api/v1/projects/$revoked"
schema ProjectDetail "a revoked project matches ProjectDetail"
ok "its history holds the revocation with its legal basis" \
	test "$(json 'd.status_history.filter(e => e.status.code === "revoked" && e.legal_basis && e.legal_basis.number).length')" -ge 1

# the registry's filters, search, sort and pages, as MariaDB says
fetch '/api/v1/projects?status=revoked&limit=5'
is "$(json d.total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE status = 'revoked'")" "status filter: total"
want=$(root_sql "SELECT id FROM projects WHERE status = 'revoked' ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, id" | tr '\n' ' ')
seen=""
pages=0
while :; do
	seen="$seen$(json 'd.items.map(p => p.id).join(" ")') "
	next=$(json 'd.next || ""')
	pages=$((pages + 1))
	[ -n "$next" ] && [ $pages -lt 20 ] || break
	fetch "${next#"$PORTAL_URL"}"
done
is "$(echo $seen)" "$(echo $want)" "following next through $pages pages of 5 lists every revoked project once, in name order"
fetch '/api/v1/projects?q=van+don&sort=capital_desc&limit=1000'
# the words "van" and "don", whole, in the names of project, zone or investor (tests/http/search.sh has the rest)
words="CONCAT(' ', REGEXP_REPLACE(CONCAT_WS(' ', p.name, p.name_en, z.name, i.name) COLLATE utf8mb4_uca1400_ai_ci, '[^\\\\p{L}\\\\p{N}]+', ' '), ' ') COLLATE utf8mb4_uca1400_ai_ci"
want=$(root_sql "SELECT p.id FROM projects p JOIN investors i ON i.id = p.investor_id JOIN zones z ON z.id = p.zone_id WHERE $words LIKE '% van %' AND $words LIKE '% don %' ORDER BY p.registered_usd DESC, p.id DESC" | tr '\n' ' ')
is "$(json 'd.items.map(p => p.id).join(" ")')" "$(echo $want)" "search ignoring diacritics, sorted by capital"
ok "amounts carry their currency" test "$(json 'd.items.every(p => /^[A-Z]{3}$/.test(p.registered_capital.currency) && p.registered_usd.currency === "USD")')" = true
ok "codes carry labels in both languages" test "$(json 'd.items.every(p => p.status.label.vi && p.status.label.en)')" = true

# ETag and 304
fetch /api/v1/zones
etag=$(header etag)
ok "responses carry an ETag ($etag)" test -n "$etag"
fetch /api/v1/zones -H "If-None-Match: $etag"
is "$STATUS" 304 "304 when If-None-Match matches"

# bad parameters: JSON errors naming the field
for bad in 'projects?status=gone status' 'projects?sort=random sort' 'projects?limit=0 limit' \
	'projects?after=nonsense after' 'projects?min_capital=-5 min_capital' 'zones?kind=x kind' \
	'changes?before=abc before' 'changes?limit=5000 limit' 'projects?limit=x&zone=van-don limit' \
	'indices/pci?year=1 year'; do
	set -- $bad
	fetch "/api/v1/$1"
	is "$STATUS" 400 "/api/v1/$1 is 400"
	schema Error "… with a JSON error body"
	is "$(json 'd.error.field')" "$2" "… naming the field $2"
	header_has '^access-control-allow-origin: \*' "… readable by other sites' scripts (CORS)"
done
fetch /api/v1/projects/999999999
is "$STATUS" 404 "an unknown project is 404"
schema Error "… in JSON"
fetch /api/v1/nothing/here
is "$STATUS" 404 "an unknown API path is 404 in JSON"

# --- CSV --------------------------------------------------------------------------------
fetch '/projects.csv?status=revoked&sort=date'
is "$STATUS" 200 "/projects.csv answers"
header_has '^content-type: text/csv; charset=utf-8' "CSV content type, UTF-8"
header_has '^content-disposition: attachment; filename="projects.csv"' "as a download"
is "$(head -c 3 "$BODY" | od -An -tx1 | tr -d ' \n')" efbbbf "starts with the UTF-8 byte-order mark"
ok "a header row of named columns" grep -q '^id,name_vi,name_en,status,status_label_vi,status_label_en,' <(tail -c +4 "$BODY")
want=$(root_sql "SELECT id FROM projects WHERE status = 'revoked' ORDER BY approved_on, id" | tr '\n' ' ')
is "$(tail -n +2 "$BODY" | cut -d, -f1 | tr -d '\r' | tr '\n' ' ')" "$want" "the rows of the filter, in its order"
body_has ',revoked,Bị thu hồi,Revoked,' "codes with their labels in both languages"
ok "CRLF line ends" grep -q $'\r$' "$BODY"
fetch '/projects.csv?zone=van-don'
is "$(($(wc -l <"$BODY") - 1))" "$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id LEFT JOIN zones pz ON pz.id = z.parent_id WHERE z.slug = 'van-don' OR pz.slug = 'van-don'")" "zone filter: every row"
fetch '/projects.csv?status=gone'
is "$STATUS" 400 "a bad filter is refused"
for l in "/zones.csv $(root_sql 'SELECT COUNT(*) FROM zones')" "/zones.csv?kind=kcn $(root_sql "SELECT COUNT(*) FROM zones WHERE kind = 'kcn'")" \
	"/targets.csv $(root_sql 'SELECT COUNT(*) FROM targets')" "/indices.csv $(root_sql 'SELECT COUNT(*) FROM gov_scores')" \
	"/changes.csv $(root_sql 'SELECT COUNT(*) FROM change_log c LEFT JOIN change_log_fields f ON f.change_id = c.id')"; do
	set -- $l
	fetch "$1"
	is "$STATUS:$(head -c 3 "$BODY" | od -An -tx1 | tr -d ' \n')" 200:efbbbf "$1: 200 with a BOM"
	is "$(($(wc -l <"$BODY") - 1))" "$2" "$1: every row"
done
# the API's targets and /targets.csv share one field list, in the CSV's column order
fetch /targets.csv
is "$(head -1 "$BODY" | tr -d '\r' | sed 's/^\xef\xbb\xbf//')" \
	"id,period_label,period_start,period_end,zone_slug,zone_name_vi,zone_name_en,metric,metric_label_vi,metric_label_en,unit,target,actual,actual_is_sample,source,source_en,is_sample" \
	"/targets.csv: its columns"
fetch /api/v1/targets
is "$(json 'Object.keys(d.items[0]).join(",")')" "id,period,zone,metric,unit,target,actual,actual_is_sample,source,source_en,is_sample" \
	"/api/v1/targets: the same fields"
fetch '/finder.csv?min_ha=100'
is "$STATUS" 200 "/finder.csv answers"
etag=$(curl -sS -D - -o /dev/null "$PORTAL_URL/projects.csv?status=revoked" | sed -n 's/^etag: *//Ip' | tr -d '\r')
ok "a streamed download has a weak ETag ($etag)" grep -q '^W/"' <<<"$etag"
fetch '/projects.csv?status=revoked' -H "If-None-Match: $etag"
is "$STATUS" 304 "… and answers 304 on a match"

# --- JSON download ---------------------------------------------------------------------
fetch '/projects.json?status=delayed'
is "$STATUS" 200 "/projects.json answers"
schema ProjectDownload "/projects.json matches ProjectDownload"
is "$(json 'd.items.length')" "$(root_sql "SELECT COUNT(*) FROM projects WHERE status = 'delayed'")" "… with every row of the filter"

# --- XML -------------------------------------------------------------------------------
fetch /data/minhbach.xml
is "$STATUS" 200 "/data/minhbach.xml answers"
cp "$BODY" "$T_TMP/export.xml"
if out=$(xmllint --noout --schema "$XSD" "$T_TMP/export.xml" 2>&1); then pass "the export validates against minhbach-1.xsd"
else fail "the export validates against minhbach-1.xsd"; diag "$(echo "$out" | head -5)"; fi
is "$(grep -c '^<project ' "$T_TMP/export.xml")" "$(root_sql 'SELECT COUNT(*) FROM projects')" "every project"
is "$(grep -c '^<status_change ' "$T_TMP/export.xml")" "$(root_sql 'SELECT COUNT(*) FROM project_status_events')" "every status change"
is "$(grep -c '^<document ' "$T_TMP/export.xml")" "$(root_sql 'SELECT COUNT(*) FROM legal_documents')" "every legal document"
sleep 1.1	# past nginx's one-second cache: a second export from the program itself
fetch /data/minhbach.xml
ok "two exports of the same data are the same bytes" cmp -s "$BODY" "$T_TMP/export.xml"
fetch '/projects.xml?status=revoked'
if xmllint --noout --schema "$XSD" "$BODY" 2>/dev/null; then pass "/projects.xml?status=revoked validates"; else fail "/projects.xml?status=revoked validates"; fi
is "$(grep -c '^<project ' "$BODY")" "$(root_sql "SELECT COUNT(*) FROM projects WHERE status = 'revoked'")" "… with the projects of the filter"
fetch /zones.xml
if xmllint --noout --schema "$XSD" "$BODY" 2>/dev/null; then pass "/zones.xml validates"; else fail "/zones.xml validates"; fi
fetch /schema/minhbach-1.xsd
is "$STATUS" 200 "the schema is served at /schema/minhbach-1.xsd"
ok "… the same file" cmp -s "$BODY" "$XSD"

# --- OC4IDS ----------------------------------------------------------------------------
fetch /data/oc4ids.json
is "$STATUS" 200 "/data/oc4ids.json answers"
if [ $have_ajv = 0 ]; then fail "the OC4IDS package validates (ajv missing)"
elif out=$(node "$OD/validate.mjs" oc4ids "$BODY" "$OC4IDS" 2>&1); then pass "the OC4IDS package validates against project-package-schema.json"
else fail "the OC4IDS package validates against project-package-schema.json"; diag "$out"; fi
is "$(json 'd.projects.length')" "$(root_sql 'SELECT COUNT(*) FROM projects')" "… with every published project"
is "$(json 'd.projects.filter(p => p.status === "cancelled").length')" \
	"$(root_sql "SELECT COUNT(*) FROM projects p WHERE p.status = 'expired' OR (p.status = 'revoked' AND COALESCE((SELECT e.revocation FROM project_status_events e WHERE e.project_id = p.id AND e.status = 'revoked' ORDER BY e.effective_on DESC, e.id DESC LIMIT 1), 'whole') = 'whole')")" \
	"expired and wholly revoked projects map to cancelled"

# --- Atom feeds after a publication ----------------------------------------------------
# atom_ok DESCRIPTION: the body is well-formed Atom with a feed id, title, updated, author
atom_ok() {
	local x="xmllint --noout"
	if $x "$BODY" 2>/dev/null &&
		[ "$(xmllint --xpath 'count(/*[local-name()="feed" and namespace-uri()="http://www.w3.org/2005/Atom"]/*[local-name()="id" or local-name()="title" or local-name()="updated" or local-name()="author"])' "$BODY" 2>/dev/null)" -ge 4 ] &&
		[ "$(xmllint --xpath 'count(//*[local-name()="entry"][not(*[local-name()="id"]) or not(*[local-name()="title"]) or not(*[local-name()="updated"]) or not(*[local-name()="link"])])' "$BODY" 2>/dev/null)" = 0 ]; then
		pass "$1"
	else
		fail "$1"; diag "$(head -c 400 "$BODY")"
	fi
}
pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id WHERE z.slug = 'cai-lan' AND p.status = 'operating' ORDER BY p.id LIMIT 1")
pname=$(root_sql "SELECT name FROM projects WHERE id = $pid")
cid=$(root_sql "INSERT INTO change_log (entity, entity_id, published_at, summary, note) VALUES ('project', $pid, UTC_TIMESTAMP(), 'Thu hồi (kiểm thử dữ liệu mở)', 'opendata test <&>'); SELECT LAST_INSERT_ID()")
root_sql "INSERT INTO change_log_fields (change_id, field, old_value, new_value) VALUES ($cid, 'status', 'operating', 'revoked'); UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3)"
sleep 1.2	# nginx keeps a page one second
for f in /feeds/changes.atom /feeds/zones/cai-lan.atom /feeds/status/revoked.atom "/feeds/projects/$pid.atom" \
	"/feeds/projects.atom?zone=cai-lan&status=operating" /en/feeds/changes.atom; do
	fetch "$f"
	is "$STATUS" 200 "$f answers"
	header_has '^content-type: application/atom\+xml' "$f is Atom"
	atom_ok "$f is well-formed Atom with the required elements"
	body_has "<id>[^<]*/projects/$pid/changes#change-$cid</id>" "$f has the new entry"
	body_has "href=\"[^\"]*/projects/$pid\"" "… linking to the record"
	body_has '(Tình trạng|Status): <del>(Đang hoạt động|Operating)</del> → <ins>(Bị thu hồi|Revoked)</ins>' \
		"… saying what changed, by label and status name"
	newest=$(xmllint --xpath 'string(//*[local-name()="entry"][1]/*[local-name()="updated"])' "$BODY")
	is "$(xmllint --xpath 'string(/*[local-name()="feed"]/*[local-name()="updated"])' "$BODY")" \
		"${newest:-none}" "… updated when its newest entry was"
done
xhtml_vi='//*[local-name()="div" and namespace-uri()="http://www.w3.org/1999/xhtml"]//*[local-name()="span" and @lang="vi"]'
is "$(xmllint --xpath "count(//*[local-name()=\"entry\"][1]$xhtml_vi[. = 'opendata test <&>'])" "$BODY")" 1 \
	"/en/: a note without English is the Vietnamese, in an XHTML span lang=vi"
fetch '/feeds/projects.atom?q=a%22b%26c%3Cd'
atom_ok "a search feed whose words hold \" & < is well-formed Atom"
title=$(xmllint --xpath 'string(/*[local-name()="feed"]/*[local-name()="title"])' "$BODY")
ok "… and its title names the search as typed" grep -qF 'q=a"b&c<d · ' <<<"$title"
fetch /feeds/zones/van-don.atom
body_lacks "change-$cid<" "another zone's feed does not have it"
fetch /feeds/status/delayed.atom
body_lacks "change-$cid<" "another status's feed does not have it"
fetch '/feeds/projects.atom?status=expired'
body_lacks "change-$cid<" "another search's feed does not have it"
fetch /feeds/zones/no-such-zone.atom
is "$STATUS" 404 "an unknown zone's feed is 404"
fetch "/api/v1/changes?limit=1"
is "$(json 'd.items[0].id')" "$cid" "the API's change history has it first"
root_sql "DELETE FROM change_log_fields WHERE change_id = $cid; DELETE FROM change_log WHERE id = $cid; UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3)"

# --- sitemap and discoverability -------------------------------------------------------
for part in projects-01.xml projects-+1.xml projects-%201.xml projects-1.xmlx projects-.xml projects-0.xml; do
	fetch "/sitemaps/$part"
	is "$STATUS" 404 "/sitemaps/$part: no such part (a part's number has one spelling)"
done
fetch /sitemaps/projects-1.xml
is "$STATUS" 200 "/sitemaps/projects-1.xml answers"
fetch /sitemap.xml
is "$STATUS" 200 "/sitemap.xml answers"
ok "a well-formed sitemap index" xmllint --noout "$BODY"
: >"$T_TMP/locs"
for part in $(grep -o '<loc>[^<]*</loc>' "$BODY" | sed 's/<[^>]*>//g; s|^[a-z]*://[^/]*||'); do
	curl -sS "$PORTAL_URL$part" >"$T_TMP/part.xml"
	xmllint --noout "$T_TMP/part.xml" || fail "$part is well-formed"
	grep -o '<loc>[^<]*</loc>' "$T_TMP/part.xml" | sed 's/<[^>]*>//g; s|^[a-z]*://[^/]*||' >>"$T_TMP/locs"
done
is "$(grep -E '^/zones/[a-z0-9-]+$' "$T_TMP/locs" | sed 's|/zones/||' | sort | tr '\n' ' ')" \
	"$(root_sql 'SELECT slug FROM zones' | sort | tr '\n' ' ')" "the sitemap lists every zone"
is "$(grep -E '^/projects/[0-9]+$' "$T_TMP/locs" | sed 's|/projects/||' | sort -n | tr '\n' ' ')" \
	"$(root_sql 'SELECT id FROM projects ORDER BY id' | tr '\n' ' ')" "the sitemap lists every project"
ok "… and their English pages" grep -q '^/en/projects/1$' "$T_TMP/locs"
for p in / /zones /projects /changes /targets /indices /finder /map /data /api; do
	grep -qx -- "$p" "$T_TMP/locs" || fail "the sitemap lists $p"
done
pass "the sitemap lists the fixed pages"

fetch /robots.txt
is "$STATUS" 200 "/robots.txt answers"

fetch '/projects?status=revoked&sort=date'
body_has '<link rel="alternate" type="application/atom\+xml" [^>]*href="/feeds/projects.atom\?status=revoked"' "a registry search links its feed"
body_has '<link rel="alternate" type="text/csv" [^>]*href="/projects.csv\?status=revoked&amp;sort=date"' "… its CSV with the filter and sort"
body_has 'href="/projects.xml\?status=revoked&amp;sort=date"' "… its XML"
body_has 'href="/api/v1/projects\?status=revoked&amp;sort=date"' "… its JSON"
fetch /
body_has '<link rel="alternate" type="application/atom\+xml" [^>]*href="/feeds/changes.atom"' "every page links the changes feed"
fetch /zones/van-don
body_has 'href="/feeds/zones/van-don.atom"' "a zone page links its feed"
sed -n 's/.*<script type="application\/ld+json">\(.*\)<\/script>.*/\1/p' "$BODY" >"$T_TMP/ld.json"
ok "a zone page has JSON-LD that parses, of a Place" \
	node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (d["@type"] !== "Place" || !d.name) process.exit(1)' "$T_TMP/ld.json"
fetch /projects/1
sed -n 's/.*<script type="application\/ld+json">\(.*\)<\/script>.*/\1/p' "$BODY" >"$T_TMP/ld.json"
ok "a project page has JSON-LD that parses" \
	node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (d["@context"] !== "https://schema.org" || !d.name) process.exit(1)' "$T_TMP/ld.json"
body_has 'href="/api/v1/projects/1"' "… and links its JSON"

fetch /data
is "$STATUS" 200 "the Data page answers"
for d in /projects.csv /projects.json /projects.xml /zones.csv /changes.csv /targets.csv /indices.csv /data/minhbach.xml /data/oc4ids.json /feeds/changes.atom /schema/minhbach-1.xsd /api/v1/openapi.json /sitemap.xml; do
	grep -q "href=\"$d\"" "$BODY" || fail "the Data page lists $d"
done
pass "the Data page lists every download"
body_has "$(root_sql 'SELECT licence_name FROM site')" "… with the licence"
body_has '<time datetime="[0-9-]+T[0-9:]+Z"' "… and the last update"
fetch /en/data
body_has 'Open data' "the Data page in English"
fetch /api
is "$STATUS" 200 "the API documentation page answers"
body_has '/api/v1/projects' "… listing the endpoints"

done_testing

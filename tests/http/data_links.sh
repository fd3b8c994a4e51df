#!/usr/bin/env bash
# HTTP: every list page shows its downloads and feed for exactly its filters (the links are
# in the page, not only in its head), they answer 200 with the rows the page counts; every
# record page links its own feed and data.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

LINKS=$T_TMP/links
# the visible block's links, one href a line (&amp; decoded)
links_of_page() {
	perl -0ne 'print $1 if /(<aside class="data-links".*?<\/aside>)/s' "$BODY" | grep -o 'href="[^"]*"' |
		sed 's/^href="//; s/"$//; s/&amp;/\&/g' >"$LINKS"
}
# records in a CSV body (newlines inside quoted fields are not records)
csv_rows() { node -e 'const s = require("fs").readFileSync(process.argv[1], "utf8"); let q = false, n = 0;
	for (const c of s) { if (c === "\"") q = !q; else if (c === "\n" && !q) n++; } console.log(n - 1)' "$BODY"; }
json_len() { node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log((d.items || d).length)' "$BODY"; }
num() { tr -d '.,' <<<"$1"; }

# Checks the page's block: its label, a link of each kind, every link 200, the filters kept.
# check_list PATH KINDS(csv xml json api geojson feed) COUNT-REGEX ROW-ELEMENT
check_list() {
	local path=$1 kinds=$2 count_re=$3 elem=$4 query want href k
	fetch "$path"
	is "$STATUS" 200 "$path answers 200"
	links_of_page
	if [[ $path == /en/* ]]; then body_has '<aside class="data-links"[^>]*><h2[^>]*>This page.s data</h2>' "$path: the data block, in English"
	else body_has '<aside class="data-links"[^>]*><h2[^>]*>Dữ liệu của trang này</h2>' "$path: the data block is visible"; fi
	want=""
	[ -n "$count_re" ] && want=$(num "$(grep -Eo "$count_re" "$BODY" | head -1 | grep -Eo '[0-9.]+' | tail -1)")
	query=${path#*\?}
	[ "$query" = "$path" ] && query=""
	for k in $kinds; do
		case $k in
		csv) href=$(grep -E '\.csv(\?|$)' "$LINKS" | head -1) ;;
		xml) href=$(grep -E '\.xml(\?|$)' "$LINKS" | head -1) ;;
		json) href=$(grep -E '\.json(\?|$)' "$LINKS" | head -1) ;;
		api) href=$(grep -E '^/api/v1/' "$LINKS" | head -1) ;;
		geojson) href=$(grep -E '\.geojson(\?|$)' "$LINKS" | head -1) ;;
		feed) href=$(grep -E '\.atom(\?|$)' "$LINKS" | head -1) ;;
		esac
		if [ -z "$href" ]; then fail "$path: a visible $k link"; continue; fi
		pass "$path: a visible $k link ($href)"
		# every filter of the page is in the link (the feed leaves the sort out)
		local missing="" kv
		for kv in ${query//&/ }; do
			[[ $kv == sort=* && $k == feed ]] && continue
			[[ $kv == *= ]] && continue
			# a space may be written + or %20
			[[ "&${href#*\?}&" == *"&$kv&"* || "&${href#*\?}&" == *"&${kv//+/%20}&"* ]] || missing+=" $kv"
		done
		is "$missing" "" "$path: the $k link keeps the page's filters"
		local saved=$BODY
		fetch "$href"
		is "$STATUS" 200 "$path: $href answers 200"
		if [ -n "$want" ]; then
			case $k in
			csv) is "$(csv_rows)" "$want" "$path: the CSV has the page's $want rows" ;;
			xml) is "$(grep -o "<$elem " "$BODY" | wc -l)" "$want" "$path: the XML has the page's $want rows" ;;
			json) is "$(json_len)" "$want" "$path: the JSON has the page's $want rows" ;;
			geojson) is "$(node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
				console.log(d.features.filter((f) => f.properties.geometry_role === "point").length)' "$BODY")" \
				"$want" "$path: the GeoJSON has the page's $want zones" ;;
			api) [[ $href == /api/v1/zones* || $href == /api/v1/announcements* ]] &&
				is "$(json_len)" "$want" "$path: the API has the page's $want rows" ;;
			esac
		fi
	done
}

board=$(root_sql "SELECT slug FROM boards ORDER BY id LIMIT 1")
year=$(root_sql "SELECT MAX(year) FROM gov_editions WHERE index_code = 'pci'")
projects_count='Số dự án: <strong>[0-9.]+'
projects_count_en='projects: <strong>[0-9.,]+'
zones_count=': <strong>[0-9]+</strong>'

for q in "" "status=revoked" "status=operating&zone=van-don&sort=capital_desc" "country=jp&min_capital=10" \
	"board=$board&status=delayed" "q=van+don&sort=date"; do
	check_list "/projects${q:+?$q}" "csv xml json api feed" "$projects_count" project
done
check_list "/en/projects?status=delayed&sort=name_desc" "csv xml json api feed" "$projects_count_en" project
for q in "" "kind=kcn" "board=$board&min_ha=10" "status=operating&kind=kkt"; do
	check_list "/zones${q:+?$q}" "csv xml api geojson" "$zones_count" zone
	check_list "/map${q:+?$q}" "csv api geojson" "$zones_count" zone
done
check_list "/finder?min_ha=100&kind=kcn" "csv" "$zones_count" ""
check_list /changes "csv api feed" "" ""
check_list /announcements "csv api feed" 'Số thông báo: <strong>[0-9.]+' ""
check_list "/announcements?board=bql-kkt-van-don" "csv api feed" 'Số thông báo: <strong>[0-9.]+' ""
check_list /targets "csv api" "" ""
check_list /indices "csv api" "" ""
check_list "/indices/pci${year:+?year=$year}" "csv api" "" ""

# record pages: their own feed and data
pid=$(root_sql "SELECT MIN(id) FROM projects")
for path in /zones/van-don /zones/van-don/changes "/projects/$pid" "/projects/$pid/changes" /en/zones/cai-lan; do
	fetch "$path"
	links_of_page
	rec=${path#/en}; rec=${rec%/changes}
	case $rec in
	/zones/*) feed="/feeds/zones/${rec#/zones/}.atom"; api="/api/v1/zones/${rec#/zones/}" ;;
	*) feed="/feeds/projects/${rec#/projects/}.atom"; api="/api/v1/projects/${rec#/projects/}" ;;
	esac
	[[ $path == /en/* ]] && feed="/en$feed"
	ok "$path links its own feed ($feed)" grep -qx "$feed" "$LINKS"
	ok "$path links its own data ($api)" grep -qx "$api" "$LINKS"
	while read -r href; do
		s=$(curl -s -o /dev/null -w '%{http_code}' "$PORTAL_URL$href")
		is "$s" 200 "$path: $href answers 200"
	done <"$LINKS"
done
fetch /zones/van-don
links_of_page
ok "a zone page offers its projects' downloads" grep -qx '/projects.csv?zone=van-don' "$LINKS"
body_has '<a href="/feeds/zones/van-don.atom" type="application/atom\+xml" class="feed">Theo dõi \(Atom\)</a>' "with a link that says what it is"

done_testing

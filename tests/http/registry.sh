#!/usr/bin/env bash
# HTTP: the project registry — every filter, sort, diacritic-free search and keyset paging,
# each checked against what MariaDB itself says.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

rows() { grep -o '<tr><th scope="row"><a href="/\(en/\)\{0,1\}projects/[0-9]*"' "$BODY" | sed 's/.*projects\///; s/"$//'; }
total() { grep -o 'Số dự án: <strong>[0-9.]*\|Projects found: <strong>[0-9,]*' "$BODY" | sed 's/.*<strong>//; s/[.,]//g'; }

fetch /projects
is "$STATUS" 200 "registry answers 200"
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects")" "counts every project"
is "$(rows | wc -l)" 50 "shows a page of 50"
want=$(root_sql "SELECT id FROM projects ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, id LIMIT 50" | tr '\n' ' ')
is "$(rows | tr '\n' ' ')" "$want" "first page in Vietnamese name order"

# keyset paging: walk every page and compare with the full ordered list
all=$(root_sql "SELECT id FROM projects ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, id" | tr '\n' ' ')
walk_pages /projects 50
is "$WALKED" "$all" "following 'next' through $PAGES pages lists every project once, in order"
prev=$(grep -o 'rel="prev" href="[^"]*"' "$BODY" | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
fetch "$prev"
n=$(( (PAGES - 2) * 50 ))
want=$(echo "$all" | tr ' ' '\n' | sed -n "$((n + 1)),$((n + 50))p" | tr '\n' ' ')
is "$(rows | tr '\n' ' ')" "$want" "'previous' from the last page shows the page before it"

for s in approved delayed revoked expired; do
	fetch "/projects?status=$s"
	is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE status = '$s'")" "status=$s counts its projects"
done
body_has 'Dự án bị thu hồi|Dự án hết hạn' "the page title names the list"

fetch '/projects?zone=van-don'
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id LEFT JOIN zones pz ON pz.id = z.parent_id WHERE z.slug = 'van-don' OR pz.slug = 'van-don'")" "zone filter includes the zone's KCNs"
fetch '/projects?country=jp'
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects p JOIN investors i ON i.id = p.investor_id WHERE i.country = 'JP'")" "country filter"
# a country with zone and status has a count statement of its own (SQL_PROJECTS_COUNT_COUNTRY)
read -r c z s <<<"$(root_sql "SELECT LOWER(i.country), COALESCE(pz.slug, z.slug), p.status FROM projects p
  JOIN investors i ON i.id = p.investor_id JOIN zones z ON z.id = p.zone_id LEFT JOIN zones pz ON pz.id = z.parent_id
  GROUP BY 1, 2, 3 ORDER BY COUNT(*) DESC LIMIT 1")"
fetch "/projects?country=$c&zone=$z&status=$s"
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects p JOIN investors i ON i.id = p.investor_id JOIN zones z ON z.id = p.zone_id
  LEFT JOIN zones pz ON pz.id = z.parent_id WHERE i.country = '$c' AND p.status = '$s' AND (z.slug = '$z' OR pz.slug = '$z')")" \
  "country, zone and status together ($c, $z, $s)"
fetch "/projects?country=$c&status=$s"
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects p JOIN investors i ON i.id = p.investor_id WHERE i.country = '$c' AND p.status = '$s'")" \
  "country and status ($c, $s)"
sector=$(root_sql "SELECT sector FROM projects GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1")
fetch "/projects?sector=$sector"
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE sector = '$sector'")" "sector filter ($sector)"
fetch '/projects?authority=central'
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE authority = 'central'")" "authority filter"
fetch '/projects?min_capital=50&max_capital=200'
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE registered_usd BETWEEN 50000000 AND 200000000")" "capital range filter"
fetch '/projects?year=2019'
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE YEAR(approved_on) = 2019")" "year filter"
fetch '/projects?status=operating&zone=cai-lan&sort=capital_desc'
want=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id WHERE p.status = 'operating' AND z.slug = 'cai-lan' ORDER BY p.registered_usd DESC, p.id DESC LIMIT 50" | tr '\n' ' ')
is "$(rows | tr '\n' ' ')" "$want" "filters combine, sorted by capital, largest first"

for s in name_desc capital date date_desc; do
	case $s in
	name_desc) order="name COLLATE utf8mb4_uca1400_vietnamese_ai_ci DESC, id DESC" ;;
	capital) order="registered_usd, id" ;;
	date) order="approved_on, id" ;;
	date_desc) order="approved_on DESC, id DESC" ;;
	esac
	fetch "/projects?sort=$s"
	want=$(root_sql "SELECT id FROM projects ORDER BY $order LIMIT 50" | tr '\n' ' ')
	is "$(rows | tr '\n' ' ')" "$want" "sort=$s"
done

# search (tests/http/search.sh has the rest): diacritics, case, punctuation are ignored
fetch '/projects?q=van+don'
body_has 'Vân Đồn' "'van don' finds Vân Đồn"
fetch '/projects?q=VAN+%C4%90%E1%BB%92N'
body_has 'Vân Đồn' "so does 'VAN ĐỒN'"
fetch '/projects?q=%25'
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects")" "a search without a word (%) searches nothing: every project"
fetch "/projects?q=%27%20OR%201%3D1%20--%20"
is "$STATUS" 200 "a quote in the search is answered as text"
is "$(total)" 0 "an injected condition matches nothing: the search is a bound parameter"

fetch '/en/projects?status=revoked'
is "$STATUS" 200 "English registry answers 200"
body_has 'Revoked projects' "with an English title"

# bad values: 400 naming the field
# (a cursor's id has one spelling: digits, no sign, no leading zero, at most 18)
for bad in 'status=gone' 'sort=random' 'page=0' 'year=19' 'min_capital=-5' 'zone=Van%20Don' 'after=nonsense' \
	'after=A~%2B5' 'after=A~05' 'after=A~%205' 'after=A~99999999999999999999' 'after=A~5x'; do
	fetch "/projects?$bad"
	field=${bad%%=*}
	is "$STATUS" 400 "$bad is refused with 400"
	body_has "<code>$field</code>" "naming the field $field"
done
fetch '/en/projects?status=gone'
body_has 'is not one of the accepted values' "the reason in English"

done_testing

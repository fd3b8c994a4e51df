#!/usr/bin/env bash
# HTTP: what the registry's filters accept as people write it — the Vietnamese decimal comma,
# codes in any case, a maximum below the minimum refused in the page's language, trailing
# slashes — and where a page is in the list ("51–100 of 300", previous and next).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

total() { grep -o 'Số dự án: <strong>[0-9.]*\|Projects found: <strong>[0-9,]*' "$BODY" | sed 's/.*<strong>//; s/[.,]//g'; }
api_total() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["total"])' "$BODY"; }

# the decimal comma, for every decimal parameter
want=$(root_sql "SELECT COUNT(*) FROM projects WHERE registered_usd >= 12500000")
for v in '12,5' '12.5'; do
	fetch "/projects?min_capital=$v"
	is "$STATUS" 200 "min_capital=$v is accepted"
	is "$(total)" "$want" "min_capital=$v counts the projects of 12.5 million USD or more"
	fetch "/api/v1/projects?min_capital=$v&limit=1"
	is "$(api_total)" "$want" "so does the API with $v"
done
fetch "/projects?min_capital=12,5"
body_has 'name="min_capital" type="text" inputmode="decimal"[^>]*value="12,5"' "the form keeps 12,5 in a field that accepts a comma"
fetch "/zones?min_ha=3,25"
is "$STATUS" 200 "the zones' min_ha accepts 3,25 too"
fetch "/zones?min_ha=3.25"
z1=$(grep -c 'href="/zones/[a-z0-9-]*"' "$BODY")
fetch "/zones?min_ha=3,25"
is "$(grep -c 'href="/zones/[a-z0-9-]*"' "$BODY")" "$z1" "and lists what 3.25 lists"
for bad in '12,5,0' '1.2,5' ',5' '1%202,5'; do
	fetch "/projects?min_capital=$bad"
	is "$STATUS" 400 "min_capital=$bad is refused"
done
body_has 'dấu phẩy hoặc dấu chấm' "the reason says a comma or a point is accepted"

# a maximum below the minimum: 400 naming max_capital, in the page's language
fetch "/projects?min_capital=200&max_capital=50"
is "$STATUS" 400 "max_capital below min_capital is refused"
body_has '<code>max_capital</code>' "naming max_capital"
body_has 'không được nhỏ hơn mức tối thiểu' "saying why, in Vietnamese"
fetch "/en/projects?min_capital=200&max_capital=50"
body_has 'may not be below the minimum' "in English on English pages"
fetch "/api/v1/projects?min_capital=200&max_capital=50"
is "$STATUS" 400 "the API refuses it too"
body_has '"max_capital"' "naming the field in JSON"
fetch "/projects.csv?min_capital=200&max_capital=50"
is "$STATUS" 400 "and the download"
fetch "/projects?min_capital=50&max_capital=50"
is "$STATUS" 200 "a maximum equal to the minimum is fine"

# codes in any case: the same list as in lower case
for pair in 'country=JP|country=jp' 'status=REVOKED|status=revoked' 'sort=Capital_Desc|sort=capital_desc' \
		'zone=Van-Don|zone=van-don' 'authority=Central|authority=central'; do
	fetch "/projects?${pair%%|*}"
	is "$STATUS" 200 "${pair%%|*} is accepted"
	got=$(total; grep -o 'href="/projects/[0-9]*"' "$BODY" | head -50 | tr '\n' ' ')
	fetch "/projects?${pair##*|}"
	is "$got" "$(total; grep -o 'href="/projects/[0-9]*"' "$BODY" | head -50 | tr '\n' ' ')" \
	   "${pair%%|*} lists what ${pair##*|} lists"
done
sector=$(root_sql "SELECT sector FROM projects GROUP BY sector ORDER BY COUNT(*) DESC LIMIT 1")
fetch "/projects?sector=$(echo "$sector" | tr a-z A-Z)"
is "$(total)" "$(root_sql "SELECT COUNT(*) FROM projects WHERE sector = '$sector'")" "sector in upper case"
fetch "/projects?country=JP"
body_has '<option value="jp" selected' "the form shows the country chosen"
fetch "/api/v1/projects?country=JP&limit=1"
is "$(api_total)" "$(root_sql "SELECT COUNT(*) FROM projects p JOIN investors i ON i.id = p.investor_id WHERE i.country = 'JP'")" \
   "the API's country=JP"
fetch "/zones?kind=KCN"
is "$STATUS" 200 "the zones' kind=KCN"

# trailing slashes
fetch "/api/v1"
index=$(cat "$BODY")
fetch "/api/v1/"
is "$STATUS" 200 "/api/v1/ answers 200"
is "$(cat "$BODY")" "$index" "as /api/v1 does"
fetch "/api/v1/projects/?limit=1"
is "$STATUS" 200 "/api/v1/projects/ answers 200"
is "$(api_total)" "$(root_sql "SELECT COUNT(*) FROM projects")" "with every project"
for p in /projects/ /en/projects/ /zones/ /zones/van-don/ /api/v1/zones/; do
	fetch "$p"
	is "$STATUS" 200 "$p answers 200"
done

# where a page is: its position in the list, previous and next
n=$(root_sql "SELECT COUNT(*) FROM projects")
fetch "/projects"
body_has "Dự án 1–50 trong tổng số $n" "the first page says 1–50 of $n"
body_lacks 'rel="prev"' "and offers no previous page"
next=$(grep -o 'rel="next" href="[^"]*"' "$BODY" | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
fetch "$next"
body_has "Dự án 51–100 trong tổng số $n" "the second says 51–100 of $n"
body_has 'rel="prev"' "and offers the previous page"
body_has 'rel="next"' "and the next"
fetch "/en$next"
body_has "Projects 51–100 of $n" "in English: Projects 51–100 of $n"
fetch "/projects?status=revoked"
r=$(root_sql "SELECT COUNT(*) FROM projects WHERE status = 'revoked'")
body_has "Dự án 1–$r trong tổng số $r" "a list of one page: 1–$r of $r"

done_testing

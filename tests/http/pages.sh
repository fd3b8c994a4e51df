#!/usr/bin/env bash
# HTTP: the home page and the zone directory through nginx, both languages, real data.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

fetch /
is "$STATUS" 200 "home page answers 200"
header_has '^content-type: text/html; charset=utf-8' "as UTF-8 HTML"
body_has '<html lang="vi"' "in Vietnamese by default"
body_has 'Quảng Ninh' "names the province with its diacritics"
body_has '37,6 %' "shows the province's published 37.6 % fill rate in Vietnamese notation"
body_has 'Dữ liệu mẫu' "labels sample data"
body_has 'href="/en/"' "links to the English version"

fetch /en/
is "$STATUS" 200 "English home page answers 200"
body_has '<html lang="en"' "in English"
body_has '37\.6 %' "with English number notation"
body_has 'Sample data' "labels sample data in English"

fetch /zones
is "$STATUS" 200 "zone directory answers 200"
for z in 'Vân Đồn' 'Cái Lân' 'Texhong Hải Hà' 'Móng Cái' 'Quảng Yên'; do
	body_has "$z" "lists $z"
done
zones=$(root_sql "SELECT COUNT(*) FROM zones")
rows=$(grep -o '<tr><th scope="row">' "$BODY" | wc -l)
is "$rows" "$zones" "one row per zone in the database ($zones)"

fetch '/zones?kind=kkt'
kkt=$(root_sql "SELECT COUNT(*) FROM zones WHERE kind = 'kkt'")
rows=$(grep -o '<tr><th scope="row">' "$BODY" | wc -l)
is "$rows" "$kkt" "kind=kkt keeps only the economic zones ($kkt)"
body_lacks 'Khu công nghiệp Cái Lân' "and no industrial park"

fetch '/zones?board=bql-kkt-van-don'
vd=$(root_sql "SELECT COUNT(*) FROM zones z JOIN boards b ON b.id = z.board_id WHERE b.slug = 'bql-kkt-van-don'")
rows=$(grep -o '<tr><th scope="row">' "$BODY" | wc -l)
is "$rows" "$vd" "board filter keeps the board's zones ($vd)"

fetch '/zones?min_ha=100'
want=$(root_sql "SELECT COUNT(*) FROM zones WHERE leasable_ha - leased_ha >= 100")
rows=$(grep -o '<tr><th scope="row">' "$BODY" | wc -l)
is "$rows" "$want" "min_ha=100 keeps zones with at least 100 ha available ($want)"

fetch '/en/zones?kind=kcn'
is "$STATUS" 200 "English zone directory answers 200"
body_has 'Cai Lan Industrial Park' "with English zone names"

# Vietnamese sort order: names in the order MariaDB's Vietnamese collation gives
fetch '/zones?kind=kcn'
got=$(grep -o '<tr><th scope="row"><a href="/zones/[a-z0-9-]*"' "$BODY" | sed 's/.*zones\///; s/"$//' | tr '\n' ' ')
want=$(root_sql "SELECT slug FROM zones WHERE kind = 'kcn' ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci" | tr '\n' ' ')
is "$got" "$want" "zones sorted in Vietnamese order"

fetch /static/site.css
is "$STATUS" 200 "the stylesheet is served by nginx"
header_has '^cache-control: .*max-age=31536000' "with a long-lived cache header"

fetch / -I
is "$STATUS" 200 "HEAD answers 200"

done_testing

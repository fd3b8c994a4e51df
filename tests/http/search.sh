#!/usr/bin/env bash
# HTTP: the registry's search by words (sql/migrations/013_search.sql, lib/search.c):
# each word must be a whole word of the project's, zone's, investor's, country's or sector's
# names or of its decision numbers, ignoring diacritics, case, spaces and punctuation; the
# best matches first; the same count on the page, in the API and in the downloads. The
# expected results come from SQL over the records (a word is a whole word of the folded text).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

rows() { grep -o '<tr><th scope="row"><a href="/\(en/\)\{0,1\}projects/[0-9]*"' "$BODY" | sed 's/.*projects\///; s/"$//'; }
total() { grep -o 'Số dự án: <strong>[0-9.]*\|Projects found: <strong>[0-9,]*' "$BODY" | sed 's/.*<strong>//; s/[.,]//g'; }
urlq() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

# The text of project p, its words separated by spaces; a word w is in it when ' w ' is, in
# the index's collation (no diacritics, any case, đ = d).
TEXT="CONCAT(' ', REGEXP_REPLACE(CONCAT_WS(' ', p.name, p.name_en, z.name, z.name_en, i.name, c.name,
  c.name_en, s.name, s.name_en, (SELECT GROUP_CONCAT(d.number SEPARATOR ' ') FROM legal_documents d
  WHERE d.project_id = p.id)) COLLATE utf8mb4_uca1400_ai_ci, '[^\\\\p{L}\\\\p{N}]+', ' '), ' ') COLLATE utf8mb4_uca1400_ai_ci"
NAMES="CONCAT(' ', REGEXP_REPLACE(CONCAT_WS(' ', p.name, p.name_en) COLLATE utf8mb4_uca1400_ai_ci, '[^\\\\p{L}\\\\p{N}]+', ' '), ' ')
  COLLATE utf8mb4_uca1400_ai_ci"
FROM="FROM projects p JOIN zones z ON z.id = p.zone_id JOIN investors i ON i.id = p.investor_id
  JOIN countries c ON c.code = i.country JOIN sectors s ON s.code = p.sector"
# where_words "TEXT-EXPRESSION" w1 w2 ...: every word whole in the text
where_words() {
	local text=$1 cond="TRUE" w
	shift
	for w in "$@"; do cond="$cond AND $text LIKE '% $w %'"; done
	echo "$cond"
}
# the words of q as the program folds them (tests/unit/test_search.c checks the folding)
fold() { python3 -c 'import sys, unicodedata, re
s = unicodedata.normalize("NFD", sys.argv[1].replace("đ", "d").replace("Đ", "D"))
s = "".join(c for c in s if not unicodedata.combining(c)).lower()
print(" ".join(re.findall("[a-z0-9]+", s)))' "$1"; }

# the folding agrees with the index's collation: each letter the program folds equals its fold
letters='àáâãäåāăąạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄẠẢẤẦẨẪẬẮẰẲẴẶ èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ ìíîïĩīĭįỉịÌÍÎÏĨĪĬĮỈỊ òóôõöøōŏőơọỏốồổỗộớờởỡợÒÓÔÕÖØŌŎŐƠỌỎỐỒỔỖỘỚỜỞỠỢ ùúûüũūŭůűųưụủứừửữựÙÚÛÜŨŪŬŮŰŲƯỤỦỨỪỬỮỰ ýÿỳỵỷỹÝŸỲỴỶỸ đďĐĎ çćĉċčÇĆĈĊČ ñńņňÑŃŅŇ śŝşšŚŜŞŠ'
folded='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee iiiiiiiiiiiiiiiiiiii oooooooooooooooooooooooooooooooooooooooooooo uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu yyyyyyyyyyyy dddd cccccccccc nnnnnnnn ssssssss'
is "$(root_sql "SELECT '$letters' = '$folded' COLLATE utf8mb4_uca1400_ai_ci")" 1 \
   "the index's collation equals every letter the program folds to the letter it folds to"
is "$(root_sql "SELECT 'Vân Đồn' = 'van don' COLLATE utf8mb4_uca1400_ai_ci, 'VânĐồn' = 'vandon' COLLATE utf8mb4_uca1400_ai_ci" | tr '\t' ' ')" \
   "1 1" "Vân Đồn is van don, VânĐồn is vandon"
# the index's text is folded in SQL as the program folds the query (032_search_fold.sql)
is "$(root_sql "SELECT search_fold('$letters')")" "$folded" "search_fold in SQL folds every letter as the program does"
is "$(root_sql "SELECT search_fold('Khu KT Vân Đồn (giai đoạn 3) — ĐỒN, số 91/QĐ-UBND')")" \
   "khu kt van don giai doan 3 don so 91 qd ubnd" "and every other character is a space"

# the examples that found nothing, and others: each count is that of SQL
for q in 'nhat' 'japan' 'nha may van don' 'logistics cai lan' 'van don' 'NHẬT BẢN' 'texhong' 'hai ha' 'du lich'; do
	fetch "/projects?q=$(urlq "$q")"
	words=$(fold "$q")
	# shellcheck disable=SC2086
	want=$(root_sql "SELECT COUNT(*) $FROM WHERE $(where_words "$TEXT" $words)")
	ok "'$q' finds projects ($want)" test "$want" -gt 0
	is "$(total)" "$want" "'$q' finds every project that has each of its words"
done
fetch "/projects?q=nhat"
jp=$(root_sql "SELECT COUNT(*) FROM projects p JOIN investors i ON i.id = p.investor_id WHERE i.country = 'JP'")
ok "'nhat' finds at least the Japanese investors' $jp projects" test "$(total)" -ge "$jp"
fetch "/projects?q=japan"
ok "'japan' finds them too" test "$(total)" -ge "$jp"

# a decision number as people copy it
num=$(root_sql "SELECT number FROM legal_documents WHERE project_id IS NOT NULL AND number LIKE '%/QĐ-UBND' ORDER BY id LIMIT 1")
pid=$(root_sql "SELECT project_id FROM legal_documents WHERE number = '$num' ORDER BY id LIMIT 1")
fetch "/projects?q=$(urlq "$num")"
ok "the decision number $num finds its project $pid" grep -q "projects/$pid\"" "$BODY"
words=$(fold "$num")
# shellcheck disable=SC2086
is "$(total)" "$(root_sql "SELECT COUNT(*) $FROM WHERE $(where_words "$TEXT" $words)")" \
   "and every project whose text has its parts ($words)"

# words written together: "vandon" finds the projects in Vân Đồn
fetch "/projects?q=vandon"
n=$(total)
vd=$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id WHERE z.slug = 'van-don'")
ok "'vandon' finds the $vd projects of the Vân Đồn zone, and those named after it ($n)" test "$n" -ge "$vd"
fetch "/projects?q=van+don"
ok "'vandon' finds no more than 'van don' ($n ≤ $(total))" test "$n" -le "$(total)"

# spaces, case and diacritics do not change a count
fetch "/projects?q=van+don"
base=$(total)
for q in 'van don ' '  VAN   DON  ' 'Vân Đồn' 'vân-đồn' ' van,don.'; do
	fetch "/projects?q=$(urlq "$q")"
	is "$(total)" "$base" "'$q' counts as 'van don'"
done

# no match across a word boundary: "Kho vận Dongbian" has "van don" inside, as letters only
for id in $(root_sql "SELECT p.id FROM projects p JOIN investors i ON i.id = p.investor_id
    WHERE i.name LIKE '%vận Dongbian%' AND p.id NOT IN (SELECT p.id $FROM WHERE $(where_words "$TEXT" van don))"); do
	fetch "/projects?q=van+don"
	ok "'van don' does not list project $id (its investor is 'Kho vận Dongbian')" \
		bash -c "! grep -q 'projects/$id\"' '$BODY'"
	fetch "/projects?q=an+dong"
	ok "nor does 'an dong'" bash -c "! grep -q 'projects/$id\"' '$BODY'"
done

# the last word is completed when the words as typed find nothing
fetch "/projects?q=nha+may+van+d"
want=$(root_sql "SELECT COUNT(*) $FROM WHERE $(where_words "$TEXT" nha may van) AND $TEXT LIKE '% d%'")
ok "'nha may van d' finds projects ($want)" test "$want" -gt 0
is "$(total)" "$want" "every project with 'nha', 'may', 'van' and a word that starts with 'd'"

# best matches first: the words in the project's own names, then the rest; each by name
for q in 'van don' 'cong'; do
	# shellcheck disable=SC2086
	order="SELECT p.id $FROM WHERE $(where_words "$TEXT" $q)
	  ORDER BY NOT ($(where_words "$NAMES" $q)), p.name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, p.id"
	all=$(root_sql "$order" | tr '\n' ' ')
	walk_pages "/projects?q=$(urlq "$q")" 20
	is "$WALKED" "$all" "'$q': a match in the project's name first, then by name, over $PAGES page(s)"
done
body_has 'Phù hợp nhất' "the sort menu says the order is by best match"
fetch "/projects?q=cong&sort=name"
is "$(rows | tr '\n' ' ')" "$(root_sql "SELECT p.id $FROM WHERE $(where_words "$TEXT" cong)
  ORDER BY p.name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, p.id LIMIT 50" | tr '\n' ' ')" \
   "a chosen sort is kept"

# the same count on the page, in the API and in the downloads
for q in 'nhat' 'van don' 'logistics cai lan'; do
	e=$(urlq "$q")
	fetch "/projects?q=$e"
	page=$(total)
	fetch "/api/v1/projects?q=$e&limit=1"
	api=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["total"])' "$BODY")
	fetch "/projects.csv?q=$e"
	csv=$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))) - 1)' "$BODY")
	fetch "/projects.json?q=$e"
	json=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["total"], len(d["items"]))' "$BODY")
	is "$api $csv $json" "$page $page $page $page" "'$q': page, API, CSV and JSON count $page"
done
fetch "/api/v1/projects?q=van+don&limit=5"
is "$(python3 -c 'import json, sys; print(" ".join(str(i["id"]) for i in json.load(open(sys.argv[1]))["items"]))' "$BODY")" \
   "$(fetch "/projects?q=van+don"; rows | head -5 | tr '\n' ' ' | sed 's/ $//')" "the API lists them in the page's order"

# English pages: by the English name (the Vietnamese one where there is none), every page
all=$(root_sql "SELECT id FROM projects ORDER BY COALESCE(NULLIF(name_en, ''), name) COLLATE utf8mb4_uca1400_ai_ci, id" | tr '\n' ' ')
walk_pages /en/projects 50
is "$WALKED" "$all" "the English registry is in English name order over its $PAGES pages"
fetch "/en/projects?sort=name_desc"
is "$(rows | tr '\n' ' ')" "$(echo "$all" | tr ' ' '\n' | sed '/^$/d' | tac | head -50 | tr '\n' ' ')" \
   "and name_desc the other way"

done_testing

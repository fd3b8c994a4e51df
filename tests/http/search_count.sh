#!/usr/bin/env bash
# HTTP: a search's count on the registry's page stops past 1,000 projects (a common word
# costs what a page does): up to 1,000 it is exact, with the capital's sum and the last page;
# past it the page says "more than 1,000" (hơn 1.000) without a sum or a last page, and the
# API still counts every project. A page costs no statement reset (lib/db.c). Projects are
# added as copies of the demo's (as root, removed at the end).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

rows() { grep -o '<tr><th scope="row"><a href="/\(en/\)\{0,1\}projects/[0-9]*"' "$BODY" | sed 's/.*projects\///; s/"$//'; }
count_text() { grep -o 'class="count" role="status">[^<]*<strong>[^<]*</strong>[^<]*' "$BODY" | sed 's/<[^>]*>//g; s/.*">//'; }
position() { grep -o '<p class="position">[^<]*' "$BODY" | sed 's/.*">//'; }
api_total() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["total"])' "$BODY"; }
resets() { root_sql "SHOW GLOBAL STATUS LIKE 'Com_stmt_reset'" | cut -f2; }

# reading a single-row statement (the site's facts, a count) ends its result without a
# COM_STMT_RESET round trip: none for a page of the registry and a project's page
before=$(resets)
for k in 1 2 3 4 5; do
	fetch "/projects?min_capital=$k"
	fetch "/projects/$(root_sql "SELECT MIN(id) + $k FROM projects")"
done
is "$(( $(resets) - before ))" 0 "ten pages read without a statement reset"

# 1,001 copies, 1,000 named "Xưởng đếmthử N": exactly 1,000 projects have the word đếmthử
base=$(root_sql "SELECT MAX(id) FROM projects WHERE id < 100000000")
cols=$(root_sql "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
	WHERE table_schema = DATABASE() AND table_name = 'projects' AND extra NOT LIKE '%GENERATED%'")
# at the end the copies go, and the pages cached with them (a new data generation, 2 s)
bump="UPDATE data_generation SET generation = generation + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1"
trap 'root_sql "DELETE FROM projects WHERE id > $base AND id <= $base + 1001; $bump"; wait_fresh; rm -rf "$T_TMP"' EXIT
root_sql "CREATE TEMPORARY TABLE t_copy SELECT $cols FROM projects p JOIN seq_1_to_4 s
	WHERE p.id <= $base ORDER BY p.id, s.seq LIMIT 1001;
	SET @n = $base; UPDATE t_copy SET id = (@n := @n + 1) ORDER BY id;
	UPDATE t_copy SET name = CONCAT(IF(id <= $base + 1000, 'Xưởng đếmthử ', 'Xưởng khác '), id), name_en = NULL;
	INSERT INTO projects ($cols) SELECT * FROM t_copy; $bump"
is "$(root_sql "SELECT COUNT(*) FROM projects WHERE name LIKE 'Xưởng đếmthử %'")" 1000 "1,000 copies are in"

fetch "/projects?q=demthu"
is "$(count_text)" "Số dự án: 1.000 · Tổng vốn đăng ký $(grep -o 'Tổng vốn đăng ký [^<]*' "$BODY" | sed 's/Tổng vốn đăng ký //')" \
   "1,000 found: the exact count and the capital's sum"
body_has 'Trang 1/20' "and the last page (20)"
is "$(position)" "Dự án 1–50 trong tổng số 1.000" "the pager's position is out of the exact total"

# the 1,001st: a copy renamed (the search's words follow a name, 013_search.sql)
root_sql "UPDATE projects SET name = 'Xưởng đếmthử $((base + 1001))' WHERE id = $base + 1001"
# another URL for the same words: no cached copy of the page before the insert
fetch "/projects?q=DEMTHU"
is "$(count_text)" "Số dự án: hơn 1.000 · Trang 1" "1,001 found: more than 1,000, the page without a last one"
body_lacks 'Tổng vốn đăng ký' "nor a sum of the capital"
is "$(position)" "Dự án 1–50 trong tổng số hơn 1.000" "the pager's position does not claim a total"
is "$(rows | tr '\n' ' ')" "$(root_sql "SELECT id FROM projects WHERE name LIKE 'Xưởng đếmthử %'
  ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, id LIMIT 50" | tr '\n' ' ')" "the first page lists the first 50 by name"
next=$(grep -o 'rel="next" href="[^"]*"' "$BODY" | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
fetch "$next"
is "$(position)" "Dự án 51–100 trong tổng số hơn 1.000" "so does the next page's"
body_has 'Trang 2<' "which says its number alone"
fetch "/en/projects?q=demthu"
is "$(count_text)" "Projects found: more than 1,000 · Page 1" "in English: more than 1,000"
is "$(position)" "Projects 1–50 of more than 1,000" "and the English pager"

# the first page read in the sort's index (the words are common: projects_walk), the next
# ones from the FULLTEXT index: every page in order, as SQL orders the copies
byname="SELECT id FROM projects WHERE name LIKE 'Xưởng đếmthử %'"
walk_pages "/projects?q=demthu" 30
is "$WALKED" "$(root_sql "$byname ORDER BY name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, id" | tr '\n' ' ')" \
   "best match first: the 1,001 over $PAGES pages, in name order"
walk_pages "/projects?q=demthu&sort=capital_desc" 30
is "$WALKED" "$(root_sql "$byname ORDER BY registered_usd DESC, id DESC" | tr '\n' ' ')" \
   "by capital: the 1,001 over $PAGES pages, in order"
walk_pages "/en/projects?q=demthu" 30
is "$WALKED" "$(root_sql "$byname ORDER BY COALESCE(NULLIF(name_en, ''), name) COLLATE utf8mb4_uca1400_ai_ci, id" | tr '\n' ' ')" \
   "in English: the 1,001 over $PAGES pages, in English name order"

# best match first among the 1,301 projects, as the FULLTEXT statements order them, for words
# common in the text and in the names, or in the text only (the names' part from their
# FULLTEXT index, then the others walked): every page
for q in 'cong' 'khu' 'van don' 'viet nam' 'tien phong'; do
	b="+${q// / +}"
	walk_pages "/projects?q=$(echo "$q" | tr ' ' '+')" 40
	is "$WALKED" "$(root_sql "SET @q = '$b'; SELECT p.id FROM (SELECT ps.project_id,
	  MATCH(ps.name_words) AGAINST(@q IN BOOLEAN MODE) = 0 AS score FROM project_search ps
	  WHERE MATCH(ps.words) AGAINST(@q IN BOOLEAN MODE)) r JOIN projects p ON p.id = r.project_id
	  ORDER BY CONCAT(r.score, ' ', p.name) COLLATE utf8mb4_uca1400_vietnamese_ai_ci, p.id" | tr '\n' ' ')" \
	   "'$q' best first: every project found, over $PAGES pages, in order"
done

fetch "/api/v1/projects?q=demthu&limit=1"
is "$(api_total)" 1001 "the API counts every project found"
fetch "/projects.json?q=demthu"
is "$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["total"], len(d["items"]))' "$BODY")" \
   "1001 1001" "so does the JSON download, with every project"

# a completed last word is decided by the count: "xuong demth" finds no project as typed
fetch "/projects?q=xuong+demth"
is "$(count_text)" "Số dự án: hơn 1.000 · Trang 1" "'xuong demth' is completed to the copies' word"
fetch "/projects?q=xuong+demth&zone=$(root_sql "SELECT z.slug FROM zones z JOIN projects p ON p.zone_id = z.id
  WHERE p.id = $base + 1")"
ok "and within a zone too ($(count_text))" bash -c "[ -n \"\$(grep -o 'Số dự án: <strong>[1-9]' '$BODY')\" ]"

done_testing

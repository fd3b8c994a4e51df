#!/usr/bin/env bash
# HTTP: the registry's board filter (one declaration in REGISTRY_FILTERS) reaches every
# place the registry's filters go — the page, its links, the API, the downloads and the
# search feed — each checked against what MariaDB says.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

total() { grep -o 'Số dự án: <strong>[0-9.]*' "$BODY" | sed 's/.*<strong>//; s/[.]//g'; }
json() { node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(eval(process.argv[2]))' "$BODY" "$1"; }

# the board with the fewest projects, so that the filter visibly narrows the list
board=$(root_sql "SELECT b.slug FROM boards b JOIN zones z ON z.board_id = b.id JOIN projects p ON p.zone_id = z.id
  GROUP BY b.id ORDER BY COUNT(*), b.slug LIMIT 1")
of_board="FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id WHERE b.slug = '$board'"
want=$(root_sql "SELECT COUNT(*) $of_board")
all=$(root_sql "SELECT COUNT(*) FROM projects")
ok "the board ($board) has projects, fewer than all" test "$want" -gt 0 -a "$want" -lt "$all"

fetch "/projects?board=$board"
is "$STATUS" 200 "/projects?board= answers 200"
is "$(total)" "$want" "the registry counts the board's projects"
ids=$(grep -o '<tr><th scope="row"><a href="/projects/[0-9]*"' "$BODY" | sed 's/.*projects\///; s/"$//' | tr '\n' ' ')
is "$ids" "$(root_sql "SELECT p.id $of_board ORDER BY p.name COLLATE utf8mb4_uca1400_vietnamese_ai_ci, p.id LIMIT 50" | tr '\n' ' ')" \
	"and lists them in name order"
body_has "<option value=\"$board\" selected(=\"selected\")?>" "the form's board control shows the board chosen"
body_has "href=\"/projects.csv\\?board=$board\"" "the download link keeps the filter"
s=$(root_sql "SELECT p.status $of_board GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")
fetch "/projects?board=$board&status=$s"
is "$(total)" "$(root_sql "SELECT COUNT(*) $of_board AND p.status = '$s'")" "with a status beside it ($s)"
fetch "/en/projects?board=$board"
grep -q 'Management board' "$BODY" && pass "the control is labelled in English" || fail "the control is labelled in English"

fetch "/api/v1/projects?board=$board&limit=1000"
is "$STATUS" 200 "the API takes it"
is "$(json 'd.total')" "$want" "the API's total"
is "$(json 'd.items.length')" "$want" "the API's items"
fetch "/projects.csv?board=$board"
is "$(( $(wc -l <"$BODY") - 1 ))" "$want" "the CSV download holds the board's projects"
fetch "/projects.json?board=$board"
is "$(json 'd.items.length')" "$want" "the JSON download"
fetch "/projects.xml?board=$board"
is "$(grep -c '<project ' "$BODY")" "$want" "the XML export"
fetch "/feeds/projects.atom?board=$board"
is "$STATUS" 200 "the search feed takes it"
is "$(grep -c '<entry>' "$BODY")" "$(root_sql "SELECT LEAST(COUNT(*), 50) FROM change_log c WHERE c.entity = 'project'
  AND c.entity_id IN (SELECT p.id $of_board)")" "the feed lists the changes of the board's projects"

fetch "/projects?board=No%20Such"
is "$STATUS" 400 "a malformed board is a 400"
fetch "/api/v1/projects?board=No%20Such"
is "$STATUS" 400 "in the API too"
is "$(json 'd.error.field')" board "which names the field"
fetch "/projects?board=no-such-board"
is "$(total)" 0 "an unknown board lists nothing"

# every filter declared in REGISTRY_FILTERS is documented for /api/v1/projects
documented=$(node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(d.paths["/projects"].get.parameters.map(p => p.name).join(" "))' "$top_srcdir/htdocs/api/v1/openapi.json")
for f in $(grep -o 'F(RF_[A-Z_]*, "[a-z_]*"' "$top_srcdir/cgi-bin/public/sql/projects.def" | sed 's/.*"\(.*\)"/\1/'); do
	case " $documented " in *" $f "*) pass "OpenAPI documents the filter $f" ;; *) fail "OpenAPI documents the filter $f" ;; esac
done

done_testing

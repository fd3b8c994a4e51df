#!/usr/bin/env bash
# HTTP: a project's life after a decision. A partial revocation keeps the project's status
# (with a "partly revoked (before → after ha)" mark), is refused when it leaves no land or
# not less land, in the form and in the import; the project is not counted as revoked and
# can change status later. "Overdue" is one thing everywhere: the registry's overdue
# filter, the API, the CSV and the marks agree with MariaDB; a delayed project past its
# remedy deadline is marked with the date; stale zone figures are marked; record pages say
# when they last changed.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

# until FETCH-PATH PATTERN: public caches may lag a publication by up to 2 s
until_has() {
	for try in 1 2 3 4 5 6 7 8; do
		fetch "$1"
		grep -Eq -- "$2" "$BODY" && return 0
		sleep 0.5
	done
}
# count PATH: the number of a status-counts item of PATH linking to HREF
count_of() {
	fetch "$1"
	xmllint --html --xpath "string(//a[@href = '$2']/span[@class = 'count'])" "$BODY" 2>/dev/null | tr -dc '0-9'
}

# --- a partial revocation through the staff workflow ----------------------------------
pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status = 'operating' AND p.land_ha >= 2 ORDER BY p.id LIMIT 1")
ok "an operating Vân Đồn project with land ($pid)" test -n "$pid"
land=$(root_sql "SELECT land_ha FROM projects WHERE id = $pid")
zone=$(root_sql "SELECT z.slug FROM projects p JOIN zones z ON z.id = p.zone_id WHERE p.id = $pid")
half=$(root_sql "SELECT ROUND(land_ha / 2, 2) FROM projects WHERE id = $pid")
revoked_before=$(count_of "/zones/$zone" "/projects?zone=$zone&status=revoked")
home_revoked_before=$(count_of / "/projects?status=revoked")
basis=("reason=Thu hồi phần diện tích chưa sử dụng" "doc_number=$RANDOM/QĐ-TH-TEST" doc_issued_on=2026-11-18
	"doc_issuer=UBND tỉnh Quảng Ninh" "doc_title=Quyết định thu hồi một phần diện tích")
version=$(root_sql "SELECT version FROM projects WHERE id = $pid")

login editor
post editor "/staff/projects/$pid/status" status=revoked revocation=partial effective_on=2026-11-20 \
	land_ha_after=0 "version=$version" "${basis[@]}" "note=x" action=submit
is "$STATUS" 400 "a partial revocation leaving 0 ha is refused"
body_has 'phải lớn hơn 0 ha' "… saying the land left must be more than 0 ha"
post editor "/staff/projects/$pid/status" status=revoked revocation=partial effective_on=2026-11-20 \
	"land_ha_after=$land" "version=$version" "${basis[@]}" "note=x" action=submit
is "$STATUS" 400 "a partial revocation leaving all the land ($land ha) is refused"
body_has 'phải nhỏ hơn diện tích hiện tại' "… saying the land left must be less than the current"
printf 'project_id,status,effective_on,reason,revocation,land_ha_after,doc_number,doc_issued_on,doc_issuer\n%s,revoked,2026-11-25,Thu hồi,partial,0,89/QĐ-BQL,2026-11-24,Ban Quản lý KKT Vân Đồn\n' "$pid" >"$T_TMP/partial-zero.csv"
as editor /staff/import -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" -F "note=x" -F "file=@$T_TMP/partial-zero.csv"
is "$STATUS" 400 "the import refuses a partial revocation leaving 0 ha"
body_has 'land_ha_after</code>' "… naming the field"
is "$(root_sql "SELECT COUNT(*) FROM change_requests WHERE entity_id = $pid AND state <> 'published'")" 0 "nothing saved"

post editor "/staff/projects/$pid/status" status=revoked revocation=partial effective_on=2026-11-20 \
	"land_ha_after=$half" "version=$version" "${basis[@]}" "note=Thu gọn diện tích" action=submit
is "$STATUS" 303 "a partial revocation to $half ha is submitted"
req=$(location | sed 's/.*changes\///')
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "and published"
wait_fresh	# the pages below were read before the publication
is "$(root_sql "SELECT CONCAT_WS(' ', status, land_ha, part_revoked_from_ha, part_revoked_to_ha) FROM projects WHERE id = $pid")" \
	"operating $half $land $half" "the project keeps its status, with less land and the mark"
is "$(root_sql "SELECT CONCAT_WS(' ', status, revocation) FROM project_status_events WHERE project_id = $pid ORDER BY id DESC LIMIT 1")" \
	"operating partial" "its event records the status it kept"

# ha DECIMAL: a pattern for the hectares as pages show them (decimal comma, with or without
# trailing zeros)
ha() {
	local int=${1%.*} dec=${1#*.}
	dec=$(sed -E 's/0+$//' <<<"$dec")
	if [ -z "$dec" ]; then echo "$int(,0+)?"; else echo "$int,${dec}0*"; fi
}
until_has "/projects/$pid" 'class="partly-revoked"'
body_has 'class="status status-operating"' "the project page still shows it operating"
body_has '<strong>Thu hồi một phần</strong> \(thu gọn diện tích; vẫn giữ tình trạng Đang hoạt động\)' "its timeline shows the partial revocation and the status kept"
body_has "class=\"partly-revoked\">Thu hồi một phần \\($(ha "$land") ha → $(ha "$half") ha\\)" "with the mark ($land → $half ha)"
year=$(root_sql "SELECT YEAR(approved_on) FROM projects WHERE id = $pid")
fetch "/projects?zone=$zone&status=operating&year=$year"
body_has "href=\"/projects/$pid\"" "the registry lists it among the operating projects"
body_has 'class="partly-revoked">Thu hồi một phần' "… with the mark on its row"
fetch "/projects?status=revoked&zone=$zone"
body_lacks "href=\"/projects/$pid\"" "it is not in the revoked list"
is "$(count_of "/zones/$zone" "/projects?zone=$zone&status=revoked")" "$revoked_before" "the zone's revoked count did not move ($revoked_before)"
is "$(count_of / "/projects?status=revoked")" "$home_revoked_before" "nor the home page's ($home_revoked_before)"
fetch "/api/v1/projects/$pid"
is "$(jq -r '"\(.status.code) \(.partial_revocation.land_ha_before) \(.partial_revocation.land_ha_after)"' "$BODY")" \
	"operating $(jq -n "$land") $(jq -n "$half")" "the API gives the status and the partial revocation"
fetch "/projects/$pid/changes"
body_lacks '<ins>revoked</ins>' "its change history does not say revoked"
fetch "/feeds/status/revoked.atom"
body_lacks "/projects/$pid\"" "nor does the revoked feed list it"

# and it moves on later
login editor
post editor "/staff/projects/$pid/status" status=delayed effective_on=2026-11-28 remedy_due=2027-06-30 \
	"remedy=Hoàn thành trên phần còn lại" "version=$(root_sql "SELECT version FROM projects WHERE id = $pid")" \
	"${basis[@]/#doc_number=*/doc_number=$RANDOM/QĐ-CT-TEST}" "note=Chậm tiến độ" action=submit
is "$STATUS" 303 "a later delay of the partly revoked project is accepted"
req=$(location | sed 's/.*changes\///')
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$(root_sql "SELECT CONCAT_WS(' ', status, delay_remedy_due) FROM projects WHERE id = $pid")" "delayed 2027-06-30" \
	"and published: the project is delayed, its remedy deadline kept"
wait_fresh	# the zone page listed the project before, under another status
fetch "/zones/$zone"
is "$(xmllint --html --xpath "count(//li[a/@href = '/projects/$pid']/span[@class = 'partly-revoked'])" "$BODY" 2>/dev/null)" 1 \
	"the zone page lists it among the delayed projects, still marked partly revoked"

# --- overdue, one definition ----------------------------------------------------------
# MariaDB's own reading of the rule, from the raw columns and the latest delay's deadline
want_overdue="SELECT p.id FROM projects p WHERE p.status NOT IN ('revoked', 'expired') AND (
	(p.planned_start < CURRENT_DATE AND p.actual_start IS NULL)
	OR (p.planned_operation < CURRENT_DATE AND p.actual_operation IS NULL)
	OR (p.status = 'delayed' AND (SELECT e.remedy_due FROM project_status_events e WHERE e.project_id = p.id
		AND e.status = 'delayed' AND e.revocation IS NULL ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) < CURRENT_DATE))"
n=$(root_sql "SELECT COUNT(*) FROM ($want_overdue) o")
ok "some projects are overdue ($n)" test "$n" -gt 0
fetch "/projects?overdue=1"
is "$(xmllint --html --xpath 'string(//p[@class = "count"]/strong[1])' "$BODY" 2>/dev/null | tr -dc '0-9')" "$n" "/projects?overdue=1 counts them"
is "$(curl -sS "$PORTAL_URL/api/v1/projects?overdue=1&limit=1" | jq -r .total)" "$n" "the API's overdue=1 counts them"
is "$(curl -sS "$PORTAL_URL/projects.csv?overdue=1" | sed 1d | grep -c '^[0-9]')" "$n" "the CSV lists them"
all=$(root_sql "SELECT COUNT(*) FROM projects")
is "$(curl -sS "$PORTAL_URL/api/v1/projects?overdue=0&limit=1" | jq -r .total)" "$((all - n))" "overdue=0 the others"
want_ids=$(root_sql "SELECT GROUP_CONCAT(id ORDER BY id) FROM ($want_overdue) o")
got_ids=$(curl -sS "$PORTAL_URL/projects.json" | jq -r '[.items[] | select(.overdue) | .id] | sort | map(tostring) | join(",")')
is "$got_ids" "$want_ids" "the JSON download's overdue flag marks exactly those projects"
fetch "/projects?overdue=2"
is "$STATUS" 400 "overdue=2 is refused"

# a delayed project past its remedy deadline: the date everywhere
late=$(root_sql "SELECT p.id FROM projects p WHERE p.status = 'delayed' AND p.part_revoked_on IS NULL
	AND (SELECT e.remedy_due FROM project_status_events e WHERE e.project_id = p.id AND e.status = 'delayed'
	AND e.revocation IS NULL ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) < CURRENT_DATE ORDER BY p.id LIMIT 1")
due=$(root_sql "SELECT remedy_due FROM project_status_events WHERE project_id = $late AND status = 'delayed' ORDER BY effective_on DESC, id DESC LIMIT 1")
ok "a delayed project past its remedy deadline ($late, $due)" test -n "$late"
fetch "/projects/$late"
body_has "class=\"overdue deadline-passed\">Quá hạn khắc phục, hạn <time datetime=\"$due\">" "its page marks the deadline passed with the date"
fetch "/en/projects/$late"
body_has "Remedy deadline passed: <time datetime=\"$due\">" "… in English too"
year=$(root_sql "SELECT YEAR(approved_on) FROM projects WHERE id = $late")
zl=$(root_sql "SELECT z.slug FROM projects p JOIN zones z ON z.id = p.zone_id WHERE p.id = $late")
fetch "/projects?zone=$zl&status=delayed&year=$year&overdue=1"
body_has "href=\"/projects/$late\"" "its registry row is listed"
is "$(xmllint --html --xpath "string(//tr[th/a/@href = '/projects/$late']//span[contains(@class, 'deadline-passed')]/time/@datetime)" "$BODY" 2>/dev/null)" \
	"$due" "… with the deadline passed and its date on its row"
is "$(curl -sS "$PORTAL_URL/api/v1/projects/$late" | jq -r .remedy_deadline_passed)" "$due" "the API gives the deadline passed"
is "$(curl -sS "$PORTAL_URL/projects.csv?zone=$zl&status=delayed&year=$year" | sed '1s/^\xef\xbb\xbf//' |
	awk -v FPAT='([^,]*)|("([^"]|"")*")' -v id="$late" '
	NR == 1 { for (i = 1; i <= NF; i++) if ($i == "remedy_deadline_passed") c = i; next } $1 == id { print $c }')" \
	"$due" "the CSV too"

# --- stale zone figures, last change -------------------------------------------------
stale=$(root_sql "SELECT slug FROM zones WHERE occupancy_as_of < CURRENT_DATE - INTERVAL 3 MONTH - INTERVAL 45 DAY ORDER BY id LIMIT 1")
fresh=$(root_sql "SELECT slug FROM zones WHERE occupancy_as_of >= CURRENT_DATE - INTERVAL 3 MONTH - INTERVAL 45 DAY ORDER BY id LIMIT 1")
if [ -n "$stale" ]; then
	fetch "/zones/$stale"
	body_has 'class="stale"' "$stale's figures, older than a quarter and 45 days, are marked stale"
	is "$(curl -sS "$PORTAL_URL/api/v1/zones/$stale" | jq -r .occupancy_stale)" true "… in the API"
fi
if [ -n "$fresh" ]; then
	fetch "/zones/$fresh"
	body_lacks 'class="stale"' "$fresh's recent figures are not"
fi
nstale=$(root_sql "SELECT COUNT(*) FROM zones WHERE occupancy_as_of < CURRENT_DATE - INTERVAL 3 MONTH - INTERVAL 45 DAY")
fetch /zones
is "$(grep -o 'class="stale"' "$BODY" | wc -l)" "$nstale" "/zones marks the $nstale stale zones"

last=$(root_sql "SELECT DATE(MAX(published_at)) FROM change_log WHERE entity = 'project' AND entity_id = $pid")
fetch "/projects/$pid"
body_has "class=\"last-changed\">Cập nhật lần cuối: <a href=\"/projects/$pid/changes\"><time datetime=\"$last\">" "the project page says when it last changed ($last)"
zlast=$(root_sql "SELECT DATE(MAX(c.published_at)) FROM change_log c WHERE (c.entity = 'zone' AND c.entity_id IN
	(SELECT m.id FROM zones z JOIN zones m ON m.id = z.id OR m.parent_id = z.id WHERE z.slug = '$zone'))
	OR (c.entity = 'project' AND c.entity_id IN (SELECT p.id FROM projects p JOIN zones m ON m.id = p.zone_id
	JOIN zones z ON m.id = z.id OR m.parent_id = z.id WHERE z.slug = '$zone'))")
wait_fresh
fetch "/zones/$zone"
body_has "class=\"last-changed\">Cập nhật lần cuối: <a href=\"/zones/$zone/changes\"><time datetime=\"$zlast\">" "the zone page says when it last changed ($zlast)"

done_testing

#!/usr/bin/env bash
# The change history speaks the reader's language: each field by its label, each value as
# the record's page shows it (status names, dates, hectares), in HTML and Atom, in both
# languages; the downloads keep the codes. An edit that changes nothing is refused when it
# is submitted and when it would be published, and writes nothing.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

# ha VALUE LANG: hectares as lib/format.c writes them (two decimals, trailing zeros dropped)
ha() {
	python3 -c '
import sys
v, lang = round(float(sys.argv[1]), 2), sys.argv[2]
s = f"{v:,.2f}".rstrip("0").rstrip(".")
if lang == "vi":
    s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
print(s + " ha")' "$1" "$2"
}

# a zone with room and no open change request; the demo editor and reviewer get its board
zone=$(root_sql "SELECT z.slug FROM zones z WHERE z.leased_ha + 20 <= z.leasable_ha AND NOT EXISTS
	(SELECT 1 FROM change_requests r WHERE r.entity = 'zone' AND r.entity_id = z.id
	 AND r.state IN ('draft', 'submitted', 'returned')) ORDER BY z.id DESC LIMIT 1")
board=$(root_sql "SELECT b.slug FROM zones z JOIN boards b ON b.id = z.board_id WHERE z.slug = '$zone'")
ok "a zone to edit ($zone, board $board)" test -n "$zone"
# roles the demo users did not have are taken back at the end, so that the tests after this
# one find the users as the demo data made them
login admin
added=()
for ur in editor:editor reviewer:reviewer; do
	uid=$(root_sql "SELECT id FROM staff_users WHERE username = '${ur%:*}'")
	had=$(root_sql "SELECT COUNT(*) FROM staff_roles r JOIN boards b ON b.id = r.board_id
		WHERE r.user_id = $uid AND r.role = '${ur#*:}' AND b.slug = '$board'")
	[ "$had" = 0 ] && added+=("$uid:${ur#*:}")
	post admin /staff/users action=role_add role="${ur#*:}" board="$board" user_id="$uid"
done
is "$STATUS" 303 "the admin gives the editor and the reviewer that board"
old=$(root_sql "SELECT leased_ha FROM zones WHERE slug = '$zone'")
new=$(root_sql "SELECT leased_ha + 12.25 FROM zones WHERE slug = '$zone'")

# form VALUES...: the zone's published form with some fields replaced (field=value each)
form() {
	args=()
	while IFS= read -r kv; do args+=("$kv"); done < <(zone_form "$zone")
	for r in "$@"; do args=("${args[@]/#${r%%=*}=*/$r}"); done
}

login editor
login reviewer
form "leased_ha=$new" "occupancy_as_of=2026-11-26"
post editor "/staff/zones/$zone/edit" "${args[@]}" "note=Cập nhật diện tích" action=submit
is "$STATUS" 303 "the editor submits new hectares and their date"
req=$(location | sed 's/.*changes\///')
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes them"
wait_fresh

fetch "/zones/$zone/changes"
body_has "<th scope=\"row\">Đã cho thuê</th>" "the Vietnamese history names the field by its label"
body_has "<del>$(ha "$old" vi)</del>" "the old hectares as the zone page writes them ($(ha "$old" vi))"
body_has "<ins>$(ha "$new" vi)</ins>" "and the new ($(ha "$new" vi))"
body_has '<ins>26/11/2026</ins>' "a date as the pages write dates"
body_lacks '<code>leased_ha</code>|>leased_ha<' "no column name"
body_has 'Cập nhật thông tin khu' "the summary from the catalog"
fetch "/en/zones/$zone/changes"
body_has '<th scope="row">Leased</th>' "the English history: the English label"
body_has "<ins>$(ha "$new" en)</ins>" "English hectares ($(ha "$new" en))"
body_has '<ins>26 Nov 2026</ins>' "an English date"
body_has 'Zone details updated' "the English summary"
body_lacks '>2026-11-26<' "no ISO date"
fetch "/en/feeds/zones/$zone.atom"
body_has "Leased: <del>$(ha "$old" en)</del> → <ins>$(ha "$new" en)</ins>" "the English Atom feed says the same"
body_has 'Occupancy figures as of: .*26 Nov 2026' "with its date"
fetch "/feeds/zones/$zone.atom"
body_has "Đã cho thuê: <del>$(ha "$old" vi)</del> → <ins>$(ha "$new" vi)</ins>" "and the Vietnamese feed in Vietnamese"

# a status change: the status by its name, in both languages
pid=$(root_sql "SELECT c.entity_id FROM change_log c JOIN change_log_fields f ON f.change_id = c.id
	AND f.field = 'status' AND f.old_value = 'delayed' AND f.new_value = 'revoked' WHERE c.entity = 'project' LIMIT 1")
ok "a project revoked after a delay ($pid)" test -n "$pid"
fetch "/en/projects/$pid/changes"
body_has '<th scope="row">Status</th><td><del>Delayed</del></td><td><ins>Revoked</ins></td>' "English: Status Delayed → Revoked"
body_lacks '>delayed<|>revoked<' "no status code"
fetch "/projects/$pid/changes"
body_has '<th scope="row">Tình trạng</th><td><del>Chậm tiến độ</del></td><td><ins>Bị thu hồi</ins></td>' "Vietnamese: Tình trạng Chậm tiến độ → Bị thu hồi"

# the downloads keep the codes
fetch /changes.csv
body_has ",leased_ha,$old,$new" "the CSV keeps the field's code and the values as stored"
fetch /api/v1/changes
jq_ok() { jq -e "$@" >/dev/null; }
ok "the API keeps them too" jq_ok --arg o "$old" --arg n "$new" \
	'[.items[].fields[] | select(.field == "leased_ha" and .old == $o and .new == $n)] | length == 1' "$BODY"

# an edit that changes nothing
changes=$(root_sql "SELECT COUNT(*) FROM change_log")
requests=$(root_sql "SELECT COUNT(*) FROM change_requests")
form
post editor "/staff/zones/$zone/edit" "${args[@]}" "note=Không đổi gì" action=submit
is "$STATUS" 422 "submitting the published values is refused (422)"
body_has 'không có gì để gửi duyệt' "with a clear message"
is "$(root_sql "SELECT COUNT(*) FROM change_requests")" "$requests" "and nothing is saved"
post editor "/staff/zones/$zone/edit" "${args[@]}" "note=Không đổi gì" action=save
is "$STATUS" 303 "a draft may be saved"
draft=$(location | sed 's/.*changes\///')
post editor "/staff/changes/$draft/submit"
is "$STATUS" 422 "but not submitted"
body_has 'không có gì để gửi duyệt' "the change's page says why"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $draft")" draft "it stays a draft"
as editor "/en/staff/changes/$draft"
post editor "/en/staff/changes/$draft/submit"
body_has 'there is nothing to review' "in English too"

# at publication: the record reached the proposed values meanwhile (same version)
form "leased_ha=$(root_sql "SELECT leased_ha + 1 FROM zones WHERE slug = '$zone'")"
post editor "/staff/zones/$zone/edit" "${args[@]}" "note=Thêm 1 ha" action=submit
is "$STATUS" 303 "a real change is submitted"
req=$(location | sed 's/.*changes\///')
root_sql "UPDATE zones SET leased_ha = leased_ha + 1 WHERE slug = '$zone'"
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 409 "publishing a change that no longer changes anything is refused (409)"
body_has 'giữ nguyên mọi giá trị đã công bố; không có gì được công bố' "with a clear message"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $req")" submitted "the request stays submitted"
is "$(root_sql "SELECT COUNT(*) FROM change_log")" "$changes" "no empty change is written to the history"

for ur in "${added[@]}"; do
	post admin /staff/users action=role_remove role="${ur#*:}" board="$board" user_id="${ur%:*}"
	is "$STATUS" 303 "the admin takes back the ${ur#*:} role on $board"
done
done_testing

#!/usr/bin/env bash
# Caching never serves stale data for long: after a publication (records changed and the
# data generation incremented in one transaction), every public page shows the new data
# within 2 seconds through nginx, whatever nginx's page cache and the workers' page
# caches held. Also: validators and 304 through the cache, staff pages never cached,
# errors not kept.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

LIMIT_MS=2000
now_ms() { date +%s%3N; }

zone_id=$(root_sql "SELECT z.id FROM zones z JOIN projects p ON p.zone_id = z.id GROUP BY z.id ORDER BY z.id LIMIT 1")
slug=$(root_sql "SELECT slug FROM zones WHERE id = $zone_id")
zone_name=$(root_sql "SELECT name FROM zones WHERE id = $zone_id")
zone_name_en=$(root_sql "SELECT name_en FROM zones WHERE id = $zone_id")
project=$(root_sql "SELECT id FROM projects WHERE zone_id = $zone_id AND status <> 'suspended' ORDER BY id LIMIT 1")
old_status=$(root_sql "SELECT status FROM projects WHERE id = $project")
marker="Tươi$$"
pages=("/zones/$slug" "/en/zones/$slug" "/zones" "/projects/$project" "/en/projects/$project"
	"/projects?zone=$slug" "/")

# publish SQL...: the records' change and the generation's increment in one transaction,
# as the staff program's publication does
publish() {
	root_sql "START TRANSACTION; $1;
		UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1;
		COMMIT"
}

# shows_new PAGE: the page shows the published change (0), or the old data (1)
shows_new() {
	local body=$T_TMP/poll
	curl -sS -o "$body" --max-time 5 "$PORTAL_URL$1" || return 1
	case $1 in
	/zones*|/en/zones*|/) grep -q "$marker" "$body" ;;
	*projects/*) grep -q 'class="status status-suspended"' "$body" && grep -q "$marker" "$body" ;;
	*) grep -q "$marker" "$body" ;;
	esac
}
shows_old() {
	local body=$T_TMP/poll
	curl -sS -o "$body" --max-time 5 "$PORTAL_URL$1" || return 0
	! grep -q "$marker" "$body"
}

# watch CHECK-FUNCTION T0: polls every page for 3 s; for each, the time (ms after T0) of the
# last answer that was not yet right, in LAST[page]
declare -A LAST
watch() {
	local check=$1 t0=$2 p t
	for p in "${pages[@]}"; do LAST[$p]=-1; done
	while [ $(( $(now_ms) - t0 )) -lt 3000 ]; do
		for p in "${pages[@]}"; do
			t=$(( $(now_ms) - t0 ))
			$check "$p" || LAST[$p]=$t
		done
	done
}

# warm every cache: nginx's copy and each worker's
for p in "${pages[@]}"; do
	for _ in 1 2 3 4 5 6; do curl -sS -o /dev/null "$PORTAL_URL$p"; done
done
fetch "/zones/$slug"
is "$STATUS" 200 "the zone page answers before the publication"
body_lacks "$marker" "without the change yet"

# --- the publication: a zone's names and a project's status ------------------------
publish "UPDATE zones SET name = CONCAT(name, ' $marker'), name_en = CONCAT(name_en, ' $marker') WHERE id = $zone_id;
	UPDATE projects SET status = 'suspended' WHERE id = $project"
t0=$(now_ms)
# the project page shows the zone's name too, so every page here has the marker
watch shows_new "$t0"
for p in "${pages[@]}"; do
	ok "$p shows the publication within ${LIMIT_MS} ms (last old answer at ${LAST[$p]} ms)" \
		test "${LAST[$p]}" -le "$LIMIT_MS"
done
fetch "/projects?zone=$slug&status=suspended"
body_has "href=\"/projects/$project\"" "the registry filters by the new status"

# --- restored the same way ------------------------------------------------------------
publish "UPDATE zones SET name = '$zone_name', name_en = '$zone_name_en' WHERE id = $zone_id;
	UPDATE projects SET status = '$old_status' WHERE id = $project"
t0=$(now_ms)
watch shows_old "$t0"
worst=0
for p in "${pages[@]}"; do [ "${LAST[$p]}" -gt "$worst" ] && worst=${LAST[$p]}; done
ok "every page shows the restored data within ${LIMIT_MS} ms (last stale answer at $worst ms)" \
	test "$worst" -le "$LIMIT_MS"
is "$(root_sql "SELECT name FROM zones WHERE id = $zone_id")" "$zone_name" "the zone's name is restored"

# --- validators through the cache -----------------------------------------------------
fetch /zones
etag=$(sed -n 's/^etag: *//Ip' "$HEADERS" | tr -d '\r')
ok "a public page has an ETag" test -n "$etag"
header_has '^last-modified: ' "and Last-Modified"
header_has '^cache-control: .*max-age=[12]\b' "and a Cache-Control that allows a brief reuse"
fetch /zones -H "If-None-Match: $etag"
is "$STATUS" 304 "If-None-Match with that ETag answers 304"
fetch '/zones?kind=kcn' -H "If-None-Match: \"0000\""
is "$STATUS" 200 "another ETag gets the page"

# --- what must never be kept ----------------------------------------------------------
fetch /staff/login
header_has '^cache-control: no-store' "a staff page says no-store"
fetch '/zones?kind=factory'
is "$STATUS" 400 "a bad parameter is 400"
header_has '^cache-control: no-store' "with no-store"

done_testing

#!/usr/bin/env bash
# HTTP: the map of the zones (README "Public pages", cgi-bin/public/map.h). /map draws every
# zone with coordinates where the projection puts it (recomputed here from MariaDB's
# coordinates and the province's bounding box), the demo boundaries, a scale bar whose
# length the projection gives and a north arrow, with the same zones and figures in the table
# beside it, in both languages; /zones, a zone's page and the finder show it too;
# /zones.geojson is strict RFC 7946 with the zones' facts, listed on /data and in the API; a
# boundary entered by staff goes through the change-request workflow onto the map and into
# the GeoJSON, and a bad one is refused with the field named and nothing written.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

W=640 M=16 HMAX=640
svg_attr() { grep -o "<svg[^>]*data-west[^>]*>" "$BODY" | head -1 | grep -o " $1=\"[^\"]*\"" | sed 's/.*="//; s/"$//'; }
# slug cx cy of every marker on the page
markers() {
	grep -o 'data-slug="[^"]*" data-lat="[^"]*" data-lon="[^"]*"><title>[^<]*</title><circle class="hit"[^>]*></circle><circle class="dot" cx="[^"]*" cy="[^"]*"' "$BODY" |
		sed 's/^data-slug="\([^"]*\)".*class="dot" cx="\([^"]*\)" cy="\([^"]*\)"$/\1 \2 \3/' | sort
}
# slug x y: where the projection of map.h puts each zone of the SQL (slug, lat, lon rows)
projected() {
	awk -v W=$W -v M=$M -v HM=$HMAX -v w="$1" -v s="$2" -v e="$3" -v n="$4" '
		BEGIN { pi = atan2(0, -1); k = cos((s + n) / 2 * pi / 180)
			sx = (W - 2 * M) / ((e - w) * k); sy = (HM - 2 * M) / (n - s); sc = sx < sy ? sx : sy }
		{ printf "%s %.1f %.1f\n", $1, M + ($3 - w) * k * sc, M + (n - $2) * sc }' | sort
}
# two lists of "slug x y" agree within 0.11 px (one decimal, rounded)
close_enough() {
	join <(echo "$1") <(echo "$2") | awk '{ dx = $2 - $4; dy = $3 - $5; if (dx < 0) dx = -dx; if (dy < 0) dy = -dy
		if (dx > 0.11 || dy > 0.11) { print "far: " $0; bad = 1 } } END { exit bad }'
}

bbox=$(root_sql "SELECT CONCAT_WS(' ', bbox_west, bbox_south, bbox_east, bbox_north) FROM provinces p JOIN site s ON s.province_id = p.id")
read -r west south east north <<<"$bbox"
is "$(wc -w <<<"$bbox")" 4 "the demo province has a bounding box"

fetch /map
is "$STATUS" 200 "/map answers"
body_has '<h1>Bản đồ các khu công nghiệp, khu kinh tế</h1>' "/map is the map page, in Vietnamese"
is "$(printf '%.6f %.6f %.6f %.6f' "$(svg_attr data-west)" "$(svg_attr data-south)" "$(svg_attr data-east)" "$(svg_attr data-north)")" \
	"$(printf '%.6f %.6f %.6f %.6f' "$west" "$south" "$east" "$north")" "the map's extent is the province's bounding box"
want=$(root_sql "SELECT slug, latitude, longitude FROM zones WHERE latitude IS NOT NULL" | tr '\t' ' ' | projected "$west" "$south" "$east" "$north")
got=$(markers)
is "$(cut -d' ' -f1 <<<"$got" | tr '\n' ' ')" "$(cut -d' ' -f1 <<<"$want" | tr '\n' ' ')" \
	"a marker for every zone with coordinates, and none else"
if close_enough "$got" "$want" >"$T_TMP/far"; then pass "every marker is where the projection of its coordinates puts it"
else fail "every marker is where the projection of its coordinates puts it"; diag "$(cat "$T_TMP/far")"; fi
height=$(svg_attr height)
want_h=$(awk -v W=$W -v M=$M -v HM=$HMAX -v w="$west" -v s="$south" -v e="$east" -v n="$north" 'BEGIN { pi = atan2(0, -1)
	k = cos((s + n) / 2 * pi / 180); sx = (W - 2 * M) / ((e - w) * k); sy = (HM - 2 * M) / (n - s); sc = sx < sy ? sx : sy
	h = 2 * M + (n - s) * sc; printf "%d", int(h + 0.5) }')
is "$height" "$want_h" "the map's height follows the projection"

# the scale bar: the largest 1, 2, 5 × 10^n km within a quarter of the width
scale=$(svg_attr data-scale)
want_km=$(awk -v sc="$scale" -v W=$W 'BEGIN { best = 1; for (d = 1; d <= 10000; d *= 10) for (i = 1; i <= 3; i++) {
	l = d * (i == 1 ? 1 : i == 2 ? 2 : 5); if (l * sc / 111.195 <= W / 4) best = l }; print best }')
body_has "<g class=\"scale\" aria-hidden=\"true\" data-km=\"$want_km\">.*<text[^>]*>$want_km km</text>" \
	"a scale bar of $want_km km, as the projection gives"
body_has "Thanh tỷ lệ ở góc dưới bên trái dài $want_km km" "the caption says the scale bar's length"
body_has '<g class="north" aria-hidden="true"><path[^>]*></path><text[^>]*>B</text></g>' "a north arrow"

# the demo boundaries: a dashed (sample) shape for each, starting where its first position projects
for slug in $(root_sql "SELECT slug FROM zones WHERE boundary_geojson IS NOT NULL ORDER BY slug"); do
	rings=$(root_sql "SELECT boundary_geojson FROM zones WHERE slug = '$slug'" | grep -o '\[\[[-0-9.]*,[-0-9.]*\]' | wc -l)
	first=$(root_sql "SELECT CONCAT_WS(' ', '$slug', JSON_VALUE(boundary_geojson, IF(JSON_VALUE(boundary_geojson, '\$.type') = 'Polygon', '\$.coordinates[0][0][1]', '\$.coordinates[0][0][0][1]')), JSON_VALUE(boundary_geojson, IF(JSON_VALUE(boundary_geojson, '\$.type') = 'Polygon', '\$.coordinates[0][0][0]', '\$.coordinates[0][0][0][0]'))) FROM zones WHERE slug = '$slug'" | projected "$west" "$south" "$east" "$north")
	path=$(grep -o "<path class=\"area band-[0-9] sample\" data-slug=\"$slug\" d=\"[^\"]*\"" "$BODY")
	is "$(grep -o 'M' <<<"${path#*d=}" | wc -l)" "$rings" "$slug: its boundary drawn, each of its $rings rings, marked sample"
	start=$(sed 's/.* d="M\([-0-9.]*\) \([-0-9.]*\) L.*/\1 \2/' <<<"$path")
	if close_enough "$first" "$slug $start" >/dev/null; then pass "$slug: the boundary starts where its first position projects"
	else fail "$slug: the boundary starts where its first position projects"; diag "path starts at $start, want $first"; fi
done
body_has 'Ranh giới nét đứt: ranh giới mẫu' "the legend says a dashed boundary is a sample"
body_has 'class="sample-notice"' "the sample notice heads the page"

# the table beside it: the same zones, the same land available as the markers' titles
table_slugs=$(grep -o '<tr data-slug="[^"]*"' "$BODY" | sed 's/.*="//; s/"$//' | sort | tr '\n' ' ')
is "$table_slugs" "$(root_sql "SELECT slug FROM zones ORDER BY slug" | tr '\n' ' ')" "the table lists every zone"
bad=""
for slug in $(cut -d' ' -f1 <<<"$got"); do
	svg_ha=$(grep -o "data-slug=\"$slug\" data-lat[^>]*><title>[^<]*" "$BODY" | sed 's/.*<title>[^:]*: \([0-9.,]* ha\) còn trống.*/\1/')
	row_ha=$(grep -o "<tr data-slug=\"$slug\">.*" "$BODY" | sed 's#</tr>.*##' | grep -o 'data-label="Còn trống">[^<]*' | sed 's/.*">//')
	[ -n "$svg_ha" ] && [ "$svg_ha" = "$row_ha" ] || bad="$bad $slug($svg_ha/$row_ha)"
done
is "$bad" "" "each marker's title gives the land available that the table's row does"
vd_ha=$(root_sql "SELECT REPLACE(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM leasable_ha - leased_ha)), '.', ',') FROM zones WHERE slug = 'cai-lan'")
body_has "<title>Khu công nghiệp Cái Lân: $vd_ha ha còn trống" "a marker's title names the zone and its available hectares from MariaDB"
body_has '<a class="zone band-[0-9][^"]*" href="/zones/cai-lan"' "each marker is a link to its zone's page"
body_has 'role="group" aria-labelledby="map-t"' "the SVG is labelled by its title"

fetch /en/map
is "$STATUS" 200 "/en/map answers"
body_has '<html lang="en"' "/en/map is in English"
body_has '<h1>Map of the industrial parks and economic zones</h1>' "/en/map has the English heading"
body_has '<title>Cai Lan Industrial Park: [0-9.]+ ha available' "/en/map's markers are titled in English"
body_has 'href="/en/zones/cai-lan"' "/en/map links the English zone pages"
body_has '<text[^>]*>N</text>' "the English north arrow reads N"

fetch "/map?kind=kcn"
is "$(markers | wc -l)" "$(root_sql "SELECT COUNT(*) FROM zones WHERE kind = 'kcn' AND latitude IS NOT NULL")" \
	"/map?kind=kcn draws the industrial parks only"
fetch "/map?kind=bad"
is "$STATUS" 400 "/map refuses a bad filter"

# the map on the other pages
fetch /zones
body_has '<figure class="map"' "/zones shows the map"
body_has 'href="/map">Xem trên bản đồ' "/zones links the map page"
fetch /zones/cai-lan
body_has '<a class="zone band-[0-9] current" aria-current="page" href="/zones/cai-lan"' "a zone's page shows the map with the zone highlighted"
fetch /finder
is "$(markers | wc -l)" "$(root_sql "SELECT COUNT(*) FROM zones WHERE status <> 'suspended' AND latitude IS NOT NULL")" \
	"the finder's map shows the zones it lists"

# the GeoJSON
fetch /zones.geojson
is "$STATUS" 200 "/zones.geojson answers"
header_has '^content-type: application/geo\+json' "as application/geo+json"
header_has '^access-control-allow-origin: \*' "with CORS"
cp "$BODY" "$T_TMP/zones.geojson"
if out=$(node "$top_srcdir/tests/opendata/geojson.mjs" "$T_TMP/zones.geojson" $west $south $east $north); then
	pass "/zones.geojson is a valid FeatureCollection ($out), [lon, lat] inside the province"
else fail "/zones.geojson is a valid FeatureCollection"; diag "$out"; fi
n_zones=$(root_sql "SELECT COUNT(*) FROM zones")
n_bounds=$(root_sql "SELECT COUNT(*) FROM zones WHERE boundary_geojson IS NOT NULL")
is "$out" "ok $((n_zones + n_bounds))" "one feature per zone and one per boundary"
geo() { node -e "const d = JSON.parse(require('fs').readFileSync('$T_TMP/zones.geojson', 'utf8')); $1"; }
is "$(geo "const f = d.features.find((f) => f.id === 'cai-lan'); console.log(f.geometry.coordinates.join(' '), f.properties.available_ha, f.properties.is_sample, f.properties.url)")" \
	"$(root_sql "SELECT CONCAT_WS(' ', CAST(longitude AS DOUBLE), CAST(latitude AS DOUBLE), CAST(leasable_ha - leased_ha AS DOUBLE), IF(is_sample, 'true', 'false'), '$PORTAL_URL/zones/cai-lan') FROM zones WHERE slug = 'cai-lan'")" \
	"a zone's point is [longitude, latitude], with its facts and absolute URL"
is "$(geo "console.log(d.features.filter((f) => f.properties.geometry_role === 'boundary' && f.properties.boundary_is_sample).map((f) => f.id).sort().join(' '))")" \
	"$(root_sql "SELECT CONCAT(slug, '/boundary') FROM zones WHERE boundary_geojson IS NOT NULL ORDER BY slug" | sort | tr '\n' ' ' | sed 's/ $//')" \
	"the demo boundaries are features marked sample"
echo '{"type":"FeatureCollection","features":[{"type":"Feature","id":"x","properties":{},"geometry":{"type":"Polygon","coordinates":[[[107,21],[107.1,21],[107.1,21.1],[107,21]]]}},{"type":"Feature","id":"y","properties":{},"geometry":{"type":"Point","coordinates":[21,107]}}]}' >"$T_TMP/bad.geojson"
ok "the GeoJSON check refuses [lat, lon] (it can fail)" eval "! node '$top_srcdir/tests/opendata/geojson.mjs' '$T_TMP/bad.geojson' -180 -90 180 90 >/dev/null"
fetch /data
body_has 'href="/zones.geojson"' "/data lists /zones.geojson"
fetch /api/v1
body_has '"zones_geojson":"[^"]*/zones.geojson"' "the API's index links /zones.geojson"

# staff: a bad boundary is refused with the field named, nothing written
login editor
args=()
while IFS= read -r kv; do args+=("$kv"); done < <(zone_form van-don)
requests=$(root_sql "SELECT COUNT(*) FROM change_requests")
refuse() { # refuse BOUNDARY MESSAGE DESCRIPTION
	post editor /staff/zones/van-don/edit "${args[@]/#boundary=*/boundary=$1}" "note=Ranh giới" action=submit
	is "$STATUS" 400 "$3: 400"
	body_has "Ranh giới \(GeoJSON" "$3: the field is named"
	body_has "$2" "$3: the reason is given"
}
refuse 'not json' 'không phải JSON hợp lệ' "text that is not JSON"
refuse '{"type":"Point","coordinates":[107.4,21.05]}' '"type" là "Polygon" hoặc "MultiPolygon"' "a Point"
refuse '{"type":"Polygon","coordinates":[[[107.40,21.05],[107.45,21.05],[107.45,21.10],[107.40,21.10]]]}' 'không khép kín' "an open ring"
refuse '{"type":"Polygon","coordinates":[[[107.40,21.05],[107.45,21.05],[107.40,21.05]]]}' 'ít nhất 4 điểm' "a ring of 3 positions"
refuse '{"type":"Polygon","coordinates":[[[21.05,107.40],[21.05,107.45],[21.10,107.45],[21.05,107.40]]]}' 'có vẻ bị đảo' "[latitude, longitude]"
refuse '{"type":"Polygon","coordinates":[[[105.40,21.05],[105.45,21.05],[105.45,21.10],[105.40,21.05]]]}' 'ngoài khung bao của tỉnh' "a boundary outside the province"
refuse '{"type":"Polygon","coordinates":[[[107.4,"21"],[107.45,21.05],[107.45,21.10],[107.4,"21"]]]}' 'đúng hai số' "a position that is not two numbers"
many=$(awk 'BEGIN { printf "{\"type\":\"Polygon\",\"coordinates\":[["; for (i = 0; i < 2001; i++) printf "[107.4,21.%04d],", i; printf "[107.4,21.0000]]]}" }')
refuse "$many" 'quá nhiều điểm' "more than 2,000 positions"
is "$(root_sql "SELECT COUNT(*) FROM change_requests")" "$requests" "no change request was written for a refused boundary"
short='{"type":"Polygon","coordinates":[[[107.4,21.05],[107.45,21.05],[107.4,21.05]]]}'
post editor /en/staff/zones/van-don/edit "${args[@]/#boundary=*/boundary=$short}" "note=x" action=submit
is "$STATUS" 400 "the English form refuses a bad boundary too"
body_has 'needs at least 4 positions' "in English"

# a good boundary through the workflow, onto the map and into the GeoJSON
new='{"type":"Polygon","coordinates":[[[107.38,21.02],[107.47,21.02],[107.47,21.1],[107.38,21.1],[107.38,21.02]]]}'
post editor /staff/zones/van-don/edit "${args[@]/#boundary=*/boundary=$new}" "note=Ranh giới mới" action=submit
is "$STATUS" 303 "the editor submits a new boundary"
req=$(location | grep -o '[0-9]*$')
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes it"
is "$(root_sql "SELECT CONCAT(boundary_geojson, ' ', boundary_is_sample) FROM zones WHERE slug = 'van-don'")" "$new 0" \
	"the boundary is stored as entered, no longer sample"
is "$(root_sql "SELECT CONCAT(f.old_value, ' → ', f.new_value) FROM change_log_fields f JOIN change_log c ON c.id = f.change_id WHERE c.request_id = $req AND f.field = 'boundary'")" \
	"MultiPolygon:14 → Polygon:5" "the change history records the boundary's type and size"
wait_fresh
fetch /map
path=$(grep -o '<path class="area band-[0-9][^"]*" data-slug="van-don" d="[^"]*"' "$BODY")
is "$(grep -o 'M' <<<"${path#*d=}" | wc -l) $(grep -c 'sample' <<<"$path")" "1 0" "/map draws the published boundary, one ring, not sample"
start=$(sed 's/.* d="M\([-0-9.]*\) \([-0-9.]*\) L.*/\1 \2/' <<<"$path")
if close_enough "$(echo "van-don 21.02 107.38" | projected "$west" "$south" "$east" "$north")" "van-don $start" >/dev/null; then
	pass "the new boundary starts where its first position projects"
else fail "the new boundary starts where its first position projects"; diag "$start"; fi
fetch /zones.geojson
cp "$BODY" "$T_TMP/zones.geojson"
is "$(geo "const f = d.features.find((f) => f.id === 'van-don/boundary'); console.log(JSON.stringify(f.geometry), f.properties.boundary_is_sample)")" \
	"$new false" "/zones.geojson carries the published boundary"
fetch /zones/van-don/changes
body_has 'Ranh giới.*Nhiều đa giác \(14 điểm\).*Đa giác \(5 điểm\)' "the zone's change history shows the boundary's change"
done_testing

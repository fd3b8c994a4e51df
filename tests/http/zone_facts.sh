#!/usr/bin/env bash
# HTTP: a zone's facts that decide a site (migration 028): the zone page shows each group
# with its date and source and says "not published" for what is missing; the finder's
# filters (rent up to, sector admitted, wastewater at least) narrow the list as SQL does and
# its comparison shows the facts; the API, /zones.csv and the XML (validated against the
# XSD) carry them; a staff edit goes through submit → review side by side → publish and
# appears publicly; bad values are refused naming the field; a publication the database
# refuses writes nothing.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"
XSD=$top_srcdir/htdocs/schema/minhbach-1.xsd

# 1. the zone page: every group, its date and source; a fact missing is "not published"
fetch /zones/cai-lan
is "$STATUS" 200 "a zone with facts answers"
rent=$(root_sql "SELECT TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM rent_amount)) FROM zone_facts f JOIN zones z
	ON z.id = f.zone_id WHERE z.slug = 'cai-lan'")
body_has "<section class=\"zone-facts\"" "the page has the section of the facts"
body_has "<dd>$rent USD/m²/cả thời hạn</dd>" "the rent, its currency and its unit ($rent USD/m²/cả thời hạn)"
body_has 'tính đến 30/09/2026 · Nguồn: Bảng giá cho thuê đất' "the rent's date and source beside it"
body_has '<dd>6.000 m³/ngày đêm</dd>' "the wastewater capacity with its unit"
body_has 'Công nghiệp chế biến, chế tạo, Điện tử, linh kiện điện tử, Logistics' "the sectors admitted by name"
body_has 'Nghị định 218/2013/NĐ-CP' "the incentives' legal basis"
body_has 'href="tel:02035550601"' "the developer's phone to dial"
body_has 'id="facts-h">[^<]*<span class="sample-mark"' "the demo facts marked sample"
body_lacks 'not-published' "a zone with every fact published shows none missing"
fetch /zones/song-khoai
ok "song-khoai: its two incentive facts say 'chưa công bố', with no value" test "$(grep -o 'class="not-published">chưa công bố<' "$BODY" | wc -l)" -eq 2
fetch /zones/van-don
nf=$(grep -o 'class="not-published"' "$BODY" | wc -l)
is "$nf" 17 "a zone with no facts lists all 17, each not published"
body_lacks 'id="facts-h">[^<]*<span class="sample-mark"' "and marks nothing sample"
fetch /en/zones/song-khoai
body_has 'class="not-published">not published<' "the English page says 'not published'"
body_has '<dd>75 USD/m² for the term</dd>' "and writes the rent in English"

# 2. the finder: each filter narrows the list as SQL counts; the rent's rule is said
finder_slugs() { fetch "$1"; grep -o 'id="cmp-[a-z0-9-]*"' "$BODY" | sed 's/id="cmp-//; s/"//' | sort | tr '\n' ' '; }
sql_slugs() {
	root_sql "SELECT z.slug FROM zones z LEFT JOIN zone_facts f ON f.zone_id = z.id
		WHERE z.status <> 'suspended' AND $1 ORDER BY z.slug" | tr '\n' ' '
}
all=$(finder_slugs /finder)
want=$(sql_slugs "f.rent_currency = 'USD' AND f.rent_unit = 'm2_term' AND f.rent_amount <= 80")
got=$(finder_slugs '/finder?max_rent=80')
is "$got" "$want" "max_rent=80: the zones whose rent in USD/m² for the term is at most 80"
ok "which is fewer than all" test "$(wc -w <<<"$got")" -lt "$(wc -w <<<"$all")"
body_has 'Lọc theo giá thuê chỉ tính các khu công bố giá thuê' "the page says zones without a rent (or in another unit) are left out"
ok "a zone whose rent is in VND is left out" test "$(finder_slugs '/finder?max_rent=100000000' | grep -c dong-mai)" = 0
want=$(sql_slugs "FIND_IN_SET('textile', f.sectors_admitted)")
is "$(finder_slugs '/finder?sector=textile')" "$want" "sector=textile: the zones that admit it ($want)"
body_has '<option value="textile" selected>' "the sector shown as chosen"
want=$(sql_slugs "f.wastewater_m3_day >= 5000")
is "$(finder_slugs '/finder?min_wastewater=5000')" "$want" "min_wastewater=5000: the zones treating at least 5,000 m³/day"
want=$(sql_slugs "f.wastewater_m3_day >= 5000 AND FIND_IN_SET('electronics', f.sectors_admitted)
	AND f.rent_currency = 'USD' AND f.rent_unit = 'm2_term' AND f.rent_amount <= 90")
is "$(finder_slugs '/finder?min_wastewater=5000&sector=electronics&max_rent=90')" "$want" "the three together ($want)"
fetch '/finder?max_rent=-5'
is "$STATUS" 400 "a negative rent is refused"
body_has 'max_rent' "naming the field"
n=$(curl -sS "$PORTAL_URL/finder.csv?sector=textile" | tail -n +2 | grep -c . || true)
is "$n" "$(wc -w <<<"$(sql_slugs "FIND_IN_SET('textile', f.sectors_admitted)")")" "/finder.csv keeps the filter"
fetch '/finder?compare=cai-lan&compare=van-don'
body_has "<td data-label=\"Giá thuê\">$rent USD/m²/cả thời hạn" "the comparison shows the rent"
body_has '<td data-label="Giá thuê"><span class="not-published">chưa công bố</span>' "and 'not published' for the zone without one"
body_has '<th scope="row">Xử lý nước thải</th>' "with the wastewater row"
fetch '/en/finder?compare=song-khoai'
body_has '<dt>Wastewater treatment</dt><dd>10,000 m³/day' "one zone's card has the facts"

# 3. the API, the CSV and the XML
j=$(curl -sS "$PORTAL_URL/api/v1/zones/cai-lan")
is "$(jq -r '.facts.rent.amount' <<<"$j")" "$rent" "API: facts.rent.amount"
is "$(jq -r '.facts.rent.currency + " " + .facts.rent_unit.code' <<<"$j")" "USD m2_term" "API: its currency and unit"
is "$(jq -c '.facts.sectors_admitted' <<<"$j")" '["electronics","logistics","manufacturing"]' "API: the sectors' codes as an array"
is "$(jq -r '.facts.wastewater_m3_day, .facts.infra_as_of' <<<"$j" | tr '\n' ' ')" "6000 2026-06-30 " "API: wastewater and its date"
is "$(curl -sS "$PORTAL_URL/api/v1/zones/van-don" | jq -c '[.facts.rent, .facts.wastewater_m3_day]')" '[null,null]' \
	"API: a fact not published is null"
curl -sS -o "$T_TMP/zones.csv" "$PORTAL_URL/zones.csv"
head -1 "$T_TMP/zones.csv" | tr -d '\r\357\273\277' >"$T_TMP/head"
ok "/zones.csv has the facts' columns" grep -q ',facts_rent,facts_rent_currency,facts_rent_unit,' "$T_TMP/head"
csv_cell() { # csv_cell SLUG COLUMN: a cell of /zones.csv
	python3 -c 'import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
print(next(r[sys.argv[3]] for r in rows if r["slug"] == sys.argv[2]))' "$T_TMP/zones.csv" "$1" "$2"
}
is "$(csv_cell cai-lan facts_wastewater_m3_day)" 6000.00 "and cai-lan's wastewater capacity"
is "$(csv_cell cai-lan facts_sectors_admitted)" electronics,logistics,manufacturing "and the sectors it admits"
is "$(csv_cell van-don facts_rent)" "" "a rent not published is an empty cell"
curl -sS -o "$T_TMP/all.xml" "$PORTAL_URL/data/minhbach.xml"
ok "/data/minhbach.xml validates against the XSD with the facts" xmllint --noout --schema "$XSD" "$T_TMP/all.xml"
is "$(grep -c '<facts sample=' "$T_TMP/all.xml")" "$(root_sql "SELECT COUNT(*) FROM zone_facts")" "one <facts> a zone that has them"
ok "cai-lan's rent in the XML" grep -q "<rent_amount>$rent.00</rent_amount>" "$T_TMP/all.xml"
curl -sS -o "$T_TMP/zones.xml" "$PORTAL_URL/zones.xml?kind=kcn"
ok "/zones.xml validates too" xmllint --noout --schema "$XSD" "$T_TMP/zones.xml"
sed 's#<wastewater_m3_day>6000.00#<wastewater_m3_day>-1#' "$T_TMP/all.xml" >"$T_TMP/bad.xml"
ok "the XSD refuses a negative capacity" bash -c "! xmllint --noout --schema '$XSD' '$T_TMP/bad.xml' 2>/dev/null"

# 4. staff: bad values refused beside their fields, nothing saved
zone=viet-hung
zid=$(root_sql "SELECT id FROM zones WHERE slug = '$zone'")
requests() { root_sql "SELECT COUNT(*) FROM change_requests WHERE entity = 'zone_facts' AND entity_id = $zid"; }
login editor2
as editor2 "/staff/zones/$zone/facts"
is "$STATUS" 200 "the facts form of a zone of the board"
body_has '<select id="f-sectors_admitted" name="sectors_admitted" multiple' "sectors are a choice of several"
body_has '<select id="f-rent_unit" name="rent_unit">' "the rent's unit is a choice"
good=(version=0 rent_amount=60 rent_currency=USD rent_unit=m2_term rent_term_end=2060-12-31
	rent_as_of=2026-11-30 "rent_source=Bảng giá 2026" wastewater_m3_day=8000 water_m3_day=15000
	power_capacity=90 power_unit=MVA infra_as_of=2026-11-30 "infra_source=Báo cáo hạ tầng"
	sectors_admitted=textile sectors_admitted=electronics sectors_as_of=2026-11-30
	"sectors_source=Quy hoạch" "note=Công bố thông tin chọn địa điểm")
post editor2 "/staff/zones/$zone/facts" "${good[@]/wastewater_m3_day=8000/wastewater_m3_day=-3}" action=submit
is "$STATUS" 400 "a negative wastewater capacity is refused"
body_has 'id="f-wastewater_m3_day-err"' "beside the wastewater field"
post editor2 "/staff/zones/$zone/facts" "${good[@]/sectors_admitted=textile/sectors_admitted=cement}" action=submit
is "$STATUS" 400 "an unknown sector code is refused"
body_has 'id="f-sectors_admitted-err">Không có trong danh mục' "beside the sectors field, saying why"
post editor2 "/staff/zones/$zone/facts" "${good[@]/rent_source=Bảng giá 2026/rent_source=}" action=submit
body_has 'id="f-rent_source-err">Thông tin công bố cần có ngày và nguồn' "a fact without its source is refused"
is "$(requests)" 0 "nothing was saved"

# 5. submit → the reviewer's side-by-side page → publish → public
post editor2 "/staff/zones/$zone/facts" "${good[@]}" action=submit
is "$STATUS" 303 "good facts are submitted"
req=$(location | sed 's/.*changes\///')
login reviewer2
as reviewer2 "/staff/changes/$req"
body_has 'Xử lý nước thải \(m³/ngày đêm\)' "the reviewer sees the fields by their labels"
body_has 'Dệt may, sợi' "the sectors by their names"
body_has 'mỗi m² cho cả thời hạn' "and the coded unit by its label"
post reviewer2 "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes"
is "$(root_sql "SELECT CONCAT_WS(' ', rent_amount, sectors_admitted, wastewater_m3_day, is_sample, version)
	FROM zone_facts WHERE zone_id = $zid")" "60.00 electronics,textile 8000.00 0 1" "stored: sectors sorted, not sample, version 1"
wait_fresh
fetch "/zones/$zone"
body_has '<dd>60 USD/m²/cả thời hạn</dd>' "the zone page shows the published rent"
body_has 'tính đến 30/11/2026 · Nguồn: Bảng giá 2026' "with its date and source"
body_has 'class="not-published">chưa công bố<' "and what was not published as such"
body_lacks 'id="facts-h">[^<]*<span class="sample-mark"' "published facts are not sample"
is "$(curl -sS "$PORTAL_URL/api/v1/zones/$zone" | jq -c '.facts.sectors_admitted')" '["electronics","textile"]' "the API has them"
fetch "/zones/$zone/changes"
body_has 'Cập nhật thông tin chọn địa điểm' "the zone's change history lists the update"
body_has 'Xử lý nước thải' "field by field"
is "$(finder_slugs '/finder?min_wastewater=8000' | grep -c "$zone")" 1 "the finder's filter finds it"

# 6. a publication the database refuses (a sector removed meanwhile) writes nothing
zone=hoang-que
zid=$(root_sql "SELECT id FROM zones WHERE slug = '$zone'")
root_sql "INSERT INTO sectors (code, name, name_en) VALUES ('zz-test', 'Ngành thử', 'Test sector')"
login editor2
post editor2 "/staff/zones/$zone/facts" version=0 sectors_admitted=zz-test sectors_as_of=2026-11-30 \
	"sectors_source=Thử" "note=Thử" action=submit
is "$STATUS" 303 "a sector from the list is submitted"
req=$(location | sed 's/.*changes\///')
root_sql "DELETE FROM sectors WHERE code = 'zz-test'"
changes=$(root_sql "SELECT COUNT(*) FROM change_log")
gen=$(root_sql "SELECT generation FROM data_generation")
login reviewer2
post reviewer2 "/staff/changes/$req/publish"
is "$STATUS" 409 "the publication breaks the sectors' rule"
body_has 'Trường cần sửa: <strong>Ngành nghề thu hút</strong> \(<code>sectors_admitted</code>\)' "the refusal names the field"
is "$(root_sql "SELECT COUNT(*) FROM zone_facts WHERE zone_id = $zid")" 0 "no facts row was added"
is "$(root_sql "SELECT COUNT(*) FROM change_log")" "$changes" "no change history was written"
is "$(root_sql "SELECT generation FROM data_generation")" "$gen" "the data generation did not move"
is "$(root_sql "SELECT state FROM change_requests WHERE id = $req")" submitted "the request stays submitted"

done_testing

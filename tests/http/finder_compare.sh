#!/usr/bin/env bash
# HTTP: the finder's comparison — more than three ticked zones stay ticked and the page says
# which were not compared and why; one ticked zone is shown as its card.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

# the four zones with the most land available, as the finder lists them first
mapfile -t z < <(root_sql "SELECT slug FROM zones WHERE status <> 'suspended' ORDER BY leasable_ha - leased_ha DESC, name LIMIT 5")
q="compare=${z[0]}&compare=${z[1]}&compare=${z[2]}&compare=${z[3]}"
fourth=$(root_sql "SELECT name FROM zones WHERE slug = '${z[3]}'")
fourth_en=$(root_sql "SELECT COALESCE(name_en, name) FROM zones WHERE slug = '${z[3]}'")

fetch "/finder?$q"
is "$STATUS" 200 "four ticked zones answer 200"
is "$(grep -o 'name="compare" value="[^"]*" id="[^"]*" checked' "$BODY" | wc -l)" 4 "all four stay ticked"
is "$(grep -o '<th scope="col"><a href="/zones/' "$BODY" | wc -l)" 3 "the first three are compared"
body_has "class=\"notice\" role=\"status\">Chỉ so sánh được tối đa ba khu" "the limit is explained"
body_has "Chưa so sánh: *<strong>$fourth</strong>" "naming the zone left out ($fourth)"
fetch "/en/finder?$q"
body_has "At most three zones can be compared at once" "in English too"
body_has "Not compared: *<strong>$fourth_en</strong>" "naming it in English ($fourth_en)"
fetch "/finder?$q&compare=${z[4]}&min_ha=0"
is "$(grep -o 'name="compare" value="[^"]*" id="[^"]*" checked' "$BODY" | wc -l)" 5 "a fifth stays ticked as well"

fetch "/finder?compare=${z[0]}&compare=${z[1]}"
is "$(grep -o '<th scope="col"><a href="/zones/' "$BODY" | wc -l)" 2 "two zones side by side"
body_lacks 'class="notice" role="status"' "without a limit notice"

name=$(root_sql "SELECT name FROM zones WHERE slug = '${z[0]}'")
fetch "/finder?compare=${z[0]}"
is "$STATUS" 200 "one ticked zone answers 200"
body_lacks '<table class="data compare' "is not a one-column table"
body_has "<div class=\"card zone-card\"><h2 id=\"cmp-h\"><a href=\"/zones/${z[0]}\">$name</a>" "but the zone's card"
body_has '<dt>Còn trống</dt><dd>[0-9]' "with its figures"
body_has 'Đánh dấu thêm một hoặc hai khu' "and how to compare it"

many=$(for i in $(seq 1 33); do printf 'compare=z%d&' "$i"; done)
fetch "/finder?${many%&}"
is "$STATUS" 400 "more values than any form sends is still 400"

done_testing

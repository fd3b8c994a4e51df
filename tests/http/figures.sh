#!/usr/bin/env bash
# HTTP: a figure reads the same on every page that shows it (lib/format.c, one rule per
# kind): every zone's fill rate on /zones, on its page and in its history for the same
# date, in both languages; areas keep the two decimals the data has.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

# xp PATH XPATH: the text of the nodes the XPath selects on the page, one line each
xp() {
	fetch "$1"
	xmllint --html --xpath "$2" "$BODY" 2>/dev/null | sed -E 's/<[^>]*>//g'
}

for lang in "" /en; do
	bad="" n=0
	while read -r slug as_of; do
		dir=$(xp "$lang/zones" "//tr[th/a[@href='$lang/zones/$slug']]/td[6]" | grep -Eo '[0-9.,]+ %' | head -1)
		big=$(xp "$lang/zones/$slug" "//p[@class='big']" | grep -Eo '[0-9.,]+ %')
		date=$(xp "$lang/zones/$slug" "//table[contains(@class, 'data')]/tbody/tr[last()]/th")
		hist=$(xp "$lang/zones/$slug" "//table[contains(@class, 'data')]/tbody/tr[last()]/td[3]")
		n=$((n + 1))
		[ -n "$big" ] && [ "$dir" = "$big" ] && [ "$hist" = "$big" ] ||
			bad="$bad $slug: /zones $dir, page $big, history ($date) $hist;"
	done < <(root_sql "SELECT z.slug, z.occupancy_as_of FROM zones z WHERE z.leasable_ha > 0
		AND EXISTS (SELECT 1 FROM occupancy_snapshots o WHERE o.zone_id = z.id AND o.as_of = z.occupancy_as_of)
		AND z.occupancy_as_of = (SELECT MAX(o.as_of) FROM occupancy_snapshots o WHERE o.zone_id = z.id)")
	is "$bad" "" "${lang:-/vi}: the fill rate of each of $n zones is the same on /zones, its page and its history"
done
fetch /zones/cai-lan
body_has '<td class="num"[^>]*>196,8 ha</td><td class="num"[^>]*>214,5 ha</td><td class="num"[^>]*>91,7 %</td>' \
	"Cái Lân: 196,8 of 214,5 ha is 91,7 % in its history (as on /zones)"

read -r pid land < <(root_sql "SELECT id, land_ha FROM projects WHERE land_ha < 1000
	AND land_ha * 10 <> FLOOR(land_ha * 10) ORDER BY id LIMIT 1")
fetch "/projects/$pid"
body_has "${land/./,} ha" "project $pid's $land ha keep their two decimals"
fetch "/en/projects/$pid"
body_has "$land ha" "in English too"

done_testing

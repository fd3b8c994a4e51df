#!/usr/bin/env bash
# HTTP: a zone's projects are one thing everywhere (an economic zone includes its
# industrial parks). For every zone, in both languages, every count that links to the
# registry on /zones and /zones/<slug> equals the total of the registry page it links to;
# the zone's count equals the API's and the CSV's; its change page lists exactly the
# changes its Atom feed lists.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

# links PATH: "href<TAB>count" for each link to the registry with a zone on the page
links() {
	fetch "$1"
	xmllint --html --xpath '//a[contains(@href, "projects?zone=")]' "$BODY" 2>/dev/null |
		sed -E 's/^<a href="([^"]*)">(.*)<\/a>$/\1\t\2/; s/&amp;/\&/g' |
		awk -F'\t' '{ c = $2
			if (match(c, /class="count">[0-9.,]+/)) c = substr(c, RSTART + 14, RLENGTH - 14)
			else if (match(c, /\([0-9.,]+\)/)) c = substr(c, RSTART + 1, RLENGTH - 2)
			gsub(/[^0-9]/, "", c); print $1 "\t" c }'
}

# registry_total PATH: the total the registry page states
registry_total() {
	fetch "$1"
	xmllint --html --xpath 'string(//p[@class = "count"]/strong[1])' "$BODY" 2>/dev/null | tr -dc '0-9'
}

slugs=$(root_sql "SELECT slug FROM zones ORDER BY id")
nzones=$(wc -w <<<"$slugs")

for lang in "" /en; do
	checked=0 bad=""
	for page in /zones $(printf "/zones/%s " $slugs); do
		while IFS=$'\t' read -r href count; do
			[ -n "$href" ] || continue
			got=$(registry_total "$href")
			checked=$((checked + 1))
			[ "$got" = "$count" ] || bad="$bad $lang$page: $href says $count, shows $got;"
		done < <(links "$lang$page")
	done
	is "$bad" "" "${lang:-/vi}: every count link on /zones and the $nzones zone pages equals the registry total it links to ($checked links)"
	[ "$checked" -gt "$nzones" ] || fail "${lang:-/vi}: the pages have count links ($checked)"
done

# the overdue counts: every zone's (checked with the links above: /projects?zone=…&overdue=1
# on /zones and each zone page) and the home page's, each equal to the registry it links to
for lang in "" /en; do
	n=$(links "$lang/zones" | grep -c 'overdue=1')
	is "$n" "$nzones" "${lang:-/vi}: /zones links each zone's overdue count to the registry ($n)"
	fetch "$lang/"
	home=$(xmllint --html --xpath "string(//a[@href = '$lang/projects?overdue=1']/span[@class = 'count'])" "$BODY" 2>/dev/null | tr -dc '0-9')
	is "$home" "$(registry_total "$lang/projects?overdue=1")" "${lang:-/vi}: the home page's overdue count equals the registry's overdue=1 ($home)"
done
is "$(curl -sS "$PORTAL_URL/api/v1/zones" | jq -r '.items[] | "\(.slug)\t\(.overdue_projects)"' | sort)" \
	"$(for s in $slugs; do printf '%s\t%s\n' "$s" "$(curl -sS "$PORTAL_URL/api/v1/projects?zone=$s&overdue=1&limit=1" | jq -r .total)"; done | sort)" \
	"/api/v1/zones counts each zone's overdue projects as the registry's API"

# the registry's count of a KKT includes its parks, and the zone page says what is its own
kkt=$(root_sql "SELECT p.slug FROM zones p WHERE EXISTS (SELECT 1 FROM zones c WHERE c.parent_id = p.id
	AND EXISTS (SELECT 1 FROM projects x WHERE x.zone_id = c.id)) LIMIT 1")
want=$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id
	LEFT JOIN zones pz ON pz.id = z.parent_id WHERE z.slug = '$kkt' OR pz.slug = '$kkt'")
own=$(root_sql "SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id WHERE z.slug = '$kkt'")
is "$(links /zones | awk -F'\t' -v s="/projects?zone=$kkt" '$1 == s { print $2 }')" "$want" \
	"/zones counts $kkt's projects with its parks' ($want)"
fetch "/en/zones/$kkt"
body_has "own share \(outside its industrial parks\): $own projects" "its page states its own share ($own)"

# the API and the CSV count the same
api=$(curl -sS "$PORTAL_URL/api/v1/zones" | jq -r '.items[] | "\(.slug)\t\(.projects)"' | sort)
reg=""
for s in $slugs; do
	reg="$reg$s	$(curl -sS "$PORTAL_URL/api/v1/projects?zone=$s&limit=1" | jq -r .total)
"
done
is "$api" "$(sort <<<"${reg%$'\n'}")" "/api/v1/zones counts each zone's projects as the registry's API"
csv=$(curl -sS "$PORTAL_URL/zones.csv?kind=kkt" | sed '1s/^\xef\xbb\xbf//' | awk -v FPAT='([^,]*)|("([^"]|"")*")' '
	NR == 1 { for (i = 1; i <= NF; i++) if ($i == "projects") c = i; next } { print $1 "\t" $c }' | sort)
is "$csv" "$(grep -F "$(root_sql "SELECT slug FROM zones WHERE kind = 'kkt'")" <<<"$api")" \
	"/zones.csv counts the economic zones' projects as the API"

# a zone's change page and its feed list the same changes
bad=""
for s in $slugs; do
	fetch "/zones/$s/changes"
	page=$(grep -Eo 'id="change-[0-9]+"' "$BODY" | tr -dc '0-9\n' | sort -n)
	fetch "/feeds/zones/$s.atom"
	feed=$(grep -Eo '<id>[^<]*#change-[0-9]+</id>' "$BODY" | sed -E 's/.*change-([0-9]+).*/\1/' | sort -n)
	[ "$page" = "$feed" ] || bad="$bad $s;"
done
is "$bad" "" "every zone's change page lists the changes of its Atom feed"
fetch "/zones/$kkt/changes"
child_change=$(root_sql "SELECT MAX(c.id) FROM change_log c JOIN projects p ON c.entity = 'project' AND p.id = c.entity_id
	JOIN zones z ON z.id = p.zone_id JOIN zones pz ON pz.id = z.parent_id WHERE pz.slug = '$kkt'")
if [ "$child_change" != NULL ]; then
	body_has "id=\"change-$child_change\"" "$kkt's change page lists a change of a project in its parks"
fi

done_testing

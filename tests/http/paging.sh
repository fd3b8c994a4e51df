#!/usr/bin/env bash
# HTTP: keyset pages of the API (one row more than a page, then the cursor): following
# "next" lists every change and every project once, in order, as MariaDB says.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

json() { node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(eval(process.argv[2]))' "$BODY" "$1"; }

# walk URL FIELD: every page's items' FIELD, following next (at most 200 pages)
walk() {
	local url=$1 seen="" n=0
	while [ -n "$url" ] && [ "$url" != null ] && [ $n -lt 200 ]; do
		fetch "${url#"$PORTAL_PUBLIC_ORIGIN"}"
		seen="$seen$(json "d.items.map(i => i.$2).join(' ')") "
		url=$(json 'd.next')
		url=${url#http*://*/}
		[ "$url" = null ] || url="/$url"
		n=$((n + 1))
	done
	echo "$seen" | tr -s ' ' | sed 's/^ //; s/ $//'
	echo "$n" >"$BODY.pages"
}

want=$(root_sql "SELECT id FROM change_log ORDER BY id DESC" | tr '\n' ' ' | sed 's/ $//')
got=$(walk "/api/v1/changes?limit=4" id)
is "$got" "$want" "/api/v1/changes by 4: every change once, newest first"
ok "over several pages" test "$(cat "$BODY.pages")" -gt 1
fetch "/api/v1/changes?limit=4"
is "$(json 'd.next' | sed 's/.*before=//')" "$(root_sql "SELECT id FROM change_log ORDER BY id DESC LIMIT 1 OFFSET 3")" \
	"the next page starts before the page's last change"

want=$(root_sql "SELECT id FROM projects ORDER BY registered_usd DESC, id DESC" | tr '\n' ' ' | sed 's/ $//')
got=$(walk "/api/v1/projects?sort=capital_desc&limit=37" id)
is "$got" "$want" "/api/v1/projects by 37, by capital: every project once, in order"
fetch "/api/v1/projects?status=revoked&limit=1000"
is "$(json 'd.next')" null "a page that holds every row has no next"

done_testing

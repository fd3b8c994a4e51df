#!/usr/bin/env bash
# A public page is a function of the data (its generation), its language and the UTC day:
# rendered twice with every cache bypassed it is the same bytes with the same ETag. The
# workers' page cache, nginx's, a browser's If-None-Match and a restore (tests/http/backup.sh)
# all rest on it; a page that writes the time, a random number or a fresh token into itself
# breaks them. The pages are found, not listed: every URL of the sitemap and every link of
# the site's own pages, up to two of each kind (its first path segment, its depth, the names
# of its query's parameters), in both languages.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/load.sh"

cleanup() {
	load_server_stop >/dev/null 2>&1 || true
	rm -rf "$T_TMP"
}
trap cleanup EXIT
load_server_start

# hrefs FILE: the site's own paths linked or listed in FILE (no static files, no staff pages)
hrefs() {
	grep -oE '(href|action)="[^"#]*"|<loc>[^<]*</loc>' "$1" |
		sed -E 's/^(href|action)="//; s/"$//; s/^<loc>//; s/<\/loc>$//; s/&amp;/\&/g' |
		sed -E "s#^https?://[^/]*##" | grep -E '^/' |
		grep -vE '^/(en/)?(static|staff)(/|$)|^//|\.(css|js|png|svg|ico|woff2?)$' || true
}

pid=$(root_sql "SELECT id FROM projects ORDER BY id LIMIT 1")
z2=$(root_sql "SELECT slug FROM zones WHERE slug <> 'van-don' ORDER BY id LIMIT 1")
seeds=(/ /en/ /data /api /zones/van-don "/projects/$pid" "/finder?compare=van-don&compare=$z2"
	/sitemap.xml "/projects?q=van+don" /zones/van-don/inquiry /alerts /announcements /indices)
printf '%s\n' "${seeds[@]}" >"$T_TMP/found"
for s in "${seeds[@]}"; do
	fetch "$s"
	hrefs "$BODY" >>"$T_TMP/found"
done
# the sitemap's parts (listed by /sitemap.xml, a seed)
for part in $(grep '^/sitemaps/' "$T_TMP/found" | sort -u); do
	fetch "$part"
	hrefs "$BODY" | head -2000 >>"$T_TMP/found"
done
# the seeds, then up to two of each kind: first segment (after /en), depth, the query's
# parameter names
awk -v seeds="${#seeds[@]}" '{
	u = $0; q = ""
	if ((i = index(u, "?")) > 0) { q = substr(u, i + 1); u = substr(u, 1, i - 1) }
	p = u; sub(/^\/en(\/|$)/, "/", p)
	n = split(p, seg, "/")
	names = ""
	m = split(q, kv, "&")
	for (j = 1; j <= m; j++) { split(kv[j], a, "="); names = names "," a[1] }
	k = seg[2] " " n " " names (u ~ /^\/en(\/|$)/ ? " en" : "")
	if ((seen[k]++ < 2 || NR <= seeds) && !dup[$0]++) print
}' "$T_TMP/found" >"$T_TMP/pages"
n=$(wc -l <"$T_TMP/pages")
ok "the site's pages and links give at least 60 pages of different kinds ($n)" test "$n" -ge 60

# get URL OUT: the page from the server with every cache bypassed; OUT.h its headers
get() {
	curl -sS -o "$2" -D "$2.h" "$LOAD_URL$1"
	sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' "$2.h" | tr -d '\r' >"$2.etag"
	sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' "$2.h"
}
# all of them once, then (a second later at least: a page that writes the time in seconds
# shows it) all of them again
pass_over() {
	local i=0 p
	while read -r p; do
		i=$((i + 1))
		get "$p" "$T_TMP/$1$i" >"$T_TMP/$1$i.status"
	done <"$T_TMP/pages"
}
pass_over a
sleep 1.1
pass_over b
differ=() i=0 rendered=0
while read -r p; do
	i=$((i + 1))
	s1=$(cat "$T_TMP/a$i.status") s2=$(cat "$T_TMP/b$i.status")
	[ "$s1" = 200 ] && rendered=$((rendered + 1))
	if [ "$s1" != "$s2" ] || ! cmp -s "$T_TMP/a$i" "$T_TMP/b$i" || ! cmp -s "$T_TMP/a$i.etag" "$T_TMP/b$i.etag"; then
		differ+=("$p ($s1/$s2)")
		diag "$p: $(diff <(tr '>' '\n' <"$T_TMP/a$i") <(tr '>' '\n' <"$T_TMP/b$i") | head -6)"
	fi
done <"$T_TMP/pages"
ok "most of them answer 200 ($rendered of $n)" test "$rendered" -ge $((n * 9 / 10))
is "$(printf '%s\n' "${differ[@]}")" "" \
	"every one, rendered twice with every cache bypassed, is the same bytes with the same ETag"
ok "the zone page, with its inquiry form, is among them" grep -qx /zones/van-don "$T_TMP/pages"
done_testing

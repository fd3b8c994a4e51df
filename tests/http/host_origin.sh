#!/usr/bin/env bash
# HTTP: absolute URLs come from public_origin, never from the request. Requests for a foreign
# host (Host header or absolute request target, X-Forwarded-*) are refused by nginx, and
# plain requests made after them get only the configured origin in feeds, API, sitemaps,
# OC4IDS. A long URL leaves no "not enough for cache key" in nginx's log; a longer one is 414.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

origin=$(sed -n 's/^public_origin *= *//p' "$PORTAL_INSTANCE_DIR/etc/minhbach-public.conf")
is "$origin" "$PORTAL_URL" "./portal configures public_origin as the instance's address"
paths="/feeds/changes.atom /en/feeds/changes.atom /feeds/projects/1.atom /api/v1 /api/v1/projects
/api/v1/projects/1 /api/v1/zones /api/v1/changes /sitemap.xml /sitemaps/pages.xml
/sitemaps/projects-1.xml /data/oc4ids.json /api /zones/van-don /projects/1 /data"

# forged requests, each twice (nginx keeps a page from its second request)
for path in $paths; do
	for _ in 1 2; do
		fetch "$path" -H "Host: evil.example"
		s1=$STATUS
		fetch "$path" --request-target "http://evil.example$path"
		s2=$STATUS
		fetch "$path" -H "X-Forwarded-Host: evil.example" -H "X-Forwarded-Proto: https" \
			-H "Forwarded: host=evil.example"
		s3=$STATUS
	done
	is "$s1 $s2" "421 421" "$path: a foreign Host and an absolute target are refused (421)"
	ok "$path: X-Forwarded-* change nothing" bash -c "! grep -qE 'https?://evil\.example/(projects|zones|feeds|api|sitemaps|data|en)' '$BODY'"
done

# then plain requests: only the configured origin
for path in $paths; do
	fetch "$path"
	is "$STATUS" 200 "$path answers 200"
	ok "$path names no foreign host" bash -c "! grep -qE 'https?://evil\.example/(projects|zones|feeds|api|sitemaps|data|en)' '$BODY'"
	if grep -qE 'https?://(127\.0\.0\.1|localhost)' "$BODY"; then
		others=$(grep -oE 'https?://(127\.0\.0\.1|localhost)(:[0-9]+)?' "$BODY" | sort -u | grep -vxF "$origin" || true)
		is "$others" "" "$path: every absolute link starts with $origin"
	fi
done
fetch /feeds/changes.atom
ok "the feed's id is made of the origin" grep -qF "<id>$origin/feeds/changes.atom</id>" "$BODY"
fetch /sitemap.xml
ok "the sitemap's entries are made of the origin" grep -qF "<loc>$origin/sitemaps/pages.xml</loc>" "$BODY"
fetch /api/v1/projects/1
ok "the API's url is made of the origin" grep -qF "\"$origin/projects/1\"" "$BODY"
fetch /data/oc4ids.json
ok "OC4IDS' uri is made of the origin" grep -qF "\"uri\":\"$origin/data/oc4ids.json\"" "$BODY"

# an HTTP/1.0 request without Host, and a foreign one, reach no page
fetch / -H "Host:" --http1.0
is "$STATUS" 421 "a request without a Host is refused too"

# long URLs: up to nginx's limit the cache key fits; beyond it a 414
log=$PORTAL_INSTANCE_DIR/log/nginx-error.log
before=$(grep -c 'not enough for cache key' "$log" || true)
long=$(head -c 7000 /dev/zero | tr '\0' 'a')
fetch "/zones/$long"
is "$STATUS" 404 "a 7,000-byte path answers 404"
fetch "/zones/$long"
fetch "/projects?q=$long"
is "$STATUS" 400 "a 7,000-byte query answers 400"
is "$(grep -c 'not enough for cache key' "$log" || true)" "$before" "nginx logs no \"not enough for cache key\""
fetch "/zones/$long$long"
is "$STATUS" 414 "a 14,000-byte path answers 414"
done_testing

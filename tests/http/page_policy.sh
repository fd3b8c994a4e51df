#!/usr/bin/env bash
# HTTP: every HTML page, public and staff, error pages and pages from the caches alike,
# carries exactly one Content-Security-Policy (no inline script or style, nothing from
# elsewhere, no framing) and one X-Frame-Options; a document keeps its own sandbox; the
# pages' markup holds no inline style, script or handler.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

count() { grep -ic "^$1:" "$HEADERS" || true; }
csp() { sed -n 's/^content-security-policy: *//Ip' "$HEADERS" | tr -d '\r'; }
# policy PATH DESCRIPTION [as USER]
check_page() {
	local path=$1 want=$2 user=${3:-}
	if [ -n "$user" ]; then as "$user" "$path"; else fetch "$path"; fi
	local p
	p=$(csp)
	is "$STATUS $(count content-security-policy) $(count x-frame-options)" "$want 1 1" \
		"$path${user:+ (as $user)}: $want, one CSP and one X-Frame-Options"
	for d in "default-src 'self'" "object-src 'none'" "base-uri 'none'" "form-action 'self'" \
		"frame-ancestors 'none'"; do
		case "; $p;" in *"; $d;"*) ;; *) fail "$path: the policy has $d"; diag "$p"; return ;; esac
	done
	case "$p" in *unsafe-inline*|*unsafe-eval*|*'*'*) fail "$path: nothing unsafe in the policy"; return ;; esac
	pass "$path: the policy has every directive, nothing unsafe"
}

# public pages, twice each: the second comes from the caches (nginx, the worker's)
for path in / /zones /zones/van-don /zones/cai-lan/changes /projects "/projects?q=van+don" \
	/projects/1 /projects/1/changes /changes /targets /indices /indices/pci \
	"/finder?compare=van-don&compare=cai-lan" /data /api /map /en/map /en/ /en/projects/1; do
	check_page "$path" 200
	check_page "$path" 200
done
check_page /no-such-page 404
check_page "/zones?kind=bad" 400
check_page /en/no-such-page 404
# staff pages
check_page /staff/login 200
check_page /en/staff/login 200
check_page /staff/no-such-page 404
login admin
check_page /staff/ 200 admin
check_page /staff/users 200 admin
check_page /staff/audit 200 admin
check_page /staff/password 200 admin
check_page /staff/no-such-page 404 admin
login editor
vd=$(root_sql "SELECT MIN(p.id) FROM projects p JOIN zones z ON z.id = p.zone_id WHERE z.slug = 'van-don'")
check_page /staff/zones/van-don/edit 200 editor
check_page "/staff/projects/$vd/edit" 200 editor
check_page "/staff/projects/$vd/status" 200 editor
check_page /staff/import 200 editor
check_page /en/staff/ 200 editor
check_page /staff/users 403 editor

# other types carry no page policy; a document keeps its own sandbox, alone
fetch /projects.json
is "$(count content-security-policy)" 0 "JSON carries no page policy"
doc=$(root_sql "SELECT MIN(id) FROM legal_documents WHERE file_id IS NOT NULL")
if [ -n "$doc" ] && [ "$doc" != NULL ]; then
	fetch "/documents/$doc"
	is "$(count content-security-policy) $(csp)" "1 sandbox; default-src 'none'" \
		"/documents/$doc keeps its own sandboxed policy, once"
fi

# the pages' markup (the public pages' literals in C, the staff templates) gives the policy
# nothing to refuse
M="$top_srcdir/templates $top_srcdir/cgi-bin/public"
ok "the public pages' markup is where this looks" grep -rqE 'H\(h, "<' "$top_srcdir/cgi-bin/public"
is "$(grep -rlE ' style=|<style| on[a-z]+=\\?"' $M || true)" "" "no inline style or handler in the pages' markup"
is "$(grep -rE '<script' $M | grep -vE 'type=\\?"application/ld\+json|<script src=\\?"/static/' || true)" "" \
	"no script in the pages' markup but JSON-LD data blocks and the site's own files"
done_testing

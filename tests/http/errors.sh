#!/usr/bin/env bash
# HTTP: the error pages — 400 naming the field, 404, 405 — in the user's language.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

fetch '/zones?kind=factory'
is "$STATUS" 400 "a bad filter value is 400"
body_has 'kind' "the page names the field"
body_has 'không phải là một giá trị được chấp nhận' "and says why, in Vietnamese"

fetch '/en/zones?min_ha=abc'
is "$STATUS" 400 "a bad number is 400"
body_has 'min_ha' "naming the field"
body_has 'must be a non-negative number' "and why, in English"

fetch '/zones?min_ha=1&min_ha=2'
is "$STATUS" 400 "a repeated single-value parameter is 400"

fetch '/zones?kind=%ZZ'
is "$STATUS" 400 "a broken percent-escape is 400"

fetch '/zones?q=%C3%28'
is "$STATUS" 400 "invalid UTF-8 in the query is 400"

fetch /no-such-page
is "$STATUS" 404 "an unknown page is 404"
body_has 'Không tìm thấy trang' "with a Vietnamese message"
fetch /en/no-such-page
is "$STATUS" 404 "an unknown English page is 404"
body_has 'Page not found' "with an English message"

fetch /zones -X POST -d 'x=1'
is "$STATUS" 405 "POST to a read-only page is 405"
header_has '^allow: GET, HEAD' "with an Allow header"

fetch /zones -X DELETE
is "$STATUS" 405 "DELETE is 405"

# a body over the public pages' 16 KB: nginx refuses it with a page in both languages
head -c 20000 /dev/zero | tr '\0' a >"$T_TMP/big"
fetch /zones/van-don/inquiry -X POST -H "Origin: $PORTAL_URL" --data-binary "@$T_TMP/big"
is "$STATUS" 413 "a 20 KB form to the inquiry page is refused (413)"
body_has 'Dữ liệu gửi lên quá lớn' "saying what was wrong, in Vietnamese"
body_has 'What you sent is too large' "and in English"
header_has '^cache-control: no-store' "kept by no cache"

fetch /staff/login
is "$STATUS" 200 "the staff program answers its login page"
body_has 'name="password"' "with a password field"
fetch /en/staff/login
body_has 'Staff sign-in' "in English too"

# requests nginx itself cannot read: its refusals say what was wrong in both languages too
long=$(head -c 14000 /dev/zero | tr '\0' a)
fetch "/zones/$long"
is "$STATUS" 414 "a 14,000-byte address is refused (414)"
body_has 'Địa chỉ quá dài' "saying what was wrong, in Vietnamese"
body_has 'The address is too long' "and in English"
header_has '^cache-control: no-store' "kept by no cache"
fetch "/en/projects?q=$long"
is "$STATUS" 414 "a 14,000-byte query too"
fetch /zones -H "X-Padding: $(head -c 10000 /dev/zero | tr '\0' b)"
is "$STATUS" 400 "a 10,000-byte header is refused (400)"
body_has 'Yêu cầu không đọc được' "saying so in Vietnamese"
body_has 'The request could not be read' "and in English"
fetch /zones -H 'Host: other.example' -H "X-Padding: $(head -c 10000 /dev/zero | tr '\0' b)"
is "$STATUS" 400 "the same header with another host: the same page ($STATUS)"
body_has 'The request could not be read' "… from the server that refuses other hosts"
fetch /zones -H 'Host: other.example'
is "$STATUS" 421 "that server still refuses another host (421)"
fetch /minhbach-400.html
is "$STATUS" 404 "the refusal pages are not pages of the site"

# the script tag in a parameter never comes back as markup
fetch '/zones?kind=%3Cscript%3Ealert(1)%3C/script%3E'
is "$STATUS" 400 "markup in a parameter is refused"
body_lacks '<script>alert' "and not echoed as markup"
body_lacks 'Yêu cầu không đọc được' "with the program's own page, not the web server's"

done_testing

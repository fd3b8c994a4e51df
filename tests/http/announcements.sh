#!/usr/bin/env bash
# HTTP: the boards' announcements reach the public. One published through the staff workflow
# (an editor submits, a reviewer publishes) appears on the list (both languages, board
# filter, pages), on the zone pages of its board only, on its own page, in the Atom feed, the
# API, the CSV and the sitemap; before publication nowhere. Sample announcements are marked.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

board=bql-kkt-van-don
other=$(root_sql "SELECT slug FROM boards WHERE slug <> '$board' ORDER BY id LIMIT 1")
zone=$(root_sql "SELECT z.slug FROM zones z JOIN boards b ON b.id = z.board_id WHERE b.slug = '$board' ORDER BY z.id LIMIT 1")
zone_other=$(root_sql "SELECT z.slug FROM zones z JOIN boards b ON b.id = z.board_id WHERE b.slug = '$other' ORDER BY z.id LIMIT 1")
title="Thông báo thử $RANDOM về giờ tiếp công dân"
today=$(date -u +%F)

fetch /announcements
is "$STATUS" 200 "/announcements answers 200"
n=$(root_sql "SELECT COUNT(*) FROM announcements")
body_has "Số thông báo: <strong>$n</strong>" "counting every announcement ($n)"
demo=$(root_sql "SELECT title FROM announcements WHERE is_sample ORDER BY published_on DESC, id DESC LIMIT 1")
body_has "<h2><a href=\"/announcements/[0-9]+\">$demo</a> <span class=\"sample-mark\"" "a sample announcement is marked as sample"
fetch /en/announcements
demo_en=$(root_sql "SELECT title_en FROM announcements WHERE is_sample ORDER BY published_on DESC, id DESC LIMIT 1")
body_has ">$demo_en</a>" "in English with its English title"

# the staff workflow
login editor
post editor "/staff/boards/$board/announcement" "published_on=$today" "title=$title" \
	"body=Ban Quản lý tiếp công dân vào sáng thứ Ba." version=0 "note=Thông báo mới" action=submit
is "$STATUS" 303 "the editor submits an announcement"
req=$(location | sed 's/.*changes\///')
fetch /announcements
body_lacks "$title" "unpublished, it is not on the list"
fetch "/zones/$zone"
body_lacks "$title" "nor on the zone's page"
login reviewer
post reviewer "/staff/changes/$req/publish"
is "$STATUS" 303 "the reviewer publishes it"
wait_fresh
id=$(root_sql "SELECT id FROM announcements WHERE title = '$title'")
ok "it is in the announcements table ($id)" test -n "$id"

fetch /announcements
body_has "<h2><a href=\"/announcements/$id\">$title</a></h2>" "it heads the list, not marked as sample"
body_has "Số thông báo: <strong>$((n + 1))</strong>" "the count moved by one"
fetch "/announcements?board=$board"
body_has "$title" "the board filter finds it"
fetch "/announcements?board=$other"
body_lacks "$title" "another board's list does not"
fetch "/zones/$zone"
body_has "<h3><a href=\"/announcements/$id\">$title</a></h3>" "the zone page of its board shows it ($zone)"
body_has "href=\"/announcements\\?board=$board\"" "with a link to all of the board's"
fetch "/zones/$zone_other"
body_lacks "$title" "another board's zone page does not ($zone_other)"
fetch "/announcements/$id"
is "$STATUS" 200 "its own page answers 200"
body_has "<h1>$title</h1>" "with its title"
body_has 'sáng thứ Ba' "and its text"
fetch "/en/announcements/$id"
body_has "<h1><span lang=\"vi\">$title</span> <span class=\"lang-note\">\\(in Vietnamese\\)</span></h1>" \
	"in English, the Vietnamese title is marked lang=vi and (in Vietnamese)"
body_has '<div class="ann-body"><span lang="vi">' "and so is the text"

fetch /feeds/announcements.atom
is "$STATUS" 200 "the feed answers 200"
ok "the feed is well-formed XML" xmllint --noout "$BODY"
body_has "<title>$title</title>" "the feed has it"
body_has "<id>[^<]*/announcements/$id</id>" "with its own id"
fetch "/feeds/announcements.atom?board=$other"
body_lacks "$title" "another board's feed does not"

fetch /api/v1/announcements
is "$STATUS" 200 "the API answers 200"
ok "the API lists it, not sample, with its absolute URL" node -e '
	const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
	const a = d.items.find((x) => x.id === Number(process.argv[2]));
	if (!a || a.is_sample !== false || a.title.vi !== process.argv[3] || a.title.en !== null ||
	    !/^https?:\/\/.*\/announcements\/[0-9]+$/.test(a.url) || d.count !== d.items.length) process.exit(1)' \
	"$BODY" "$id" "$title"
is "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).count)' "$BODY")" "$((n + 1))" "counting every announcement"
fetch "/api/v1/announcements?board=$board"
nb=$(root_sql "SELECT COUNT(*) FROM announcements a JOIN boards b ON b.id = a.board_id WHERE b.slug = '$board'")
is "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).count)' "$BODY")" "$nb" "the API's board filter ($nb)"
fetch "/announcements.csv?board=$board"
is "$STATUS" 200 "the CSV answers 200"
is "$(grep -c "^$id," "$BODY")" 1 "the CSV has it"
fetch /sitemaps/pages.xml
body_has "/announcements/$id</loc>" "the sitemap lists its page"

# pages of twenty
root_sql "INSERT INTO announcements (board_id, published_on, title, body, is_sample)
	SELECT b.id, '2020-01-01', CONCAT('Thông báo cũ ', s.seq), 'Nội dung', TRUE FROM boards b
	JOIN seq_1_to_25 s WHERE b.slug = '$board';
	UPDATE data_generation SET generation = generation + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1"
total=$((n + 26))
# public caches may lag a change by up to 2 s: ask again until then
for try in 1 2 3 4 5 6; do
	fetch /announcements
	grep -q "<strong>$total</strong>" "$BODY" && break
	sleep 0.5
done
body_has "<strong>$total</strong> · 1–20" "the first page says which it shows"
body_has "rel=\"next\" href=\"/announcements\\?page=2\"" "and links the next"
fetch "/announcements?page=2"
body_has "21–$(( total < 40 ? total : 40 ))" "the second page its position"
body_has 'rel="prev" href="/announcements\?page=1"' "and links the previous"
fetch "/announcements?board=$board&page=2"
body_has "rel=\"prev\" href=\"/announcements\\?board=$board&amp;page=1\"" "paging keeps the board"
fetch "/announcements?page=99"
is "$STATUS" 404 "a page past the last is 404"
fetch "/announcements?page=0"
is "$STATUS" 400 "page=0 is 400"
fetch "/announcements?board=No_Such"
is "$STATUS" 400 "a malformed board is 400"
fetch /announcements/abc
is "$STATUS" 404 "/announcements/abc is 404"
fetch /announcements/99999999
is "$STATUS" 404 "an unknown announcement is 404"
root_sql "DELETE FROM announcements WHERE title LIKE 'Thông báo cũ %' AND published_on = '2020-01-01';
	UPDATE data_generation SET generation = generation + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1"

done_testing

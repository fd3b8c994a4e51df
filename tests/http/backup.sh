#!/usr/bin/env bash
# minhbachctl backup and restore: publish (with a decision's PDF), back up, publish more,
# restore → every page exactly as before the second publication (same bytes, same ETags),
# and the restored database takes new publications under a generation no worker has seen.
# A damaged or incomplete backup (a changed byte, a cut dump, a changed PDF, no manifest)
# is refused with a message and the live data stays as it was.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

ctl() { "$PORTAL_BUILD/tools/minhbachctl" -c "$PORTAL_INSTANCE_DIR/etc/minhbachctl.conf" "$@"; }
B=$T_TMP/backups
mkdir -p "$B"

# publish_zone FIELD=VALUE NOTE: the editor proposes a change of the Vân Đồn zone, the
# reviewer publishes it
publish_zone() {
	local args=() kv
	while IFS= read -r kv; do args+=("$kv"); done < <(zone_form van-don)
	args=("${args[@]/#${1%%=*}=*/$1}")
	post editor /staff/zones/van-don/edit "${args[@]}" "note=$2" action=submit
	[ "$STATUS" = 303 ] || return 1
	post reviewer "/staff/changes/$(location | sed 's/.*changes\///')/publish"
	[ "$STATUS" = 303 ]
}

# snapshot NAME: every page of the list, its body in $T_TMP/NAME/N and its ETag in NAME/N.etag
snapshot() {
	local i=0 p
	mkdir -p "$T_TMP/$1"
	for p in "${pages[@]}"; do
		curl -sS -o "$T_TMP/$1/$i" -D "$T_TMP/$1/$i.h" "$PORTAL_URL$p"
		sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' "$T_TMP/$1/$i.h" | tr -d '\r' >"$T_TMP/$1/$i.etag"
		i=$((i + 1))
	done
}
# same A B: the pages of snapshots A and B that differ (bytes or ETag), one a line
same() {
	local i=0 p
	for p in "${pages[@]}"; do
		cmp -s "$T_TMP/$1/$i" "$T_TMP/$2/$i" && cmp -s "$T_TMP/$1/$i.etag" "$T_TMP/$2/$i.etag" || echo "$p"
		i=$((i + 1))
	done
}
# live: a checksum of every table, to see that a refused restore changed nothing
live() {
	root_sql "SELECT GROUP_CONCAT(table_name ORDER BY table_name) FROM information_schema.tables
		WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'" | tr ',' '\n' |
		while read -r t; do root_sql "CHECKSUM TABLE \`$t\`" | cut -f2; done | sha256sum
}

# --- the first state: a delay of a Vân Đồn project with its decision's PDF ------------
login editor
login reviewer
pid=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status IN ('approved', 'construction', 'operating')
	AND NOT EXISTS (SELECT 1 FROM change_requests r WHERE r.open_record = CONCAT('status:', p.id))
	ORDER BY p.id LIMIT 1")
printf '%%PDF-1.4\n%% backup %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' "$$" >"$T_TMP/d.pdf"
as editor "/staff/projects/$pid/status" -H "$ORIGIN_HDR" -F "csrf=$(csrf editor)" \
	-F "version=$(root_sql "SELECT version FROM projects WHERE id = $pid")" -F status=delayed \
	-F effective_on=2026-11-23 -F "reason=Chậm bàn giao đất" -F "remedy=Bàn giao đất" -F remedy_due=2027-05-31 \
	-F "doc_number=91/TB-BQL" -F doc_issued_on=2026-11-22 -F "doc_issuer=Ban Quản lý KKT Vân Đồn" \
	-F "note=Chậm tiến độ" -F action=submit -F "doc_pdf=@$T_TMP/d.pdf;type=application/pdf"
post reviewer "/staff/changes/$(location | sed 's/.*changes\///')/publish"
doc=$(root_sql "SELECT id FROM legal_documents WHERE file_id = (SELECT MAX(id) FROM document_files)")
ok "a delay of project $pid with its PDF is published (document $doc)" test -n "$doc"
first="Sao lưu một $$"
ok "and a change of the Vân Đồn zone" publish_zone "developer=$first" "Nhà phát triển"
wait_fresh
pages=(/ /en/ /zones /zones/van-don /en/zones/van-don /zones/van-don/changes /changes "/projects/$pid"
	"/en/projects/$pid" "/projects?zone=van-don" "/projects?q=van+don" "/api/v1/zones/van-don"
	"/api/v1/projects/$pid" "/api/v1/projects/$pid/history" "/projects.csv?zone=van-don"
	"/feeds/changes.atom" "/documents/$doc" /data/minhbach.xml)
snapshot first
snapshot first-again
is "$(same first first-again)" "" "the pages are the same when read twice"
gen1=$(root_sql "SELECT generation FROM data_generation")

# --- the backup -----------------------------------------------------------------------
out=$(ctl backup "$B/one" 2>&1)
is "$?" 0 "minhbachctl backup writes a backup"
diag "$out"
ok "its dump and manifest are there" test -s "$B/one/minhbach.sql" -a -s "$B/one/MANIFEST"
is "$(sed -n 's/^sha256 //p' "$B/one/MANIFEST")" "$(sha256sum <"$B/one/minhbach.sql" | cut -d' ' -f1)" \
	"the manifest holds the dump's SHA-256"
is "$(sed -n 's/^documents //p' "$B/one/MANIFEST")" "$(root_sql "SELECT COUNT(*) FROM document_files")" \
	"and the number of stored PDFs, each checked"
is "$(sed -n 's/^table projects //p' "$B/one/MANIFEST")" "$(root_sql "SELECT COUNT(*) FROM projects")" \
	"and the rows of each table"
is "$(sed -n 's/^generation //p' "$B/one/MANIFEST")" "$gen1" "and the data generation ($gen1)"
is "$(root_sql "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '${PORTAL_DB_NAME}_restore'")" 0 \
	"the scratch database is gone"
ctl backup "$B/one" >/dev/null 2>&1
ok "a second backup into the same folder is refused" test $? -ne 0

# --- more publications ------------------------------------------------------------------
second="Sao lưu hai $$"
ok "a later change of the zone is published" publish_zone "developer=$second" "Nhà phát triển"
wait_fresh
snapshot second
ok "pages show it ($(same first second | wc -l) of ${#pages[@]} differ)" test -n "$(same first second)"
fetch /zones/van-don
body_has "$second" "the zone page shows the later change"
gen2=$(root_sql "SELECT generation FROM data_generation")
before=$(live)

# --- damaged backups are refused; nothing changes -------------------------------------
refused() { # refused DIR DESCRIPTION MESSAGE-REGEX
	local out
	out=$(ctl restore "$1" 2>&1)
	if [ $? -ne 0 ] && grep -Eq -- "$3" <<<"$out" && grep -q 'nothing was changed' <<<"$out"; then
		pass "$2"
	else
		fail "$2"
		diag "$out"
	fi
	is "$(live)" "$before" "… and the live data is unchanged"
}
cp -r "$B/one" "$B/flipped"
printf 'X' | dd of="$B/flipped/minhbach.sql" bs=1 seek=5000 conv=notrunc 2>/dev/null
refused "$B/flipped" "a dump with a changed byte is refused" 'is damaged.*SHA-256'

cp -r "$B/one" "$B/cut"
head -c "$(($(stat -c %s "$B/one/minhbach.sql") / 2))" "$B/one/minhbach.sql" >"$B/cut/minhbach.sql"
sed -i -e "s/^bytes .*/bytes $(stat -c %s "$B/cut/minhbach.sql")/" \
	-e "s/^sha256 .*/sha256 $(sha256sum <"$B/cut/minhbach.sql" | cut -d' ' -f1)/" "$B/cut/MANIFEST"
refused "$B/cut" "a cut dump is refused, even with a manifest made to match" "lacks mariadb-dump's last line"

cp -r "$B/one" "$B/pdf"
hex=$(od -An -tx1 -v "$T_TMP/d.pdf" | tr -d ' \n' | tr a-f A-F)
bad=$(sed 's/backup/BACKUP/' "$T_TMP/d.pdf" | od -An -tx1 -v | tr -d ' \n' | tr a-f A-F)
ok "the dump holds the PDF" grep -q "0x$hex" "$B/pdf/minhbach.sql"
sed -i "s/0x$hex/0x$bad/" "$B/pdf/minhbach.sql"
sed -i -e "s/^sha256 .*/sha256 $(sha256sum <"$B/pdf/minhbach.sql" | cut -d' ' -f1)/" "$B/pdf/MANIFEST"
refused "$B/pdf" "a dump whose PDF does not match its SHA-256 is refused" 'stored PDF [0-9]+ does not match'

cp -r "$B/one" "$B/nomanifest"
rm "$B/nomanifest/MANIFEST"
refused "$B/nomanifest" "a backup without its manifest is refused" 'not a complete backup'
is "$(root_sql "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '${PORTAL_DB_NAME}_restore'")" 0 \
	"the scratch database is gone"

# --- the restore ----------------------------------------------------------------------
out=$(ctl restore "$B/one" 2>&1)
is "$?" 0 "minhbachctl restore restores the backup"
diag "$out"
wait_fresh	# nginx's copies of the later pages
snapshot restored
differ=$(same first restored)
is "$differ" "" "every page is byte for byte what it was at the backup, with the same ETag"
for p in $differ; do	# what differs, to see why
	i=0
	for q in "${pages[@]}"; do [ "$q" = "$p" ] && break; i=$((i + 1)); done
	diag "$p: $(diff <(tr '>' '\n' <"$T_TMP/first/$i") <(tr '>' '\n' <"$T_TMP/restored/$i") | head -8)"
done
is "$(root_sql "SELECT CONCAT(generation, ' ', issued >= $gen2) FROM data_generation")" "$gen1 1" \
	"the data generation is the backup's ($gen1), the highest issued is kept ($gen2)"
is "$(root_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'restore'")" 1 "the restore is in the audit log"
fetch "/documents/$doc"
ok "the PDF is served byte for byte" cmp -s "$BODY" "$T_TMP/d.pdf"

# --- and takes new publications ----------------------------------------------------------
login editor
login reviewer
third="Sao lưu ba $$"
ok "a publication after the restore is accepted" publish_zone "developer=$third" "Nhà phát triển"
is "$(root_sql "SELECT generation FROM data_generation")" "$((gen2 + 1))" \
	"under a generation never issued before ($((gen2 + 1)))"
wait_fresh
for p in /zones/van-don /en/zones/van-don /zones/van-don/changes; do
	fetch "$p"
	if grep -q "$third" "$BODY" && ! grep -q "$second" "$BODY"; then pass "$p shows it, not the undone change"
	else fail "$p shows it, not the undone change"; fi
done

done_testing

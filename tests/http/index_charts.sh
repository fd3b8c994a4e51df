#!/usr/bin/env bash
# HTTP: governance-index charts scaled to the scores they show, sub-indices with their source,
# sample mark and each edition's own number of sub-indices.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

# ticks FILE CHART-ID: the tick labels of one chart, bottom to top as drawn, one a line
ticks() {
	sed -n "s/.*<title id=\"$2-t\">//p" "$1" | sed 's/<\/svg>.*//' |
		grep -o '<text[^>]*class="tick"[^>]*>[^<]*' | sed 's/.*>//; s/,/./'
}

for code in pci par sipas papi; do
	fetch "/en/indices/$code"
	is "$STATUS" 200 "/en/indices/$code answers 200"
	read -r lo hi < <(root_sql "SELECT MIN(s.score), MAX(s.score) FROM gov_scores s
		JOIN gov_editions e ON e.id = s.edition_id JOIN provinces p ON p.id = s.province_id
		WHERE e.index_code = '$code' AND p.code = 'quang-ninh'")
	t=$(ticks "$BODY" score)
	first=$(head -1 <<<"$t"); last=$(tail -1 <<<"$t"); n=$(grep -c . <<<"$t")
	ok "$code: the score axis starts below the lowest score ($lo) and close to it: $first" \
		awk -v a="$first" -v lo="$lo" 'BEGIN { exit !(a < lo && a > lo - 10) }'
	ok "$code: and ends above the highest ($hi), close to it: $last" \
		awk -v b="$last" -v hi="$hi" 'BEGIN { exit !(b > hi && b < hi + 10) }'
	ok "$code: with 3 to 7 labelled ticks ($n)" test "$n" -ge 3 -a "$n" -le 7
	r=$(ticks "$BODY" rank)
	worst=$(root_sql "SELECT MAX(s.rank_no) FROM gov_scores s JOIN gov_editions e ON e.id = s.edition_id
		JOIN provinces p ON p.id = s.province_id WHERE e.index_code = '$code' AND p.code = 'quang-ninh'")
	ok "$code: the rank axis ends after the worst rank ($worst), not at 63" \
		awk -v b="$(tail -1 <<<"$r")" -v w="$worst" 'BEGIN { exit !(b > w && b < 63) }'

	# each edition's own count of sub-indices, and its source, in the sub-index table
	while read -r year want; do
		body_has "<tr class=\"edition-count\">.*<td class=\"num\" data-label=\"$year\">$want</td>" \
			"$code $year: $want sub-indices"
	done < <(root_sql "SELECT e.year, COUNT(ss.subindex_id) FROM gov_editions e
		JOIN gov_scores s ON s.edition_id = e.id JOIN provinces p ON p.id = s.province_id
		JOIN gov_subscores ss ON ss.score_id = s.id
		WHERE e.index_code = '$code' AND p.code = 'quang-ninh' GROUP BY e.id")
	# on this English page: the English source, or the Vietnamese one marked as such
	src=$(root_sql "SELECT IF(COALESCE(source_en, '') = '', CONCAT('<span lang=\"vi\">', source), source_en)
		FROM gov_editions WHERE index_code = '$code' ORDER BY year DESC LIMIT 1")
	body_has "<tr class=\"edition-source\">.*<small>${src%% (*}" "$code: the sub-indices' source"
	sample=$(root_sql "SELECT MAX(s.is_sample) FROM gov_scores s JOIN gov_editions e ON e.id = s.edition_id
		JOIN provinces p ON p.id = s.province_id WHERE e.index_code = '$code' AND p.code = 'quang-ninh'")
	if [ "$sample" = 1 ]; then
		n=$(sed -n 's/.*<h2 id="sub-h">//p' "$BODY" | sed 's/<\/table>.*//' | grep -o 'data-label="[0-9]*">[0-9.]* <span class="sample-mark"' | wc -l)
		all=$(root_sql "SELECT COUNT(*) FROM gov_subscores ss JOIN gov_scores s ON s.id = ss.score_id
			JOIN gov_editions e ON e.id = s.edition_id JOIN provinces p ON p.id = s.province_id
			WHERE e.index_code = '$code' AND p.code = 'quang-ninh'")
		is "$n" "$all" "$code: every sub-index value from a sample score is marked sample ($all)"
	fi
done

# PAPI had 6 dimensions until 2017: its 2017 column says which are missing
fetch /en/indices/papi
body_has '<td class="num" data-label="2017"><small>not in this edition</small>' "papi 2017: a dimension it did not have is not shown as a value"
done_testing

#!/usr/bin/env bash
# docs.sh — put one run's report into docs/performance.md (`./portal bench-docs [demo|large]`)
#
#   docs.sh DATA REPORT DOC
#
# REPORT is the markdown the bench wrote (var/bench/log/bench/report-DATA.md); it replaces
# what stands between the lines <!-- bench:DATA:begin --> and <!-- bench:DATA:end --> of DOC,
# its headings one level down, so that the figures there all come from the same run.
set -euo pipefail

data=${1:?usage: docs.sh demo|large REPORT DOC}
report=${2:?usage: docs.sh demo|large REPORT DOC}
doc=${3:?usage: docs.sh demo|large REPORT DOC}
begin="<!-- bench:$data:begin -->"
end="<!-- bench:$data:end -->"

[ -s "$report" ] || { echo "docs.sh: no report $report: run ./portal bench $data first" >&2; exit 1; }
[ "$(grep -cxF -e "$begin" -e "$end" "$doc")" = 2 ] \
	|| { echo "docs.sh: $doc needs the lines $begin and $end, once each" >&2; exit 1; }
awk -v begin="$begin" -v end="$end" -v report="$report" '
	$0 == begin {
		print; print ""
		while ((getline line < report) > 0) { sub(/^###/, "####", line); print line }
		print ""
		skip = 1; next
	}
	$0 == end { skip = 0 }
	!skip' "$doc" >"$doc.new"
mv "$doc.new" "$doc"
echo "docs.sh: $doc: the $data figures from $report"

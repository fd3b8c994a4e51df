#!/usr/bin/env bash
# HTTP: each page of the registry reads projects in its sort's index and stops after the
# page, whatever the statistics say: no whole-table read and no sort of every project,
# after the table's statistics are made again (as after a restart) at the demo's size,
# where a scan and a sort look cheap to the optimizer. Measured with the server's counters
# of rows read in table order and rows sorted around one uncached page.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

status() { root_sql "SHOW GLOBAL STATUS WHERE Variable_name IN ('Handler_read_rnd_next', 'Sort_rows')" | cut -f2 | tr '\n' ' '; }
n=$(root_sql "SELECT COUNT(*) FROM projects")
root_sql "ANALYZE TABLE projects PERSISTENT FOR ALL" >/dev/null
root_sql "FLUSH TABLES projects"
k=0
for page in "/projects" "/projects?sort=name_desc" "/projects?sort=capital" "/projects?sort=capital_desc" \
    "/projects?sort=date" "/projects?sort=date_desc" "/en/projects" "/en/projects?sort=name_desc" \
    "/projects?status=operating" "/api/v1/projects?limit=20" "/api/v1/projects?sort=capital&limit=20"; do
	k=$((k + 1))
	# a query string of its own (page= without a cursor is the first page): no cached copy
	url="$page$(case $page in *\?*) echo '&';; *) echo '?';; esac)page=$k"
	read -r scan0 sort0 <<<"$(status)"
	fetch "$url"
	read -r scan1 sort1 <<<"$(status)"
	ok "$page: read in its index's order, a page's rows sorted at most (scan $((scan1 - scan0)), sorted $((sort1 - sort0)) of $n)" \
		test "$STATUS" = 200 -a $((scan1 - scan0)) -lt "$n" -a $((sort1 - sort0)) -lt "$n"
done

done_testing

#!/usr/bin/env bash
# The search's FULLTEXT index keeps every posting through InnoDB's optimisation
# (sql/migrations/032_search_fold.sql): its text is folded, so no two forms of a word are
# equal in the column's collation, which InnoDB's OPTIMIZE TABLE (and its background
# thread) merged into one, losing the others' projects. A copy of the index in a database of
# its own: rows updated (each an old posting deleted, a new one added), optimised, and every
# common word counted again against the text itself.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

X=${PORTAL_DB_NAME}_search_index
cleanup() { root_sql "DROP DATABASE IF EXISTS \`$X\`" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup

# every text is folded: lower-case letters without diacritics, digits, single spaces
is "$(root_sql "SELECT COUNT(*) FROM project_search
	WHERE CONCAT(name_words, '|', words) COLLATE utf8mb4_bin NOT REGEXP '^[a-z0-9 ]*[|][a-z0-9 ]*\$'
	   OR words LIKE '%  %' OR words <> TRIM(words)")" 0 "the search's text is folded"
is "$(root_sql "SELECT COUNT(*) FROM project_search ps JOIN project_search_source s USING (project_id)
	WHERE NOT (ps.words <=> s.words AND ps.name_words <=> s.name_words)")" 0 \
	"each project's text is what its records make"

# the words of more than one project, most common first (the case needs postings to merge)
words=$(root_sql "SELECT w FROM (SELECT ps.project_id,
	SUBSTRING_INDEX(SUBSTRING_INDEX(ps.words, ' ', n.seq), ' ', -1) AS w
	FROM project_search ps JOIN seq_1_to_60 n
	ON n.seq <= LENGTH(ps.words) - LENGTH(REPLACE(ps.words, ' ', '')) + 1) x
	GROUP BY w HAVING COUNT(DISTINCT project_id) > 1 ORDER BY COUNT(DISTINCT project_id) DESC, w LIMIT 40")
ok "common words to count ($(wc -w <<<"$words"))" test "$(wc -w <<<"$words")" -ge 20

# count_mismatches TABLE: the words whose FULLTEXT count is not that of the text
count_mismatches() {
	local w bad=""
	for w in $words; do
		[ "$(root_sql "SELECT (SELECT COUNT(*) FROM $1 WHERE MATCH(words) AGAINST('+$w' IN BOOLEAN MODE))
			= (SELECT COUNT(DISTINCT project_id) FROM $1 WHERE CONCAT(' ', words, ' ') LIKE '% $w %')")" = 1 ] \
			|| bad="$bad $w"
	done
	echo "${bad# }"
}
is "$(count_mismatches project_search)" "" "the live index finds each word where the text has it"

root_sql "CREATE DATABASE \`$X\`"
root_sql "CREATE TABLE \`$X\`.ps LIKE project_search"
root_sql "INSERT INTO \`$X\`.ps (project_id, name_words, words) SELECT project_id, name_words, words FROM project_search"
optimize() {
	root_sql "SET GLOBAL innodb_optimize_fulltext_only = ON; OPTIMIZE TABLE \`$X\`.ps;
		SET GLOBAL innodb_optimize_fulltext_only = OFF" >/dev/null
}
optimize
# a third of the rows written again (the same words: InnoDB deletes the old posting and
# adds a new one), then optimised twice
root_sql "UPDATE \`$X\`.ps SET words = CONCAT(words, ' '), name_words = CONCAT(name_words, ' ')
	WHERE project_id % 3 = 0"
root_sql "UPDATE \`$X\`.ps SET words = TRIM(words), name_words = TRIM(name_words) WHERE project_id % 3 = 0"
optimize
optimize
is "$(count_mismatches "\`$X\`.ps")" "" "after updates and InnoDB's optimisation, each word is still found where the text has it"
is "$(root_sql "SELECT COUNT(*) FROM \`$X\`.ps WHERE MATCH(words) AGAINST('+van +don' IN BOOLEAN MODE)")" \
	"$(root_sql "SELECT COUNT(*) FROM project_search WHERE MATCH(words) AGAINST('+van +don' IN BOOLEAN MODE)")" \
	"the copy finds 'van don' in as many projects as the live index"

done_testing

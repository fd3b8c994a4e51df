#!/usr/bin/env bash
# The public database account can read the published columns (public_columns) and the pub_*
# views and nothing else; the staff account cannot change the schema or rewrite the audit
# log, nor the list of published columns.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

conf_value() { sed -n "s/^$2 *= *//p" "$PORTAL_INSTANCE_DIR/etc/$1.conf"; }
as_account() { # as_account CONF SQL: runs SQL as that program's account; prints errors
	mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$(conf_value "$1" db_user)" \
		-p"$(conf_value "$1" db_password)" -N -B "$PORTAL_DB_NAME" -e "$2" 2>&1
}
denied() { grep -q 'ERROR 1142\|ERROR 1143\|ERROR 1044\|ERROR 1227\|ERROR 1370\|ERROR 1288' <<<"$1"; }

# the published columns (public_columns, migration 031): each table's, all read at once
tables=$(root_sql "SELECT DISTINCT table_name FROM public_columns ORDER BY table_name")
ok "columns are published" test -n "$tables"
for t in $tables; do
	cols=$(root_sql "SELECT GROUP_CONCAT(CONCAT('\`', column_name, '\`')) FROM public_columns
		WHERE table_name = '$t'")
	out=$(as_account minhbach-public "SELECT COUNT(*) FROM (SELECT $cols FROM $t LIMIT 1) x")
	ok "public account reads the published columns of $t" test "$out" -ge 0
done
# granted whole exactly the tables whose every column is published (grants.sql)
grants=$(as_account minhbach-public "SHOW GRANTS")
for t in $tables; do
	want=$(root_sql "SELECT IF(COUNT(*) = 0, 'whole', 'by column') FROM information_schema.columns c
		WHERE c.table_schema = DATABASE() AND c.table_name = '$t' AND c.column_name NOT IN
		(SELECT column_name FROM public_columns WHERE table_name = '$t')")
	got="by column"
	grep -q "^GRANT SELECT\(, .*\)\? ON \`$PORTAL_DB_NAME\`\.\`$t\` " <<<"$grants" && got=whole
	is "$got" "$want" "public account reads $t $want"
done
# every column not published, of a table with published ones: refused one by one, and so
# is its table's `SELECT *` (once a table)
hidden=0 last=""
while read -r t c; do
	out=$(as_account minhbach-public "SELECT \`$c\` FROM $t LIMIT 1")
	ok "public account cannot read $t.$c" denied "$out"
	if [ "$t" != "$last" ]; then
		out=$(as_account minhbach-public "SELECT * FROM $t LIMIT 1")
		ok "public account cannot read every column of $t" denied "$out"
	fi
	hidden=$((hidden + 1)) last=$t
done < <(root_sql "SELECT c.table_name, c.column_name FROM information_schema.columns c
	JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
	WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
	  AND c.table_name IN (SELECT table_name FROM public_columns)
	  AND (c.table_name, c.column_name) NOT IN (SELECT table_name, column_name FROM public_columns)
	ORDER BY 1, 2")
ok "tables with published columns have others ($hidden)" test "$hidden" -gt 0
out=$(as_account minhbach-public "SELECT COUNT(*) FROM pub_site")
ok "public account reads a view" test "$out" -gt 0
for t in staff_users staff_sessions audit_log change_requests public_columns alert_addresses inquiries; do
	out=$(as_account minhbach-public "SELECT 1 FROM $t LIMIT 1")
	ok "public account cannot read the table $t" denied "$out"
done
out=$(as_account minhbach-public "INSERT INTO countries (code, name, name_en) VALUES ('XX','x','x')")
ok "public account cannot INSERT into a table it reads" denied "$out"
out=$(as_account minhbach-public "UPDATE zones SET name = 'x'")
ok "public account cannot UPDATE a column it reads" denied "$out"
out=$(as_account minhbach-public "DELETE FROM projects")
ok "public account cannot DELETE from a table it reads" denied "$out"
out=$(as_account minhbach-public "UPDATE pub_site SET title = 'x'")
ok "public account cannot UPDATE a view" denied "$out"
out=$(as_account minhbach-public "CREATE TABLE t (a INT)")
ok "public account cannot create tables" denied "$out"
# no right is left on a table or view that is gone (the views migration 031 dropped)
is "$(root_sql "SELECT COUNT(*) FROM information_schema.table_privileges tp
	WHERE tp.table_schema = DATABASE() AND tp.table_name NOT IN
	(SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE())")" 0 \
	"no right on a table or view that does not exist"

out=$(as_account minhbach-staff "SELECT COUNT(*) FROM zones")
ok "staff account reads working tables" test "$out" -gt 0
out=$(as_account minhbach-staff "DROP TABLE change_log")
ok "staff account cannot drop tables" denied "$out"
out=$(as_account minhbach-staff "ALTER TABLE zones ADD COLUMN x INT")
ok "staff account cannot alter tables" denied "$out"
out=$(as_account minhbach-staff "INSERT INTO public_columns VALUES ('investors', 'x')")
ok "staff account cannot publish a column" denied "$out"
out=$(as_account minhbach-staff "UPDATE audit_log SET action = 'x'")
ok "staff account cannot rewrite the audit log" denied "$out"
out=$(as_account minhbach-staff "DELETE FROM audit_log")
ok "staff account cannot delete from the audit log" denied "$out"
out=$(as_account minhbach-staff "INSERT INTO audit_log (action) VALUES ('test')")
ok "staff account can append to the audit log" test -z "$out"

done_testing

#!/usr/bin/env bash
# The public database account can read the published views and nothing else; the staff
# account cannot change the schema or rewrite the audit log.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

conf_value() { sed -n "s/^$2 *= *//p" "$PORTAL_INSTANCE_DIR/etc/$1.conf"; }
as_account() { # as_account CONF SQL: runs SQL as that program's account; prints errors
	mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$(conf_value "$1" db_user)" \
		-p"$(conf_value "$1" db_password)" -N -B "$PORTAL_DB_NAME" -e "$2" 2>&1
}
denied() { grep -q 'ERROR 1142\|ERROR 1143\|ERROR 1044\|ERROR 1227\|ERROR 1370\|ERROR 1288' <<<"$1"; }

out=$(as_account minhbach-public "SELECT COUNT(*) FROM pub_zones")
ok "public account reads pub_zones" test "$out" -gt 0
for t in zones projects staff_users staff_sessions audit_log change_requests; do
	out=$(as_account minhbach-public "SELECT COUNT(*) FROM $t")
	ok "public account cannot read the table $t" denied "$out"
done
out=$(as_account minhbach-public "INSERT INTO pub_countries (code, name, name_en) VALUES ('XX','x','x')")
ok "public account cannot INSERT into a view" denied "$out"
out=$(as_account minhbach-public "UPDATE pub_zones SET name = 'x'")
ok "public account cannot UPDATE a view" denied "$out"
out=$(as_account minhbach-public "DELETE FROM pub_projects")
ok "public account cannot DELETE from a view" denied "$out"
out=$(as_account minhbach-public "INSERT INTO zones (name) VALUES ('x')")
ok "public account cannot INSERT into a table" denied "$out"
out=$(as_account minhbach-public "CREATE TABLE t (a INT)")
ok "public account cannot create tables" denied "$out"

out=$(as_account minhbach-staff "SELECT COUNT(*) FROM zones")
ok "staff account reads working tables" test "$out" -gt 0
out=$(as_account minhbach-staff "DROP TABLE change_log")
ok "staff account cannot drop tables" denied "$out"
out=$(as_account minhbach-staff "ALTER TABLE zones ADD COLUMN x INT")
ok "staff account cannot alter tables" denied "$out"
out=$(as_account minhbach-staff "UPDATE audit_log SET action = 'x'")
ok "staff account cannot rewrite the audit log" denied "$out"
out=$(as_account minhbach-staff "DELETE FROM audit_log")
ok "staff account cannot delete from the audit log" denied "$out"
out=$(as_account minhbach-staff "INSERT INTO audit_log (action) VALUES ('test')")
ok "staff account can append to the audit log" test -z "$out"

done_testing

#!/usr/bin/env bash
# minhbachctl migrate, on a database and accounts of their own, migrated from nothing (so
# that the portal's are never narrowed):
# - the public account reads a table whole when every one of its columns is published
#   (sql/grants.sql), and a column a migration adds to such a table is refused all the same
#   until a migration publishes it: migrate narrows those tables to their published
#   columns before it applies one (sql/grants_narrow.sql);
# - a migration's statement may run longer than the programs' read timeout (10 s).
. "$top_srcdir/tests/lib/tap.sh"
need_portal

X=${PORTAL_DB_NAME}_grants
PUB=mb_grants_pub STAFF=mb_grants_staff PW=narrow-test-$$-password
MIGRATE_USER=$(sed -n 's/^db_user *= *//p' "$PORTAL_INSTANCE_DIR/etc/minhbachctl.conf")
cleanup() {
	root_sql "DROP DATABASE IF EXISTS \`$X\`; DROP USER IF EXISTS '$PUB'@'localhost', '$STAFF'@'localhost'" \
		>/dev/null 2>&1 || true
}
trap 'cleanup; rm -rf "$T_TMP"' EXIT
cleanup
root_sql "CREATE DATABASE \`$X\` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci;
	GRANT ALL PRIVILEGES ON \`$X\`.* TO '$MIGRATE_USER'@'localhost' WITH GRANT OPTION"

# the portal's configuration on that database and accounts, its migrations in a copy
mkdir -p "$T_TMP/sql/migrations"
cp "$top_srcdir"/sql/*.sql "$T_TMP/sql/"
cp "$top_srcdir"/sql/migrations/*.sql "$T_TMP/sql/migrations/"
sed -e "s/^db_name *=.*/db_name = $X/" -e "s|^sql_dir *=.*|sql_dir = $T_TMP/sql|" \
	-e '/^public_db_user\|^public_db_password\|^staff_db_user\|^staff_db_password/d' \
	"$PORTAL_INSTANCE_DIR/etc/minhbachctl.conf" >"$T_TMP/ctl.conf"
printf 'public_db_user = %s\npublic_db_password = %s\nstaff_db_user = %s\nstaff_db_password = %s\n' \
	"$PUB" "$PW" "$STAFF" "$PW" >>"$T_TMP/ctl.conf"
chmod 600 "$T_TMP/ctl.conf"
ctl() { "$PORTAL_BUILD/tools/minhbachctl" -c "$T_TMP/ctl.conf" "$@" >>"$T_TMP/ctl.log" 2>&1; }
as_pub() { mariadb --no-defaults -S "$PORTAL_DB_SOCKET" -u "$PUB" -p"$PW" -N -B "$X" -e "$1" 2>&1; }
denied() { grep -q 'ERROR 1142\|ERROR 1143' <<<"$1"; }
# whole TABLE: "yes" when the account holds SELECT on the whole table, not only on columns
whole() { as_pub "SHOW GRANTS" | grep -q "^GRANT SELECT\(, .*\)\? ON \`$X\`\.\`$1\` " && echo yes || echo no; }

ctl migrate
is "$?" 0 "a database migrated from nothing"
# a migration before the accounts exist: nothing to narrow
echo 'DO 1;' >"$T_TMP/sql/migrations/996_test_before_grant.sql"
ctl migrate
is "$?" 0 "a migration applied before the accounts exist"
ctl grant
is "$?" 0 "the accounts granted"
is "$(whole countries)" yes "a table whose every column is published is granted whole"
is "$(whole provinces)" no "a table with a column not published is not"
out=$(as_pub "SELECT bbox_west FROM provinces")
ok "its column not published is refused" denied "$out"
is "$(as_pub "SELECT COUNT(*) FROM (SELECT code, name, name_en FROM countries) c")" 0 \
	"the table granted whole is read"

# a migration adds a column to it, and does not publish it
cat >"$T_TMP/sql/migrations/998_test_hidden.sql" <<'SQL'
ALTER TABLE countries ADD COLUMN internal_note VARCHAR(40) NOT NULL DEFAULT 'not for the public';
SQL
ctl migrate
is "$?" 0 "a migration adds a column to that table"
out=$(as_pub "SELECT internal_note FROM countries")
ok "the column is refused before the grant runs" denied "$out"
out=$(as_pub "SELECT * FROM countries")
ok "and so is the table's SELECT *" denied "$out"
is "$(as_pub "SELECT COUNT(*) FROM (SELECT code, name, name_en FROM countries) c")" 0 \
	"its published columns are still read"
ctl grant
out=$(as_pub "SELECT internal_note FROM countries")
ok "the column is refused after the grant" denied "$out"
is "$(whole countries)" no "the table is granted by column now"

# a later migration publishes it
cat >"$T_TMP/sql/migrations/999_test_publish.sql" <<'SQL'
INSERT INTO public_columns (table_name, column_name) VALUES ('countries', 'internal_note');
SQL
ctl migrate && ctl grant
is "$?" 0 "a migration publishes the column"
is "$(whole countries)" yes "the table is granted whole again"
is "$(as_pub "SELECT COUNT(*) FROM (SELECT internal_note FROM countries) c")" 0 "the column is read"

# a statement longer than the 10 s a program waits for an answer
cat >"$T_TMP/sql/migrations/997_test_long.sql" <<'SQL'
DO SLEEP(11);
SQL
ctl migrate
is "$?" 0 "a migration whose statement runs 11 s is applied"
is "$(root_sql "SELECT COUNT(*) FROM \`$X\`.schema_version WHERE version = 997")" 1 "and recorded"
[ "$T_FAILED" = 0 ] || diag "$(tail -20 "$T_TMP/ctl.log")"

done_testing

/* Unit tests: every row the staff program reads by name (cgi-bin/staff/rows.c, the
 * record fields) has its columns in its statement, as MariaDB reports them when it
 * prepares it (the test instance's database with the staff account; skipped without
 * ./portal test). */
#include "config.h"
#include "staff.h"
#include "tap.h"

#include <mysql.h>
#include <stdio.h>

/* The column names of sql as prepared; returns their number (0 when it cannot). */
static unsigned int
prepared_columns(MYSQL *my, const char *sql, char names[][64], unsigned int max)
{
	MYSQL_STMT *st = mysql_stmt_init(my);
	MYSQL_RES *meta;
	unsigned int n = 0;

	if (st == NULL || mysql_stmt_prepare(st, sql, strlen(sql)) != 0) {
		printf("# prepare: %s\n", st ? mysql_stmt_error(st) : "no memory");
	} else if ((meta = mysql_stmt_result_metadata(st)) != NULL) {
		MYSQL_FIELD *f = mysql_fetch_fields(meta);

		n = mysql_num_fields(meta);
		n = n < max ? n : max;
		for (unsigned int i = 0; i < n; i++)
			snprintf(names[i], 64, "%s", f[i].name);
		mysql_free_result(meta);
	}
	if (st != NULL)
		mysql_stmt_close(st);
	return n;
}

int
main(void)
{
	const char *inst = getenv("PORTAL_INSTANCE_DIR");
	static const struct db_col swapped[] = { { "board_id", DBC_INT, 0 }, { "author", DBC_INT, 0 } };
	static const char *const some[] = { "id", "board_id", "author_id" };
	char path[1024], names[64][64];
	const char *list[64];
	struct config cfg;
	struct db_settings dbs;
	MYSQL *my;

	ok(db_cols_missing(swapped, 2, some, 3) != NULL &&
	    strcmp(db_cols_missing(swapped, 2, some, 3), "author") == 0,
	    "a column the struct wants and the statement lacks is named");
	ok(db_cols_missing(swapped, 1, some, 3) == NULL, "order does not matter");
	if (inst == NULL) {
		printf("# no test instance (PORTAL_INSTANCE_DIR): the statements are not checked\n");
		return done();
	}
	snprintf(path, sizeof(path), "%s/etc/minhbach-staff.conf", inst);
	if (config_load(&cfg, path) != 0 || db_settings_from_config(&dbs, &cfg) != 0) {
		ok(0, "the staff configuration of the test instance reads");
		return done();
	}
	my = mysql_init(NULL);
	ok(mysql_real_connect(my, dbs.host, dbs.user, dbs.password, dbs.database, dbs.port,
	    dbs.socket, 0) != NULL, "connects as the staff program");
	for (unsigned int k = 0; k < staff_nrows; k++) {
		const struct staff_row_decl *d = &staff_rows[k];
		unsigned int n = prepared_columns(my, staff_sql[d->sql], names, 64);
		const char *missing;

		for (unsigned int i = 0; i < n; i++)
			list[i] = names[i];
		missing = db_cols_missing(d->cols, d->ncols, list, n);
		ok(n > 0 && missing == NULL, "statement %u has the %u columns of its struct%s%s",
		    d->sql, d->ncols, missing ? ": not " : "", missing ? missing : "");
	}
	{
		/* the published values of zones, projects and zones' facts, read by their fields' names */
		static const struct { unsigned int sql; enum record_kind kind; } fields[] = {
			{ SQL_ZONE_FIELDS, RECORD_ZONE }, { SQL_ZONE_FIELDS_LOCK, RECORD_ZONE },
			{ SQL_PROJECT_FIELDS, RECORD_PROJECT },
			{ SQL_PROJECT_FIELDS_LOCK, RECORD_PROJECT }, { SQL_FACTS_FIELDS, RECORD_FACTS },
			{ SQL_FACTS_FIELDS_LOCK, RECORD_FACTS } };

		for (unsigned int k = 0; k < sizeof(fields) / sizeof(fields[0]); k++) {
			const struct record_def *def = &record_defs[fields[k].kind];
			const char *want[RECORD_FIELDS_MAX + 1];
			unsigned int n = prepared_columns(my, staff_sql[fields[k].sql], names, 64);
			const char *missing = NULL;

			record_columns(def, want);
			for (unsigned int i = 0; i <= def->nfields && missing == NULL; i++) {
				unsigned int j = 0;

				while (j < n && strcmp(names[j], want[i]) != 0)
					j++;
				if (j == n)
					missing = want[i];
			}
			ok(n > 0 && missing == NULL, "statement %u has every field of %s%s%s",
			    fields[k].sql, def->entity, missing ? ": not " : "", missing ? missing : "");
		}
	}
	mysql_close(my);
	config_free(&cfg);
	return done();
}

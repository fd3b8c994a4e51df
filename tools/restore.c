/* minhbachctl restore DIR: checks the backup, loads it into the scratch database and
 * checks it again, then replaces the data of every live table in one transaction
 * (backup.c says why so). */
#include "backup.h"
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The columns INSERT … SELECT copies: all but the generated ones. */
static int
columns(MYSQL *c, const char *db, const char *table, struct buf *out)
{
	MYSQL_RES *res = bk_rows(c, "SELECT column_name FROM information_schema.columns"
	    " WHERE table_schema = '%s' AND table_name = '%s' AND extra NOT LIKE '%%GENERATED%%'"
	    " ORDER BY ordinal_position", db, table);
	MYSQL_ROW row;

	if (res == NULL)
		return -1;
	buf_reset(out);
	while ((row = mysql_fetch_row(res)) != NULL)
		buf_printf(out, "%s`%s`", out->len ? ", " : "", row[0]);
	mysql_free_result(res);
	return out->len > 0 ? 0 : -1;
}

/* Empties live.t and fills it from scratch.t. */
static int
copy_table(MYSQL *c, const char *live, const char *scratch, const char *t)
{
	struct buf cols;
	int rc;

	buf_init(&cols);
	rc = columns(c, live, t, &cols) || bk_exec(c, "DELETE FROM `%s`.`%s`", live, t) ||
	    bk_exec(c, "INSERT INTO `%s`.`%s` (%s) SELECT %s FROM `%s`.`%s`", live, t, cols.data,
	    cols.data, scratch, t) ? -1 : 0;
	buf_free(&cols);
	return rc;
}

/* The swap: one transaction over the live database (file comment); have says which of
 * its tables carry triggers. */
static int
restore_swap(MYSQL *c, const char *live, const char *scratch, const struct facts *want,
    const struct facts *have, const char *dir)
{
	unsigned long long gen, issued, n;
	int rc = -1;

	if (bk_exec(c, "SET SESSION foreign_key_checks = 0") || bk_exec(c, "START TRANSACTION") ||
	    bk_number(c, &gen, "SELECT generation FROM `%s`.data_generation FOR UPDATE", live) ||
	    bk_number(c, &issued, "SELECT issued FROM `%s`.data_generation", live))
		goto out;
	for (unsigned int i = 0; i < want->ntables; i++)
		if (bk_exec(c, "DELETE FROM `%s`.`%s`", live, want->tables[i].name))
			goto out;
	/* the tables with triggers first: what their triggers write is replaced after */
	for (int pass = 1; pass >= 0; pass--)
		for (unsigned int i = 0; i < want->ntables; i++)
			if (have->tables[i].triggers == pass &&
			    copy_table(c, live, scratch, want->tables[i].name))
				goto out;
	for (unsigned int i = 0; i < want->ntables; i++) {
		if (bk_number(c, &n, "SELECT COUNT(*) FROM `%s`.`%s`", live, want->tables[i].name))
			goto out;
		if (n != want->tables[i].rows) {
			bk_say("%s: %llu rows after the copy, %llu in the backup", want->tables[i].name, n,
			    want->tables[i].rows);
			goto out;
		}
	}
	if (issued < gen)
		issued = gen;
	if (bk_exec(c, "UPDATE `%s`.data_generation SET issued = GREATEST(issued, %llu)", live, issued))
		goto out;
	{
		char detail[1200], esc[2 * sizeof(detail) + 1];

		snprintf(detail, sizeof(detail), "restored %s (made %s, sha256 %.16s…, generation %llu)",
		    dir, want->created, want->sha256, want->generation);
		mysql_real_escape_string(c, esc, detail, (unsigned long)strlen(detail));
		if (bk_exec(c, "INSERT INTO `%s`.audit_log (username, action, entity, detail)"
		    " VALUES ('minhbachctl', 'restore', 'database', '%s')", live, esc))
			goto out;
	}
	if (bk_exec(c, "COMMIT") == 0)
		rc = 0;
out:
	if (rc != 0)
		bk_exec(c, "ROLLBACK");
	bk_exec(c, "SET SESSION foreign_key_checks = 1");
	return rc;
}

/* The scratch database's tables and rows are exactly the manifest's, and the live
 * database has the same tables. */
static int
restore_compare(const struct facts *want, const struct facts *got, const struct facts *live)
{
	if (got->schema_version != want->schema_version || got->generation != want->generation ||
	    got->documents != want->documents || got->ntables != want->ntables) {
		bk_say("the loaded dump is not what its manifest says (schema %llu/%llu, generation"
		    " %llu/%llu, PDFs %llu/%llu, tables %u/%u)", got->schema_version,
		    want->schema_version, got->generation, want->generation, got->documents,
		    want->documents, got->ntables, want->ntables);
		return -1;
	}
	for (unsigned int i = 0; i < want->ntables; i++)
		if (strcmp(got->tables[i].name, want->tables[i].name) != 0 ||
		    got->tables[i].rows != want->tables[i].rows) {
			bk_say("table %s: %llu rows loaded, the manifest says %s %llu", got->tables[i].name,
			    got->tables[i].rows, want->tables[i].name, want->tables[i].rows);
			return -1;
		}
	if (live->schema_version != want->schema_version || live->ntables != want->ntables) {
		bk_say("the backup is of schema version %llu, the database is at %llu: restore it into"
		    " a database migrated to the same version", want->schema_version,
		    live->schema_version);
		return -1;
	}
	for (unsigned int i = 0; i < want->ntables; i++)
		if (strcmp(live->tables[i].name, want->tables[i].name) != 0) {
			bk_say("the database has no table %s", want->tables[i].name);
			return -1;
		}
	return 0;
}

int
restore_run(struct config *cfg, const struct db_settings *s, const char *dir)
{
	char dump[1100], manifest[1100], hex[65], defaults[64] = "";
	char scratch[65];
	struct facts want, got, live;
	unsigned long long bytes;
	int complete, rc = 1;
	MYSQL *c = NULL;

	if (bk_scratch_name(cfg, s, scratch) != 0)
		return 1;
	snprintf(dump, sizeof(dump), "%s/" DUMP_NAME, dir);
	snprintf(manifest, sizeof(manifest), "%s/" MANIFEST_NAME, dir);
	if (bk_manifest_read(manifest, &want) != 0 ||
	    bk_digest(dump, hex, &bytes, &complete) != 0) {
		bk_say("refused: %s is not a complete backup; nothing was changed", dir);
		return 1;
	}
	if (bytes != want.bytes || strcmp(hex, want.sha256) != 0 || !complete) {
		bk_say("refused: %s is damaged: %s has %llu bytes and SHA-256 %s, its manifest says %llu"
		    " and %s%s; nothing was changed", dir, DUMP_NAME, bytes, hex, want.bytes,
		    want.sha256, complete ? "" : " (and it lacks mariadb-dump's last line)");
		return 1;
	}
	if ((c = bk_connect(s)) == NULL || bk_defaults_file(s, defaults) != 0)
		goto out;
	if (bk_facts(c, s->database, &live, false) != 0 ||
	    bk_scratch_load(c, scratch, defaults, dump) != 0 ||
	    bk_facts(c, scratch, &got, true) != 0 || restore_compare(&want, &got, &live) != 0)
		goto refused;
	if (restore_swap(c, s->database, scratch, &want, &live, dir) != 0)
		goto refused;
	if (bk_analyze(c, s->database) != 0)
		bk_say("restored; the tables' statistics were not updated (minhbachctl analyze)");
	printf("restored %s from %s (made %s): %u tables, %llu PDFs checked, generation %llu\n",
	    s->database, dir, want.created, want.ntables, want.documents, want.generation);
	rc = 0;
	goto out;
refused:
	bk_say("refused: nothing was changed in %s", s->database);
out:
	bk_done(c, scratch, defaults);
	return rc;
}

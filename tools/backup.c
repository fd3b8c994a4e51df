/* minhbachctl backup DIR and restore DIR.
 *
 * A backup is DIR/minhbach.sql, written by Debian's mariadb-dump from one consistent
 * snapshot (--single-transaction: the programs go on serving and publishing), and
 * DIR/MANIFEST: the dump's size and SHA-256, the schema version, the data generation,
 * the stored PDFs and the rows of every table. Before the manifest is written the dump is
 * loaded into a scratch database (restore_db) and checked there: every PDF against the
 * SHA-256 stored beside it, and the rows counted, so a backup is known to load.
 *
 * A restore is all or nothing. It refuses a DIR whose dump does not match its manifest,
 * loads the dump into the scratch database and checks it as above, and only then replaces
 * the data of every live table in one InnoDB transaction: readers see the old data until
 * the commit and the new at once after it; any failure rolls back and the live database is
 * untouched. Tables are not swapped with RENAME TABLE because MariaDB refuses to move a
 * table with triggers between databases (ER_TRG_IN_WRONG_SCHEMA), and the totals' and the
 * search's tables are kept by triggers: the tables that carry triggers are filled first,
 * and every other table (those the triggers write among them) emptied again and filled
 * after, so each ends exactly as in the backup. The data generation comes back with the
 * data, so every page and its ETag are as they were; `issued` (migration 024) keeps the
 * highest generation ever issued, so the next publication takes a generation no worker
 * has seen. The restore itself is restore.c; what both use is here. */
#include "backup.h"
#include "buf.h"

#include <sodium.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

void __attribute__((format(printf, 1, 2)))
bk_say(const char *fmt, ...)
{
	va_list ap;

	fputs("minhbachctl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* A name from information_schema or the configuration, safe between backquotes. */
int
bk_ident_ok(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= 64 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == n;
}

MYSQL *
bk_connect(const struct db_settings *s)
{
	MYSQL *c = mysql_init(NULL);
	unsigned int timeout = s->connect_timeout;

	if (c == NULL)
		abort();
	mysql_optionsv(c, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_optionsv(c, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_optionsv(c, MYSQL_INIT_COMMAND,
	    "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+00:00'");
	if (mysql_real_connect(c, s->host, s->user, s->password, s->database, s->port,
	    s->socket, 0) == NULL) {
		bk_say("cannot connect to MariaDB: %s", mysql_error(c));
		mysql_close(c);
		return NULL;
	}
	return c;
}

/* Runs one statement (names only from ident_ok, numbers; never data). Returns 0 or -1. */
int __attribute__((format(printf, 2, 3)))
bk_exec(MYSQL *c, const char *fmt, ...)
{
	struct buf b;
	va_list ap;
	int rc = 0;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (mysql_real_query(c, b.data, b.len) != 0) {
		bk_say("%s", mysql_error(c));
		rc = -1;
	} else {
		MYSQL_RES *res = mysql_store_result(c);

		if (res != NULL)
			mysql_free_result(res);
	}
	buf_free(&b);
	return rc;
}

/* The rows of a query; NULL with a message on failure. */
MYSQL_RES * __attribute__((format(printf, 2, 3)))
bk_rows(MYSQL *c, const char *fmt, ...)
{
	struct buf b;
	va_list ap;
	MYSQL_RES *res = NULL;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (mysql_real_query(c, b.data, b.len) != 0 || (res = mysql_store_result(c)) == NULL)
		bk_say("%s", mysql_error(c));
	buf_free(&b);
	return res;
}

/* Updates the optimizer's statistics of every table of db. After a load or a restore the
 * server's own may still count the tables as empty (it recounts a table after a tenth of it
 * changed, and forgets those changes when it restarts), and with an empty projects table
 * the registry's page is planned as a read and sort of every project instead of the first
 * rows of its sort's index (docs/performance.md). Returns 0, or -1 with a message. */
int
bk_analyze(MYSQL *c, const char *db)
{
	MYSQL_RES *res, *done;
	MYSQL_ROW row;
	int rc = -1;

	if ((res = bk_rows(c, "SELECT GROUP_CONCAT(CONCAT('`', table_schema, '`.`', table_name, '`'))"
	    " FROM information_schema.tables WHERE table_schema = '%s' AND table_type = 'BASE TABLE'",
	    db)) == NULL)
		return -1;
	if ((row = mysql_fetch_row(res)) != NULL && row[0] != NULL &&
	    (done = bk_rows(c, "ANALYZE TABLE %s", row[0])) != NULL) {
		mysql_free_result(done);
		rc = 0;
	} else if (row == NULL || row[0] == NULL)
		rc = 0;		/* no table */
	mysql_free_result(res);
	return rc;
}

/* The first value of a one-number query, or -1 on failure. */
int __attribute__((format(printf, 3, 4)))
bk_number(MYSQL *c, unsigned long long *out, const char *fmt, ...)
{
	struct buf b;
	va_list ap;
	MYSQL_RES *res;
	MYSQL_ROW row;
	int rc = -1;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	if (mysql_real_query(c, b.data, b.len) != 0 || (res = mysql_store_result(c)) == NULL) {
		bk_say("%s", mysql_error(c));
		buf_free(&b);
		return -1;
	}
	if ((row = mysql_fetch_row(res)) != NULL && row[0] != NULL) {
		*out = strtoull(row[0], NULL, 10);
		rc = 0;
	} else {
		bk_say("no answer to: %s", b.data);
	}
	mysql_free_result(res);
	buf_free(&b);
	return rc;
}

/* Reads what database db holds: its tables and their rows, the schema version, the data
 * generation, and (pdfs) checks every stored PDF against its SHA-256 and size. Returns 0,
 * or -1 with a message (a PDF that does not match names its id). */
int
bk_facts(MYSQL *c, const char *db, struct facts *f, bool pdfs)
{
	MYSQL_RES *res;
	MYSQL_ROW row;
	unsigned long long bad;
	int rc = 0;

	memset(f, 0, sizeof(*f));
	if ((res = bk_rows(c, "SELECT t.table_name, (SELECT COUNT(*) FROM information_schema.triggers g"
	    " WHERE g.event_object_schema = t.table_schema AND g.event_object_table = t.table_name)"
	    " FROM information_schema.tables t WHERE t.table_schema = '%s'"
	    " AND t.table_type = 'BASE TABLE' ORDER BY t.table_name", db)) == NULL)
		return -1;
	while ((row = mysql_fetch_row(res)) != NULL) {
		struct table *t = &f->tables[f->ntables];

		if (f->ntables == MAX_TABLES || !bk_ident_ok(row[0])) {
			bk_say("%s: unexpected table %s", db, row[0]);
			rc = -1;
			break;
		}
		memcpy(t->name, row[0], strlen(row[0]) + 1);
		t->triggers = atoi(row[1]) > 0;
		f->ntables++;
	}
	mysql_free_result(res);
	for (unsigned int i = 0; rc == 0 && i < f->ntables; i++)
		rc = bk_number(c, &f->tables[i].rows, "SELECT COUNT(*) FROM `%s`.`%s`", db,
		    f->tables[i].name);
	if (rc != 0 ||
	    bk_number(c, &f->schema_version, "SELECT MAX(version) FROM `%s`.schema_version", db) ||
	    bk_number(c, &f->generation, "SELECT generation FROM `%s`.data_generation", db) ||
	    bk_number(c, &f->issued, "SELECT issued FROM `%s`.data_generation", db) ||
	    bk_number(c, &f->documents, "SELECT COUNT(*) FROM `%s`.document_files", db))
		return -1;
	if (!pdfs)
		return 0;
	if ((res = bk_rows(c, "SELECT id FROM `%s`.document_files WHERE sha256 <> UNHEX(SHA2(content, 256))"
	    " OR size_bytes <> LENGTH(content) ORDER BY id", db)) == NULL)
		return -1;
	bad = mysql_num_rows(res);
	while ((row = mysql_fetch_row(res)) != NULL)
		bk_say("stored PDF %s does not match its SHA-256 or its size", row[0]);
	mysql_free_result(res);
	if (bad > 0) {
		bk_say("%llu of %llu stored PDFs are damaged", bad, f->documents);
		return -1;
	}
	return 0;
}

/* A [client] option file (mode 0600) for mariadb-dump and mariadb, so the password is on
 * no command line. Returns its path in out, or -1. */
int
bk_defaults_file(const struct db_settings *s, char out[64])
{
	FILE *f;
	int fd;

	snprintf(out, 64, "/tmp/minhbachctl-XXXXXX");
	if ((fd = mkstemp(out)) < 0 || (f = fdopen(fd, "w")) == NULL) {
		bk_say("cannot write a temporary file: %s", strerror(errno));
		return -1;
	}
	fprintf(f, "[client]\nuser=\"");
	for (const char *p = s->user; *p; p++)
		fprintf(f, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
	fprintf(f, "\"\npassword=\"");
	for (const char *p = s->password ? s->password : ""; *p; p++)
		fprintf(f, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
	fprintf(f, "\"\ndefault-character-set=utf8mb4\n");
	if (s->socket != NULL)
		fprintf(f, "socket=%s\n", s->socket);
	if (s->host != NULL)
		fprintf(f, "host=%s\nport=%u\n", s->host, s->port);
	if (fclose(f) != 0) {
		bk_say("cannot write %s: %s", out, strerror(errno));
		unlink(out);
		return -1;
	}
	return 0;
}

/* Runs argv with standard input and output on in_fd and out_fd (-1: unchanged). Returns
 * its exit status, or -1 when it could not run. */
static int
run_tool(char *const argv[], int in_fd, int out_fd)
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		bk_say("fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		if ((in_fd >= 0 && dup2(in_fd, STDIN_FILENO) < 0) ||
		    (out_fd >= 0 && dup2(out_fd, STDOUT_FILENO) < 0))
			_exit(127);
		execvp(argv[0], argv);
		fprintf(stderr, "minhbachctl: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The SHA-256 (hex) and size of a file, and whether it ends with mariadb-dump's last line
 * (a cut dump does not). Returns 0, or -1 with a message. */
int
bk_digest(const char *path, char hex[65], unsigned long long *bytes, int *complete)
{
	crypto_hash_sha256_state st;
	unsigned char chunk[65536], h[crypto_hash_sha256_BYTES];
	char tail[256] = "";
	size_t n, keep = 0;
	FILE *f = fopen(path, "rb");

	if (f == NULL) {
		bk_say("%s: %s", path, strerror(errno));
		return -1;
	}
	crypto_hash_sha256_init(&st);
	*bytes = 0;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		crypto_hash_sha256_update(&st, chunk, n);
		*bytes += n;
		keep = n < sizeof(tail) - 1 ? n : sizeof(tail) - 1;
		memcpy(tail, chunk + n - keep, keep);
	}
	tail[keep] = '\0';
	if (ferror(f)) {
		bk_say("%s: %s", path, strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	crypto_hash_sha256_final(&st, h);
	sodium_bin2hex(hex, 65, h, sizeof(h));
	*complete = strstr(tail, "\n" DUMP_TRAILER) != NULL;
	return 0;
}

/* Creates the scratch database afresh and loads the dump into it. Returns 0 or -1. */
int
bk_scratch_load(MYSQL *c, const char *scratch, const char *defaults, const char *dump)
{
	char opt[128], dbopt[128];
	char *argv[] = { "mariadb", opt, dbopt, "--binary-mode", NULL };
	int fd, rc;

	if (bk_exec(c, "DROP DATABASE IF EXISTS `%s`", scratch) ||
	    bk_exec(c, "CREATE DATABASE `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci", scratch))
		return -1;
	snprintf(opt, sizeof(opt), "--defaults-file=%s", defaults);
	snprintf(dbopt, sizeof(dbopt), "--database=%s", scratch);
	if ((fd = open(dump, O_RDONLY | O_CLOEXEC)) < 0) {
		bk_say("%s: %s", dump, strerror(errno));
		return -1;
	}
	rc = run_tool(argv, fd, -1);
	close(fd);
	if (rc != 0) {
		bk_say("%s does not load into the scratch database %s (mariadb exited with %d)", dump,
		    scratch, rc);
		return -1;
	}
	return 0;
}

static int
manifest_write(const char *path, const char *db, const struct facts *f)
{
	FILE *m = fopen(path, "w");

	if (m == NULL) {
		bk_say("%s: %s", path, strerror(errno));
		return -1;
	}
	fprintf(m, MANIFEST_HEAD "\ncreated %s\ndatabase %s\ndump " DUMP_NAME "\nbytes %llu\n"
	    "sha256 %s\nschema_version %llu\ngeneration %llu\nissued %llu\ndocuments %llu\n",
	    f->created, db, f->bytes, f->sha256, f->schema_version, f->generation, f->issued,
	    f->documents);
	for (unsigned int i = 0; i < f->ntables; i++)
		fprintf(m, "table %s %llu\n", f->tables[i].name, f->tables[i].rows);
	if (fflush(m) != 0 || fsync(fileno(m)) != 0 || fclose(m) != 0) {
		bk_say("%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* Reads DIR/MANIFEST strictly: any line it does not know makes it refused. */
int
bk_manifest_read(const char *path, struct facts *f)
{
	char line[256], name[65];
	FILE *m = fopen(path, "r");
	unsigned int lineno = 0;
	int rc = 0;

	memset(f, 0, sizeof(*f));
	if (m == NULL) {
		bk_say("%s: %s: not a complete backup", path, strerror(errno));
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), m) != NULL) {
		unsigned long long n;

		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (lineno == 1 ? strcmp(line, MANIFEST_HEAD) != 0 :
		    !(sscanf(line, "created %31s", f->created) == 1 ||
		    strncmp(line, "database ", 9) == 0 || strcmp(line, "dump " DUMP_NAME) == 0 ||
		    sscanf(line, "bytes %llu", &f->bytes) == 1 ||
		    sscanf(line, "sha256 %64[0-9a-f]", f->sha256) == 1 ||
		    sscanf(line, "schema_version %llu", &f->schema_version) == 1 ||
		    sscanf(line, "generation %llu", &f->generation) == 1 ||
		    sscanf(line, "issued %llu", &f->issued) == 1 ||
		    sscanf(line, "documents %llu", &f->documents) == 1 ||
		    (sscanf(line, "table %64s %llu", name, &n) == 2 && bk_ident_ok(name) &&
		    f->ntables < MAX_TABLES))) {
			bk_say("%s:%u: not a line of a minhbach backup's manifest", path, lineno);
			rc = -1;
		} else if (strncmp(line, "table ", 6) == 0) {
			memcpy(f->tables[f->ntables].name, name, strlen(name) + 1);
			f->tables[f->ntables++].rows = n;
		}
	}
	fclose(m);
	if (rc == 0 && (strlen(f->sha256) != 64 || f->ntables == 0 || f->schema_version == 0)) {
		bk_say("%s: incomplete manifest", path);
		rc = -1;
	}
	return rc;
}

void
bk_done(MYSQL *c, const char *scratch, const char *defaults)
{
	if (defaults[0] != '\0')
		unlink(defaults);
	if (c != NULL) {
		bk_exec(c, "DROP DATABASE IF EXISTS `%s`", scratch);
		mysql_close(c);
	}
}

/* The scratch database (restore_db, default <db_name>_restore) into scratch. Returns 0, or
 * -1 with a message. */
int
bk_scratch_name(struct config *cfg, const struct db_settings *s, char scratch[65])
{
	const char *name = config_get(cfg, "restore_db", NULL);

	if (name == NULL)
		snprintf(scratch, 65, "%.56s_restore", s->database);
	else
		snprintf(scratch, 65, "%s", name);
	if (!bk_ident_ok(s->database) || !bk_ident_ok(scratch) || strcmp(scratch, s->database) == 0) {
		bk_say("%s: db_name and restore_db must be two names of letters, digits and _", cfg->path);
		return -1;
	}
	return 0;
}

int
backup_run(struct config *cfg, const struct db_settings *s, const char *dir)
{
	char dump[1100], partial[1120], manifest[1100], mpartial[1120], defaults[64] = "";
	char opt[128], *argv[] = { "mariadb-dump", opt, "--single-transaction", "--quick",
	    "--routines", "--triggers", "--hex-blob", "--no-tablespaces", "--skip-dump-date",
	    (char *)s->database, NULL };
	char scratch[65];
	struct facts f;
	MYSQL *c = NULL;
	int fd, complete, rc = 1;
	time_t now = time(NULL);

	if (bk_scratch_name(cfg, s, scratch) != 0)
		return 1;
	snprintf(dump, sizeof(dump), "%s/" DUMP_NAME, dir);
	snprintf(partial, sizeof(partial), "%s.partial", dump);
	snprintf(manifest, sizeof(manifest), "%s/" MANIFEST_NAME, dir);
	snprintf(mpartial, sizeof(mpartial), "%s.partial", manifest);
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		bk_say("%s: %s", dir, strerror(errno));
		return 1;
	}
	if (access(manifest, F_OK) == 0 || access(dump, F_OK) == 0) {
		bk_say("%s already holds a backup: give an empty or new folder", dir);
		return 1;
	}
	if ((c = bk_connect(s)) == NULL || bk_defaults_file(s, defaults) != 0)
		goto out;
	if ((fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0) {
		bk_say("%s: %s", partial, strerror(errno));
		goto out;
	}
	snprintf(opt, sizeof(opt), "--defaults-file=%s", defaults);
	if (run_tool(argv, -1, fd) != 0 || fsync(fd) != 0) {
		bk_say("mariadb-dump failed: no backup written");
		close(fd);
		goto out;
	}
	close(fd);
	if (bk_scratch_load(c, scratch, defaults, partial) != 0 || bk_facts(c, scratch, &f, true) != 0) {
		bk_say("the dump does not check: no backup written");
		goto out;
	}
	if (bk_digest(partial, f.sha256, &f.bytes, &complete) != 0)
		goto out;
	if (!complete) {
		bk_say("%s lacks mariadb-dump's last line: no backup written", partial);
		goto out;
	}
	strftime(f.created, sizeof(f.created), "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	if (rename(partial, dump) != 0 || manifest_write(mpartial, s->database, &f) != 0 ||
	    rename(mpartial, manifest) != 0) {
		bk_say("cannot write the backup in %s: %s", dir, strerror(errno));
		unlink(dump);
		goto out;
	}
	printf("backup of %s in %s: %llu bytes, sha256 %s, schema version %llu, generation %llu,"
	    " %u tables, %llu PDFs checked\n", s->database, dir, f.bytes, f.sha256,
	    f.schema_version, f.generation, f.ntables, f.documents);
	rc = 0;
out:
	unlink(partial);
	unlink(mpartial);
	bk_done(c, scratch, defaults);
	return rc;
}


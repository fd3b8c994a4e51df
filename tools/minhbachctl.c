/* minhbachctl: the administrator's command-line tool — migrate the schema, create the
 * database accounts, load SQL files, create staff users, check the configuration, back up
 * and restore (backup.c, restore.c), send the e-mail alerts (alerts.c). */
#include "backup.h"
#include "send_alerts.h"
#include "buf.h"
#include "config.h"
#include "db.h"
#include "log.h"

#include <sodium.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The statements of `migrate` come first: it prepares only those (CTL_MIGRATE_N), since
 * the others name tables that the migrations create, and a handle is usable only when
 * every statement it was given is prepared. */
enum ctl_sql {
	CTL_VERSIONS,
	CTL_RECORD,
	CTL_NARROW_VARS,
#define CTL_MIGRATE_N	(CTL_NARROW_VARS + 1)
	CTL_GRANT_VARS,
	CTL_USER_INSERT,
	CTL_USER_UPDATE,
	CTL_ROLE_INSERT,
	CTL_AUDIT,
	CTL__MAX
};

static const char *const ctl_sql[CTL__MAX] = {
	[CTL_VERSIONS] = "SELECT version FROM schema_version ORDER BY version",
	[CTL_RECORD] = "INSERT INTO schema_version (version, name) VALUES (?, ?)",
	[CTL_NARROW_VARS] = "SET @db = ?, @host = ?, @public_user = ?",
	[CTL_GRANT_VARS] = "SET @db = ?, @host = ?, @public_user = ?, @public_password = ?,"
	    " @staff_user = ?, @staff_password = ?",
	[CTL_USER_INSERT] = "INSERT INTO staff_users (username, display_name, password_hash, is_admin)"
	    " VALUES (?, ?, ?, ?)",
	[CTL_USER_UPDATE] = "UPDATE staff_users SET display_name = ?, password_hash = ?, is_admin = ?,"
	    " is_active = TRUE, password_changed_at = CURRENT_TIMESTAMP WHERE username = ?",
	[CTL_ROLE_INSERT] = "INSERT IGNORE INTO staff_roles (user_id, board_id, role)"
	    " SELECT u.id, b.id, ? FROM staff_users u, boards b WHERE u.username = ? AND b.slug = ?",
	[CTL_AUDIT] = "INSERT INTO audit_log (username, action, entity, detail)"
	    " VALUES ('minhbachctl', ?, 'staff_user', ?)",
};

#define MIN_PASSWORD	12

static struct config	 cfg;
static struct db_settings dbs;

static char *
read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b;
	char chunk[65536];
	size_t n;

	if (f == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return NULL;
	}
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	buf_putc(&b, '\0');
	b.len--;
	if (len != NULL)
		*len = b.len;
	return b.data;
}

static struct db *
ctl_connect(const char *const *sql, unsigned int n)
{
	struct db *db;

	dbs.multi_statements = true;
	db = db_open(&dbs, sql, n);
	if (!db_connected(db)) {
		fprintf(stderr, "minhbachctl: cannot connect to MariaDB: %s\n", db_last_error(db));
		db_close(db);
		return NULL;
	}
	return db;
}

static int
run_file(struct db *db, const char *path)
{
	char *sql = read_file(path, NULL);
	enum db_status rc;

	if (sql == NULL)
		return -1;
	rc = db_exec_text(db, sql, true);
	free(sql);
	if (rc != DB_OK) {
		fprintf(stderr, "%s: %s\n", path, db_last_error(db));
		return -1;
	}
	return 0;
}

/* The versions applied so far. */
struct versions {
	long	 v[256];
	int	 n;
	long	 max;
};

static int
on_version(void *ctx, const struct db_row *r)
{
	struct versions *vs = ctx;
	long v = atol(r->values[0]);

	if (vs->n < 256)
		vs->v[vs->n++] = v;
	if (v > vs->max)
		vs->max = v;
	return 0;
}

static int
applied(const struct versions *vs, long v)
{
	for (int i = 0; i < vs->n; i++)
		if (vs->v[i] == v)
			return 1;
	return 0;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Before a migration: the public account's tables are narrowed to their published columns,
 * none read whole (sql/grants_narrow.sql), so that a column a migration adds is refused
 * until it is published and `grant` runs. */
static int
narrow(struct db *db, const char *sql_dir)
{
	char path[1100];
	struct db_param p[3];

	p[0] = DB_TEXT(dbs.database);
	p[1] = DB_TEXT(config_get(&cfg, "grant_host", "localhost"));
	p[2] = DB_TEXT(config_get(&cfg, "public_db_user", "minhbach_public"));
	if (db_exec(db, CTL_NARROW_VARS, p, 3, NULL, NULL) != DB_OK) {
		fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
		return -1;
	}
	snprintf(path, sizeof(path), "%s/grants_narrow.sql", sql_dir);
	return run_file(db, path);
}

/* Applies sql_dir/migrations/NNN_name.sql in order, each one not yet recorded (also one
 * numbered below a newer one already applied). */
static int
cmd_migrate(const char *sql_dir)
{
	char dir[1024], path[1300];
	struct db *raw, *db;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0;
	struct versions current = { .n = 0, .max = 0 };
	int rc = 1, count = 0;

	if ((raw = ctl_connect(NULL, 0)) == NULL)
		return 1;
	if (db_exec_text(raw, "CREATE TABLE IF NOT EXISTS schema_version ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL,"
	    " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB", false) != DB_OK) {
		fprintf(stderr, "minhbachctl: %s\n", db_last_error(raw));
		db_close(raw);
		return 1;
	}
	db_close(raw);
	if ((db = ctl_connect(ctl_sql, CTL_MIGRATE_N)) == NULL)
		return 1;
	if (db_query(db, CTL_VERSIONS, NULL, 0, on_version, &current) != DB_OK) {
		fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
		goto out;
	}
	snprintf(dir, sizeof(dir), "%s/migrations", sql_dir);
	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: %s\n", dir, strerror(errno));
		goto out;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		if (len > 8 && strcmp(e->d_name + len - 4, ".sql") == 0 &&
		    strspn(e->d_name, "0123456789") == 3 && e->d_name[3] == '_') {
			names = xgrow(names, n, sizeof(*names));
			names[n++] = xstrdup(e->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof(*names), name_cmp);
	for (size_t i = 0; i < n; i++)
		if (!applied(&current, atol(names[i]))) {
			if (narrow(db, sql_dir) != 0)
				goto out;
			break;
		}
	for (size_t i = 0; i < n; i++) {
		long version = atol(names[i]);
		struct db_param p[2];

		if (applied(&current, version))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (run_file(db, path) != 0)
			goto out;
		p[0] = DB_INT(version);
		p[1] = DB_TEXT(names[i]);
		if (db_exec(db, CTL_RECORD, p, 2, NULL, NULL) != DB_OK) {
			fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
			goto out;
		}
		printf("applied %s\n", names[i]);
		count++;
		if (version > current.max)
			current.max = version;
	}
	printf("schema at version %ld (%d applied now)\n", current.max, count);
	rc = 0;
out:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	db_close(db);
	return rc;
}

/* Creates or updates the public and staff accounts with least privilege. */
static int
cmd_grant(const char *sql_dir)
{
	char path[1100];
	struct db *db;
	struct db_param p[6];
	int rc = 1;

	p[0] = DB_TEXT(dbs.database);
	p[1] = DB_TEXT(config_get(&cfg, "grant_host", "localhost"));
	p[2] = DB_TEXT(config_get(&cfg, "public_db_user", "minhbach_public"));
	p[3] = DB_TEXT(config_get(&cfg, "public_db_password", NULL));
	p[4] = DB_TEXT(config_get(&cfg, "staff_db_user", "minhbach_staff"));
	p[5] = DB_TEXT(config_get(&cfg, "staff_db_password", NULL));
	if (p[3].type == DBP_NULL || p[5].type == DBP_NULL) {
		fprintf(stderr, "%s: grant needs public_db_password and staff_db_password\n", cfg.path);
		return 1;
	}
	if ((db = ctl_connect(ctl_sql, CTL__MAX)) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/grants.sql", sql_dir);
	if (db_exec(db, CTL_GRANT_VARS, p, 6, NULL, NULL) != DB_OK)
		fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
	else if (run_file(db, path) == 0) {
		printf("accounts %s and %s granted\n", p[2].s, p[4].s);
		rc = 0;
	}
	db_close(db);
	return rc;
}

/* ANALYZE TABLE of every table (bk_analyze): what a load or a restore does at its end. */
static int
cmd_analyze(void)
{
	MYSQL *c = bk_connect(&dbs);
	int rc;

	if (c == NULL)
		return 1;
	rc = bk_analyze(c, dbs.database) == 0 ? 0 : 1;
	mysql_close(c);
	if (rc == 0)
		printf("statistics of %s updated\n", dbs.database);
	return rc;
}

static int
cmd_load(int argc, char **argv)
{
	struct db *db;
	int rc = 0;

	if (argc < 1) {
		fprintf(stderr, "usage: minhbachctl load FILE.sql...\n");
		return 2;
	}
	if ((db = ctl_connect(NULL, 0)) == NULL)
		return 1;
	for (int i = 0; i < argc && rc == 0; i++) {
		if (run_file(db, argv[i]) != 0)
			rc = 1;
		else
			printf("loaded %s\n", argv[i]);
	}
	db_close(db);
	return rc == 0 ? cmd_analyze() : rc;
}

/* Reads the password from MINHBACH_PASSWORD or the first line of standard input. */
static char *
read_password(void)
{
	const char *env = getenv("MINHBACH_PASSWORD");
	char line[1024];
	size_t len;

	if (env != NULL)
		return xstrdup(env);
	if (isatty(STDIN_FILENO))
		fprintf(stderr, "password: ");
	if (fgets(line, sizeof(line), stdin) == NULL)
		return NULL;
	len = strlen(line);
	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		line[--len] = '\0';
	return xstrdup(line);
}

static size_t
utf8_length(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* create-user NAME [--admin] [--display NAME] [--role editor|reviewer:BOARD-SLUG]... */
static int
cmd_create_user(int argc, char **argv)
{
	char hash[crypto_pwhash_STRBYTES];
	const char *username, *display = NULL;
	char *password;
	int admin = 0, rc = 1;
	struct db *db;
	struct db_param p[4];
	unsigned long long affected = 0;

	if (argc < 1) {
		fprintf(stderr, "usage: minhbachctl create-user NAME [--admin] [--display NAME]"
		    " [--role editor:BOARD] [--role reviewer:BOARD]...\n");
		return 2;
	}
	username = argv[0];
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--admin") == 0)
			admin = 1;
		else if (strcmp(argv[i], "--display") == 0 && i + 1 < argc)
			display = argv[++i];
		else if (strcmp(argv[i], "--role") == 0 && i + 1 < argc)
			i++;	/* applied below, once the user exists */
		else {
			fprintf(stderr, "minhbachctl: unknown option %s\n", argv[i]);
			return 2;
		}
	}
	if ((password = read_password()) == NULL || utf8_length(password) < MIN_PASSWORD) {
		fprintf(stderr, "minhbachctl: the password must have at least %d characters\n",
		    MIN_PASSWORD);
		free(password);
		return 1;
	}
	if (sodium_init() < 0 ||
	    crypto_pwhash_str(hash, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
		fprintf(stderr, "minhbachctl: cannot hash the password (out of memory?)\n");
		free(password);
		return 1;
	}
	sodium_memzero(password, strlen(password));
	free(password);
	if ((db = ctl_connect(ctl_sql, CTL__MAX)) == NULL)
		return 1;
	p[0] = DB_TEXT(display ? display : username);
	p[1] = DB_TEXT(hash);
	p[2] = DB_INT(admin);
	p[3] = DB_TEXT(username);
	if (db_exec(db, CTL_USER_UPDATE, p, 4, &affected, NULL) != DB_OK)
		goto fail;
	if (affected == 0) {
		struct db_param q[4] = { DB_TEXT(username), DB_TEXT(display ? display : username),
		    DB_TEXT(hash), DB_INT(admin) };

		if (db_exec(db, CTL_USER_INSERT, q, 4, NULL, NULL) != DB_OK)
			goto fail;
	}
	for (int i = 1; i < argc; i++) {
		char role[16];
		const char *colon;
		struct db_param r[3];

		if (strcmp(argv[i], "--display") == 0) {
			i++;
			continue;
		}
		if (strcmp(argv[i], "--role") != 0)
			continue;
		colon = strchr(argv[++i], ':');
		if (colon == NULL || (size_t)(colon - argv[i]) >= sizeof(role)) {
			fprintf(stderr, "minhbachctl: --role takes editor:BOARD or reviewer:BOARD\n");
			goto out;
		}
		snprintf(role, sizeof(role), "%.*s", (int)(colon - argv[i]), argv[i]);
		if (strcmp(role, "editor") != 0 && strcmp(role, "reviewer") != 0) {
			fprintf(stderr, "minhbachctl: unknown role %s\n", role);
			goto out;
		}
		r[0] = DB_TEXT(role);
		r[1] = DB_TEXT(username);
		r[2] = DB_TEXT(colon + 1);
		if (db_exec(db, CTL_ROLE_INSERT, r, 3, &affected, NULL) != DB_OK)
			goto fail;
	}
	{
		struct db_param a[2] = { DB_TEXT(affected ? "user_create" : "user_update"),
		    DB_TEXT(username) };

		if (db_exec(db, CTL_AUDIT, a, 2, NULL, NULL) != DB_OK)
			goto fail;
	}
	printf("staff user %s saved%s\n", username, admin ? " (admin)" : "");
	rc = 0;
	goto out;
fail:
	fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
out:
	db_close(db);
	return rc;
}

static int
cmd_check(void)
{
	struct db *db;
	struct versions current = { .n = 0, .max = 0 };

	if ((db = ctl_connect(ctl_sql, CTL__MAX)) == NULL)
		return 1;
	if (db_query(db, CTL_VERSIONS, NULL, 0, on_version, &current) != DB_OK) {
		fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
		db_close(db);
		return 1;
	}
	printf("configuration %s is valid; database %s at schema version %ld\n", cfg.path,
	    dbs.database, current.max);
	db_close(db);
	return 0;
}

static void
usage(void)
{
	fprintf(stderr,
	    "usage: minhbachctl [-c config] command [arguments]\n"
	    "  migrate                 apply the schema migrations not yet applied (first narrowing\n"
	    "                          the public account's whole tables to their published columns)\n"
	    "  grant                   create the public and staff accounts with their rights\n"
	    "  load FILE.sql...        run SQL files (demo data), then analyze\n"
	    "  analyze                 update the optimizer's statistics of every table\n"
	    "  create-user NAME [--admin] [--display NAME] [--role editor:BOARD]...\n"
	    "                          create or update a staff user; the password comes from\n"
	    "                          MINHBACH_PASSWORD or standard input\n"
	    "  check                   check the configuration and the database connection\n"
	    "  backup DIR              dump the database into DIR (new or empty) with its\n"
	    "                          manifest, checked by loading it into restore_db\n"
	    "  restore DIR             replace every table's data with DIR's backup, all or\n"
	    "                          nothing\n"
	    "  send-alerts             mail the confirmations and the changes that match each\n"
	    "                          confirmed subscription, and the inquiries'\n"
	    "                          confirmations (the timer runs it)\n"
	    "  alert-bounce ADDRESS    count a bounce of ADDRESS (3 in a row disable it)\n");
}

int
main(int argc, char **argv)
{
	const char *conf = SYSCONFDIR "/minhbach/minhbachctl.conf";
	const char *sql_dir;
	int opt, rc;

	log_set_name("minhbachctl");
	while ((opt = getopt(argc, argv, "+c:h")) != -1) {
		if (opt == 'c')
			conf = optarg;
		else {
			usage();
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1) {
		usage();
		return 2;
	}
	if (config_load(&cfg, conf) != 0 || db_settings_from_config(&dbs, &cfg) != 0)
		return 1;
	sql_dir = config_get(&cfg, "sql_dir", DATADIR "/minhbach/sql");
	/* keys only some commands read */
	config_get(&cfg, "grant_host", NULL);
	config_get(&cfg, "public_db_user", NULL);
	config_get(&cfg, "public_db_password", NULL);
	config_get(&cfg, "staff_db_user", NULL);
	config_get(&cfg, "staff_db_password", NULL);
	config_get(&cfg, "restore_db", NULL);
	for (const char *const *k = (const char *const[]){ "smtp_url", "smtp_from", "smtp_user",
	    "smtp_password", "smtp_starttls", "public_origin", "alert_secret", "templates_dir",
	    NULL }; *k != NULL; k++)
		config_get(&cfg, *k, NULL);
	if (config_warn_unused(&cfg) > 0)
		return 1;
	/* A migration or a load may run one statement for minutes (migration 032 rewrites the
	 * search text of every project: about a minute at 100,000): unless the configuration
	 * sets db_read_timeout, these wait for the server's answer as backup and restore do */
	if ((strcmp(argv[0], "migrate") == 0 || strcmp(argv[0], "grant") == 0 ||
	    strcmp(argv[0], "load") == 0) && config_get(&cfg, "db_read_timeout", NULL) == NULL)
		dbs.read_timeout = 0;
	if (strcmp(argv[0], "migrate") == 0)
		rc = cmd_migrate(sql_dir);
	else if (strcmp(argv[0], "grant") == 0)
		rc = cmd_grant(sql_dir);
	else if (strcmp(argv[0], "load") == 0)
		rc = cmd_load(argc - 1, argv + 1);
	else if (strcmp(argv[0], "analyze") == 0 && argc == 1)
		rc = cmd_analyze();
	else if (strcmp(argv[0], "create-user") == 0)
		rc = cmd_create_user(argc - 1, argv + 1);
	else if (strcmp(argv[0], "check") == 0)
		rc = cmd_check();
	else if (strcmp(argv[0], "send-alerts") == 0 && argc == 1)
		rc = alerts_run(&cfg, &dbs);
	else if (strcmp(argv[0], "alert-bounce") == 0 && argc == 2)
		rc = alerts_bounce(&dbs, argv[1]);
	else if ((strcmp(argv[0], "backup") == 0 || strcmp(argv[0], "restore") == 0) &&
	    argc == 2 && sodium_init() >= 0)
		rc = argv[0][0] == 'b' ? backup_run(&cfg, &dbs, argv[1]) :
		    restore_run(&cfg, &dbs, argv[1]);
	else {
		usage();
		rc = 2;
	}
	config_free(&cfg);
	return rc;
}

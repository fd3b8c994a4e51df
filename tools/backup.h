/* minhbachctl backup DIR and restore DIR (tools/backup.c). */
#ifndef MB_BACKUP_H
#define MB_BACKUP_H

#include "config.h"
#include "db.h"

#include <mysql.h>
#include <stdbool.h>

/* Dumps the database with mariadb-dump (one consistent snapshot), loads the dump into the
 * scratch database and checks it there (every stored PDF against its SHA-256, the rows of
 * every table), then writes DIR/minhbach.sql and DIR/MANIFEST. Returns the exit status. */
int	backup_run(struct config *, const struct db_settings *, const char *dir);
/* Checks DIR against its MANIFEST, loads the dump into the scratch database, checks it
 * again, then replaces the data of every table in one transaction, or changes nothing.
 * Returns the exit status. */
int	restore_run(struct config *, const struct db_settings *, const char *dir);

/* What backup.c and restore.c share. */
#define DUMP_NAME	"minhbach.sql"
#define MANIFEST_NAME	"MANIFEST"
#define MANIFEST_HEAD	"minhbach-backup 1"
#define DUMP_TRAILER	"-- Dump completed"
#define MAX_TABLES	256

struct table {
	char			name[65];
	unsigned long long	rows;
	int			triggers;	/* the table carries triggers */
};

/* What a database holds (the scratch one after a load, or what the manifest says). */
struct facts {
	struct table		tables[MAX_TABLES];
	unsigned int		ntables;
	unsigned long long	schema_version, generation, issued, documents;
	unsigned long long	bytes;
	char			sha256[65];
	char			created[32];
};

void	 bk_say(const char *, ...) __attribute__((format(printf, 1, 2)));
/* A name from information_schema or the configuration, safe between backquotes. */
int	 bk_ident_ok(const char *);
/* The scratch database (restore_db, default <db_name>_restore). Returns 0, or -1. */
int	 bk_scratch_name(struct config *, const struct db_settings *, char scratch[65]);
MYSQL	*bk_connect(const struct db_settings *);
/* Runs one statement built of names (ident_ok) and numbers, never of data. 0 or -1. */
int	 bk_exec(MYSQL *, const char *, ...) __attribute__((format(printf, 2, 3)));
/* The rows of a query; NULL with a message. */
MYSQL_RES *bk_rows(MYSQL *, const char *, ...) __attribute__((format(printf, 2, 3)));
/* The first value of a one-number query: 0, or -1 with a message. */
int	 bk_number(MYSQL *, unsigned long long *, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
/* What database db holds (tables, rows, versions), and (pdfs) every stored PDF checked
 * against its SHA-256 and size. 0, or -1 with a message naming each damaged PDF. */
int	 bk_facts(MYSQL *, const char *db, struct facts *, bool pdfs);
/* ANALYZE TABLE of every table of db: the optimizer's statistics after a load or a restore. */
int	 bk_analyze(MYSQL *, const char *db);
/* A [client] option file (0600) for mariadb-dump and mariadb: the password on no command
 * line. Its path in out; 0 or -1. */
int	 bk_defaults_file(const struct db_settings *, char out[64]);
/* The SHA-256 (hex) and size of a file, and whether it ends with mariadb-dump's last line. */
int	 bk_digest(const char *path, char hex[65], unsigned long long *bytes, int *complete);
/* Creates the scratch database afresh and loads the dump into it with mariadb. 0 or -1. */
int	 bk_scratch_load(MYSQL *, const char *scratch, const char *defaults, const char *dump);
/* The end of a backup or restore: the option file removed, the scratch database dropped,
 * the connection (may be NULL) closed. */
void	 bk_done(MYSQL *, const char *scratch, const char *defaults);
/* Reads a MANIFEST strictly (an unknown line refuses it). 0 or -1. */
int	 bk_manifest_read(const char *path, struct facts *);

#endif

/* The MariaDB layer, its connection: settings, connecting and preparing every statement,
 * telling a lost or refusing server from other errors, and logging an outage once. The
 * statements themselves are run by db.c. */
#include "db.h"
#include "db_private.h"
#include "buf.h"
#include "config.h"
#include "log.h"
#include "metrics.h"

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DB_LOG_EVERY	30	/* seconds between two log lines about the same outage */

int
db_settings_from_config(struct db_settings *s, struct config *cfg)
{
	long port, ct, rt, wt;

	memset(s, 0, sizeof(*s));
	s->host = config_get(cfg, "db_host", NULL);
	s->socket = config_get(cfg, "db_socket", NULL);
	s->user = config_get(cfg, "db_user", NULL);
	s->password = config_get(cfg, "db_password", "");
	s->database = config_get(cfg, "db_name", "minhbach");
	if (config_int(cfg, "db_port", 3306, 1, 65535, &port) ||
	    config_int(cfg, "db_connect_timeout", 2, 1, 60, &ct) ||
	    config_int(cfg, "db_read_timeout", 10, 1, 3600, &rt) ||
	    config_int(cfg, "db_write_timeout", 10, 1, 3600, &wt))
		return -1;
	if (s->user == NULL) {
		fprintf(stderr, "%s: `db_user` is required\n", cfg->path);
		return -1;
	}
	s->port = (unsigned int)port;
	s->connect_timeout = (unsigned int)ct;
	s->read_timeout = (unsigned int)rt;
	s->write_timeout = (unsigned int)wt;
	return 0;
}

bool
db_errno_is_gone(unsigned int e)
{
	switch (e) {
	case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST:
	case CR_CONNECTION_ERROR:
	case CR_CONN_HOST_ERROR:
	case CR_SERVER_LOST_EXTENDED:
	case ER_SERVER_SHUTDOWN:
	case ER_CONNECTION_KILLED:
	case ER_CON_COUNT_ERROR:
		return true;
	default:
		return false;
	}
}

/* The account lacks a right: while `minhbachctl grant` runs, or a misconfiguration. Either
 * way a passing condition for the user (503), not a bug in the page. */
static bool
db_errno_is_denied(unsigned int e)
{
	switch (e) {
	case ER_DBACCESS_DENIED_ERROR:
	case ER_ACCESS_DENIED_ERROR:
	case ER_TABLEACCESS_DENIED_ERROR:
	case ER_COLUMNACCESS_DENIED_ERROR:
	case ER_PROCACCESS_DENIED_ERROR:
	case ER_SPECIFIC_ACCESS_DENIED_ERROR:
		return true;
	default:
		return false;
	}
}

/* Logs the failure of an outage (the server gone, a right missing): the first one at once,
 * then one line every DB_LOG_EVERY seconds that counts the others, so an outage under load
 * writes a few lines, not one per request. */
void
db_log_outage(struct db *db, const char *what)
{
	time_t now = time(NULL);

	if (db->last_logged != 0 && now - db->last_logged < DB_LOG_EVERY) {
		db->unlogged++;
		return;
	}
	if (db->unlogged > 0)
		log_error("%s: %s (and %lu more failures in %ld s)", what, db->error, db->unlogged,
		    (long)(now - db->last_logged));
	else
		log_error("%s: %s", what, db->error);
	db->last_logged = now;
	db->unlogged = 0;
}

/* The server answers again: ends the outage's log lines. */
static void
db_log_recovered(struct db *db)
{
	if (db->last_logged == 0)
		return;
	log_info("MariaDB answers again (%lu more failures since the last line)", db->unlogged);
	db->last_logged = 0;
	db->unlogged = 0;
}

static void db_disconnect(struct db *);

enum db_status
db_fail(struct db *db, unsigned int e, const char *msg)
{
	db->errnum = e;
	snprintf(db->error, sizeof(db->error), "%s", msg ? msg : "unknown error");
	if (db_errno_is_gone(e)) {
		db->connected = false;
		metrics_db_none();
		metrics_db_error(METRICS_DB_UNAVAILABLE);
		db_servers_skip(db, DB_SKIP_DOWN);
		return DB_UNAVAILABLE;
	}
	if (db_errno_is_denied(e)) {
		/* reconnect and prepare again later: the rights may be back by then */
		db->connected = false;
		metrics_db_none();
		metrics_db_error(METRICS_DB_DENIED);
		db_log_outage(db, "database access denied");
		return DB_UNAVAILABLE;
	}
	switch (e) {
	case ER_DUP_ENTRY:
	case ER_ROW_IS_REFERENCED_2:
	case ER_NO_REFERENCED_ROW_2:
	case ER_CONSTRAINT_FAILED:
	case ER_LOCK_DEADLOCK:
		metrics_db_error(METRICS_DB_CONFLICT);
		return DB_CONFLICT;
	default:
		metrics_db_error(METRICS_DB_ERROR);
		log_error("database error %u: %s", e, db->error);
		return DB_ERROR;
	}
}

static void
db_disconnect(struct db *db)
{
	db_variants_close(db);
	if (db->stmts != NULL)
		for (unsigned int i = 0; i < db->nsql; i++)
			if (db->stmts[i] != NULL) {
				mysql_stmt_close(db->stmts[i]);
				db->stmts[i] = NULL;
			}
	if (db->conn != NULL)
		mysql_close(db->conn);
	db->conn = NULL;
	db->connected = false;
	metrics_db_none();
}

/* Prepares every statement on a fresh connection. Returns DB_OK, or with the connection
 * closed: DB_UNAVAILABLE when the server went away or the account lacks a right (a grant
 * being applied), DB_ERROR for a bug in the SQL. No statement is ever left NULL on a
 * connection taken as healthy: the next use tries again (at most once a second). */
static enum db_status
db_prepare_all(struct db *db)
{
	for (unsigned int i = 0; i < db->nsql; i++) {
		MYSQL_STMT *st = mysql_stmt_init(db->conn);
		unsigned int e;

		if (st == NULL)
			abort();
		if (mysql_stmt_prepare(st, db->sql[i], (unsigned long)strlen(db->sql[i])) == 0) {
			db->stmts[i] = st;
			continue;
		}
		e = mysql_stmt_errno(st);
		db->errnum = e;
		snprintf(db->error, sizeof(db->error), "statement %u: %s", i, mysql_stmt_error(st));
		mysql_stmt_close(st);
		db_disconnect(db);
		if (db_errno_is_gone(e) || db_errno_is_denied(e)) {
			db_log_outage(db, "cannot prepare");
			return DB_UNAVAILABLE;
		}
		log_error("cannot prepare %s", db->error);
		return DB_ERROR;
	}
	return DB_OK;
}

MYSQL *
db_dial(struct db *db, unsigned int i, unsigned int timeout)
{
	unsigned int rt = db->s.read_timeout, wt = db->s.write_timeout;
	unsigned long flags = db->s.multi_statements ? CLIENT_MULTI_STATEMENTS : 0;
	const char *host = db->s.host, *socket = db->s.socket;
	unsigned int port = db->s.port;
	MYSQL *conn;

	if (i < db->s.nreplicas) {
		const struct db_server *r = &db->s.replicas[i];

		host = r->host[0] ? r->host : NULL;
		socket = r->host[0] ? NULL : r->socket;
		port = r->port;
	}
	if ((conn = mysql_init(NULL)) == NULL)
		abort();
	mysql_optionsv(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_optionsv(conn, MYSQL_OPT_READ_TIMEOUT, &rt);
	mysql_optionsv(conn, MYSQL_OPT_WRITE_TIMEOUT, &wt);
	mysql_optionsv(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* uca1400 collation ids do not fit the handshake: set them by statement */
	mysql_optionsv(conn, MYSQL_INIT_COMMAND,
	    "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+00:00'");
	if (mysql_real_connect(conn, host, db->s.user, db->s.password, db->s.database, port,
	    socket, flags) == NULL) {
		db->errnum = mysql_errno(conn);
		snprintf(db->error, sizeof(db->error), "%s", mysql_error(conn));
		mysql_close(conn);
		return NULL;
	}
	return conn;
}

enum db_status
db_adopt(struct db *db, MYSQL *conn, unsigned int i)
{
	enum db_status rc;

	if (db->conn != NULL)
		db_disconnect(db);
	db->conn = conn;
	db->cur = i;
	if ((rc = db_prepare_all(db)) != DB_OK)
		return rc;
	db->connected = true;
	db_metrics_server(db);
	db_log_recovered(db);
	return DB_OK;
}

/* Connects and prepares every statement. At most one attempt a second, so a dead
 * server costs a request nothing but a failed connect now and then. */
enum db_status
db_connect(struct db *db)
{
	time_t now = time(NULL);

	if (db->connected)
		return DB_OK;
	/* a transaction dies with its connection: nothing may go on without it */
	if (db->in_transaction)
		return DB_UNAVAILABLE;
	if (db->conn != NULL)
		db_disconnect(db);
	if (now == db->last_attempt)
		return DB_UNAVAILABLE;
	db->last_attempt = now;
	return db_servers_connect(db);
}

struct db *
db_open(const struct db_settings *s, const char *const *sql, unsigned int nsql)
{
	struct db *db = xcalloc(1, sizeof(*db));

	db->s = *s;
	db->sql = sql;
	db->nsql = nsql;
	db->stmts = xcalloc(nsql ? nsql : 1, sizeof(*db->stmts));
	db->nservers = s->nreplicas + 1;
	(void)db_connect(db);
	return db;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_disconnect(db);
	db_servers_close(db);
	free(db->stmts);
	free(db);
}

bool
db_connected(const struct db *db)
{
	return db->connected;
}

const char *
db_last_error(const struct db *db)
{
	return db->error;
}

unsigned int
db_last_errno(const struct db *db)
{
	return db->errnum;
}

/* The MariaDB layer: one connection per worker, prepared statements only,
 * reconnect and re-prepare after the server went away. */
#include "db.h"
#include "buf.h"
#include "config.h"
#include "log.h"

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DB_COLUMN_START	256	/* first buffer size per column; grown on truncation */
#define DB_LOG_EVERY	30	/* seconds between two log lines about the same outage */

struct db {
	struct db_settings	  s;
	MYSQL			 *conn;
	MYSQL_STMT		**stmts;
	const char *const	 *sql;
	unsigned int		  nsql;
	bool			  connected;
	bool			  in_transaction;
	time_t			  last_attempt;
	time_t			  last_logged;	/* of the outage going on, 0: none */
	unsigned long		  unlogged;	/* failures since that line */
	unsigned int		  errnum;
	char			  error[512];
};

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

static bool
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
static void
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

static enum db_status
db_fail(struct db *db, unsigned int e, const char *msg)
{
	db->errnum = e;
	snprintf(db->error, sizeof(db->error), "%s", msg ? msg : "unknown error");
	if (db_errno_is_gone(e)) {
		db->connected = false;
		return DB_UNAVAILABLE;
	}
	if (db_errno_is_denied(e)) {
		/* reconnect and prepare again later: the rights may be back by then */
		db->connected = false;
		db_log_outage(db, "database access denied");
		return DB_UNAVAILABLE;
	}
	switch (e) {
	case ER_DUP_ENTRY:
	case ER_ROW_IS_REFERENCED_2:
	case ER_NO_REFERENCED_ROW_2:
	case ER_CONSTRAINT_FAILED:
	case ER_LOCK_DEADLOCK:
		return DB_CONFLICT;
	default:
		log_error("database error %u: %s", e, db->error);
		return DB_ERROR;
	}
}

static void
db_disconnect(struct db *db)
{
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

/* Connects and prepares every statement. At most one attempt a second, so a dead
 * server costs a request nothing but a failed connect now and then. */
static enum db_status
db_connect(struct db *db)
{
	time_t now = time(NULL);
	unsigned int ct = db->s.connect_timeout, rt = db->s.read_timeout, wt = db->s.write_timeout;
	unsigned long flags = db->s.multi_statements ? CLIENT_MULTI_STATEMENTS : 0;
	enum db_status rc;

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
	if ((db->conn = mysql_init(NULL)) == NULL)
		abort();
	mysql_optionsv(db->conn, MYSQL_OPT_CONNECT_TIMEOUT, &ct);
	mysql_optionsv(db->conn, MYSQL_OPT_READ_TIMEOUT, &rt);
	mysql_optionsv(db->conn, MYSQL_OPT_WRITE_TIMEOUT, &wt);
	mysql_optionsv(db->conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* uca1400 collation ids do not fit the handshake: set them by statement */
	mysql_optionsv(db->conn, MYSQL_INIT_COMMAND,
	    "SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_ai_ci, time_zone = '+00:00'");
	if (mysql_real_connect(db->conn, db->s.host, db->s.user, db->s.password,
	    db->s.database, db->s.port, db->s.socket, flags) == NULL) {
		unsigned int e = mysql_errno(db->conn);

		db->errnum = e;
		snprintf(db->error, sizeof(db->error), "%s", mysql_error(db->conn));
		mysql_close(db->conn);
		db->conn = NULL;
		/* a wrong password or database is a configuration error, not an outage,
		 * but either way this worker cannot serve data: say so (rate-limited) */
		db_log_outage(db, "cannot connect to MariaDB");
		return DB_UNAVAILABLE;
	}
	if ((rc = db_prepare_all(db)) != DB_OK)
		return rc;
	db->connected = true;
	db_log_recovered(db);
	return DB_OK;
}

struct db *
db_open(const struct db_settings *s, const char *const *sql, unsigned int nsql)
{
	struct db *db = xcalloc(1, sizeof(*db));

	db->s = *s;
	db->sql = sql;
	db->nsql = nsql;
	db->stmts = xcalloc(nsql ? nsql : 1, sizeof(*db->stmts));
	(void)db_connect(db);
	return db;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_disconnect(db);
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

static void
db_bind_params(MYSQL_BIND *b, const struct db_param *p, unsigned int n)
{
	memset(b, 0, sizeof(*b) * (n ? n : 1));
	for (unsigned int i = 0; i < n; i++) {
		switch (p[i].type) {
		case DBP_NULL:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case DBP_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&p[i].i;
			break;
		case DBP_DOUBLE:
			b[i].buffer_type = MYSQL_TYPE_DOUBLE;
			b[i].buffer = (void *)&p[i].d;
			break;
		case DBP_TEXT:
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)p[i].s;
			b[i].buffer_length = p[i].len ? p[i].len : strlen(p[i].s);
			break;
		case DBP_BLOB:
			b[i].buffer_type = MYSQL_TYPE_BLOB;
			b[i].buffer = (void *)p[i].s;
			b[i].buffer_length = p[i].len;
			break;
		}
	}
}

/* Binds and executes statement idx. On success *out is the statement. */
static enum db_status
db_execute(struct db *db, unsigned int idx, const struct db_param *p, unsigned int n,
    MYSQL_STMT **out)
{
	MYSQL_BIND binds[32];
	MYSQL_STMT *st;
	enum db_status rc;

	if (idx >= db->nsql || n > 32)
		abort();
	if ((rc = db_connect(db)) != DB_OK)
		return rc;
	st = db->stmts[idx];	/* never NULL on a connected handle (db_prepare_all) */
	if (mysql_stmt_param_count(st) != n) {
		log_error("statement %u takes %lu parameters, given %u", idx,
		    mysql_stmt_param_count(st), n);
		return db_fail(db, 0, "wrong parameter count");
	}
	db_bind_params(binds, p, n);
	if (mysql_stmt_bind_param(st, binds) != 0 || mysql_stmt_execute(st) != 0)
		return db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
	*out = st;
	return DB_OK;
}

struct db_columns {
	unsigned int	 n;
	MYSQL_BIND	*bind;
	char		**bufs;
	unsigned long	*caps, *lengths;
	my_bool		*nulls, *errors;
	const char	**names, **values;
};

static void
db_columns_free(struct db_columns *c)
{
	for (unsigned int i = 0; i < c->n; i++)
		free(c->bufs[i]);
	free(c->bind);
	free(c->bufs);
	free(c->caps);
	free(c->lengths);
	free(c->nulls);
	free(c->errors);
	free(c->names);
	free(c->values);
}

static void
db_columns_bind(struct db_columns *c, unsigned int i)
{
	memset(&c->bind[i], 0, sizeof(c->bind[i]));
	c->bind[i].buffer_type = MYSQL_TYPE_STRING;
	c->bind[i].buffer = c->bufs[i];
	c->bind[i].buffer_length = c->caps[i] - 1;	/* room for our terminator */
	c->bind[i].length = &c->lengths[i];
	c->bind[i].is_null = &c->nulls[i];
	c->bind[i].error = &c->errors[i];
}

/* A failed mysql_stmt_fetch: the statement's error, or the connection's when the statement
 * holds none (a connection lost in the middle of a result is reported on the connection). */
static enum db_status
db_fetch_fail(struct db *db, MYSQL_STMT *st)
{
	if (mysql_stmt_errno(st) == 0 && mysql_errno(db->conn) != 0)
		return db_fail(db, mysql_errno(db->conn), mysql_error(db->conn));
	return db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
}

static enum db_status
db_fetch_rows(struct db *db, MYSQL_STMT *st, db_row_fn fn, void *ctx, bool *delivered)
{
	MYSQL_RES *meta = mysql_stmt_result_metadata(st);
	struct db_columns c;
	enum db_status rc = DB_OK;
	MYSQL_FIELD *fields;
	struct db_row row;

	if (meta == NULL)
		return DB_OK;
	memset(&c, 0, sizeof(c));
	c.n = mysql_num_fields(meta);
	fields = mysql_fetch_fields(meta);
	c.bind = xcalloc(c.n, sizeof(*c.bind));
	c.bufs = xcalloc(c.n, sizeof(*c.bufs));
	c.caps = xcalloc(c.n, sizeof(*c.caps));
	c.lengths = xcalloc(c.n, sizeof(*c.lengths));
	c.nulls = xcalloc(c.n, sizeof(*c.nulls));
	c.errors = xcalloc(c.n, sizeof(*c.errors));
	c.names = xcalloc(c.n, sizeof(*c.names));
	c.values = xcalloc(c.n, sizeof(*c.values));
	for (unsigned int i = 0; i < c.n; i++) {
		c.caps[i] = DB_COLUMN_START;
		c.bufs[i] = xmalloc(c.caps[i]);
		c.names[i] = fields[i].name;
		db_columns_bind(&c, i);
	}
	if (mysql_stmt_bind_result(st, c.bind) != 0) {
		rc = db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
		goto out;
	}
	row.ncols = c.n;
	row.names = c.names;
	row.values = c.values;
	row.lengths = c.lengths;
	for (;;) {
		int f = mysql_stmt_fetch(st);
		bool rebind = false;

		if (f == MYSQL_NO_DATA)
			break;
		if (f == 1) {
			rc = db_fetch_fail(db, st);
			goto out;
		}
		for (unsigned int i = 0; i < c.n; i++) {
			if (c.nulls[i]) {
				c.values[i] = NULL;
				continue;
			}
			if (c.lengths[i] >= c.caps[i]) {
				c.caps[i] = c.lengths[i] + 1;
				c.bufs[i] = xrealloc(c.bufs[i], c.caps[i]);
				db_columns_bind(&c, i);
				if (mysql_stmt_fetch_column(st, &c.bind[i], i, 0) != 0) {
					rc = db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
					goto out;
				}
				rebind = true;
			}
			c.bufs[i][c.lengths[i]] = '\0';
			c.values[i] = c.bufs[i];
		}
		if (rebind && mysql_stmt_bind_result(st, c.bind) != 0) {
			rc = db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
			goto out;
		}
		*delivered = true;
		if (fn(ctx, &row) != 0) {
			rc = DB_ABORTED;
			goto out;
		}
	}
out:
	mysql_stmt_free_result(st);
	if (rc != DB_OK && db->connected)
		mysql_stmt_reset(st);
	mysql_free_result(meta);
	db_columns_free(&c);
	return rc;
}

enum db_status
db_query(struct db *db, unsigned int idx, const struct db_param *p, unsigned int n,
    db_row_fn fn, void *ctx)
{
	for (int attempt = 0; ; attempt++) {
		bool delivered = false, was_connected = db->connected;
		MYSQL_STMT *st;
		enum db_status rc = db_execute(db, idx, p, n, &st);

		if (rc == DB_OK)
			rc = db_fetch_rows(db, st, fn, ctx, &delivered);
		if (rc != DB_UNAVAILABLE || delivered || attempt > 0 || db->in_transaction ||
		    !was_connected || !db_errno_is_gone(db->errnum))
			return rc;
		/* a connection that was up went away: a fresh one may answer at once (a
		 * restart done, a connection killed), so the retry may connect right away.
		 * Only then: a failed connect is not retried, so a server that is down costs
		 * each worker one attempt a second, whatever the load. */
		db->last_attempt = 0;
	}
}

enum db_status
db_exec(struct db *db, unsigned int idx, const struct db_param *p, unsigned int n,
    unsigned long long *affected, unsigned long long *insert_id)
{
	MYSQL_STMT *st;
	enum db_status rc = db_execute(db, idx, p, n, &st);

	if (rc != DB_OK)
		return rc;
	if (affected != NULL)
		*affected = mysql_stmt_affected_rows(st);
	if (insert_id != NULL)
		*insert_id = mysql_stmt_insert_id(st);
	return DB_OK;
}

enum db_status
db_exec_text(struct db *db, const char *sql, bool multi)
{
	enum db_status rc;
	int status;

	if ((rc = db_connect(db)) != DB_OK)
		return rc;
	if (mysql_real_query(db->conn, sql, (unsigned long)strlen(sql)) != 0)
		return db_fail(db, mysql_errno(db->conn), mysql_error(db->conn));
	do {
		MYSQL_RES *res = mysql_store_result(db->conn);

		if (res != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(db->conn) != 0)
			return db_fail(db, mysql_errno(db->conn), mysql_error(db->conn));
		if (!multi)
			break;
		status = mysql_next_result(db->conn);
		if (status > 0)
			return db_fail(db, mysql_errno(db->conn), mysql_error(db->conn));
	} while (status == 0);
	return DB_OK;
}

struct db_one {
	char		**out;
	unsigned int	  ncols;
	int		  found;
};

static int
db_one_row(void *ctx, const struct db_row *r)
{
	struct db_one *o = ctx;

	for (unsigned int i = 0; i < o->ncols && i < r->ncols; i++)
		o->out[i] = r->values[i] ? xstrndup(r->values[i], r->lengths[i]) : NULL;
	o->found = 1;
	return 1;
}

enum db_status
db_fetch_one(struct db *db, unsigned int idx, const struct db_param *p, unsigned int n,
    char **out, unsigned int ncols, int *found)
{
	struct db_one o = { out, ncols, 0 };
	enum db_status rc;

	for (unsigned int i = 0; i < ncols; i++)
		out[i] = NULL;
	rc = db_query(db, idx, p, n, db_one_row, &o);
	*found = o.found;
	return rc == DB_ABORTED ? DB_OK : rc;
}

void
db_values_free(char **v, unsigned int ncols)
{
	for (unsigned int i = 0; i < ncols; i++) {
		free(v[i]);
		v[i] = NULL;
	}
}

enum db_status
db_begin(struct db *db)
{
	enum db_status rc;

	if (db->in_transaction)
		abort();	/* transactions do not nest */
	if ((rc = db_exec_text(db, "START TRANSACTION", false)) == DB_OK)
		db->in_transaction = true;
	return rc;
}

enum db_status
db_commit(struct db *db)
{
	enum db_status rc = db->connected ? db_exec_text(db, "COMMIT", false) : DB_UNAVAILABLE;

	db->in_transaction = false;
	return rc;
}

void
db_rollback(struct db *db)
{
	if (db->connected)
		(void)db_exec_text(db, "ROLLBACK", false);
	db->in_transaction = false;
}

/* The MariaDB layer, its statements: prepared statements only, bound parameters, rows
 * delivered to a callback, reads retried once after the server went away, transactions.
 * The connection itself is db_conn.c's. */
#include "db.h"
#include "db_private.h"
#include "buf.h"
#include "log.h"

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DB_COLUMN_START	256	/* first buffer size per column; grown on truncation */
#define DB_BINDS_ON_STACK	32	/* parameters bound without an allocation */

const char *
db_col(const struct db_row *r, const char *name)
{
	if (name == NULL)
		return NULL;
	for (unsigned int i = 0; i < r->ncols; i++)
		if (strcmp(r->names[i], name) == 0)
			return r->values[i];
	return NULL;
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
	MYSQL_BIND small[DB_BINDS_ON_STACK], *binds = small;
	MYSQL_STMT *st;
	enum db_status rc;

	if (DB_PARTS_STATEMENT(idx) >= db->nsql)
		abort();
	if ((rc = db_connect(db)) != DB_OK)
		return rc;
	/* never NULL on a connected handle (db_prepare_all); a variant may fail to prepare */
	st = DB_PARTS_ABSENT(idx) == 0 ? db->stmts[idx] : db_variant(db, idx);
	if (st == NULL)
		return db->connected ? DB_ERROR : DB_UNAVAILABLE;
	if (mysql_stmt_param_count(st) != n) {
		log_error("statement %u takes %lu parameters, given %u", idx,
		    mysql_stmt_param_count(st), n);
		return db_fail(db, 0, "wrong parameter count");
	}
	/* as many binds as the call has parameters: on the stack for the usual few */
	if (n > DB_BINDS_ON_STACK)
		binds = xcalloc(n, sizeof(*binds));
	db_bind_params(binds, p, n);
	if (mysql_stmt_bind_param(st, binds) != 0 || mysql_stmt_execute(st) != 0)
		rc = db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
	else
		*out = st;
	if (binds != small)
		free(binds);
	return rc;
}

struct db_columns {
	unsigned int	 n;
	MYSQL_BIND	*bind;
	char		**bufs;
	unsigned long	*caps, *lengths;
	my_bool		*nulls, *errors;
	const char	**names, **values;
	MYSQL_TIME	*times;		/* the dates' (db_time_column) */
	bool		*is_time;
};

/* A DATE, or a DATETIME or TIMESTAMP without fractions of a second: fetched as a MYSQL_TIME
 * and written as text here. Connector/C writes them with sprintf, 1,660 instructions a
 * date: 98,000 of the registry page's million (callgrind, bench). */
static bool
db_time_column(const MYSQL_FIELD *f)
{
	return f->type == MYSQL_TYPE_DATE || ((f->type == MYSQL_TYPE_DATETIME ||
	    f->type == MYSQL_TYPE_TIMESTAMP) && f->decimals == 0);
}

/* "YYYY-MM-DD" or "YYYY-MM-DD hh:mm:ss", as Connector/C writes them; its length. */
static unsigned long
db_time_text(char *out, const MYSQL_TIME *t, bool date_only)
{
	unsigned int v[6] = { t->year, t->month, t->day, t->hour, t->minute, t->second };
	char *p = out;

	for (unsigned int k = 0; k < (date_only ? 3u : 6u); k++) {
		unsigned int n = v[k], digits = k == 0 ? 4 : 2;

		if (k > 0)
			*p++ = k == 3 ? ' ' : k < 3 ? '-' : ':';
		for (unsigned int d = digits; d > 0; d--) {
			p[d - 1] = (char)('0' + n % 10);
			n /= 10;
		}
		p += digits;
	}
	*p = '\0';
	return (unsigned long)(p - out);
}

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
	free(c->times);
	free(c->is_time);
}

static void
db_columns_bind(struct db_columns *c, unsigned int i)
{
	memset(&c->bind[i], 0, sizeof(c->bind[i]));
	if (c->is_time[i]) {
		c->bind[i].buffer_type = MYSQL_TYPE_DATETIME;
		c->bind[i].buffer = &c->times[i];
		c->bind[i].buffer_length = sizeof(c->times[i]);
	} else {
		c->bind[i].buffer_type = MYSQL_TYPE_STRING;
		c->bind[i].buffer = c->bufs[i];
		c->bind[i].buffer_length = c->caps[i] - 1;	/* room for our terminator */
		c->bind[i].length = &c->lengths[i];
	}
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
	c.times = xcalloc(c.n, sizeof(*c.times));
	c.is_time = xcalloc(c.n, sizeof(*c.is_time));
	for (unsigned int i = 0; i < c.n; i++) {
		c.caps[i] = DB_COLUMN_START;
		c.bufs[i] = xmalloc(c.caps[i]);
		c.names[i] = fields[i].name;
		c.is_time[i] = db_time_column(&fields[i]);
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
			if (c.is_time[i]) {
				c.lengths[i] = db_time_text(c.bufs[i], &c.times[i],
				    fields[i].type == MYSQL_TYPE_DATE);
				c.values[i] = c.bufs[i];
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
	/* Connector/C's mysql_stmt_free_result reads what is left of the result (rows a
	 * callback stopped before included) without a round trip; mysql_stmt_reset would add
	 * one (COM_STMT_RESET), needed only after a failure */
	mysql_stmt_free_result(st);
	if (rc != DB_OK && rc != DB_ABORTED && db->connected)
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

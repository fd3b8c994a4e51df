/* The MariaDB layer: one connection per worker, prepared statements only,
 * reconnect and re-prepare after the server went away. */
#ifndef MB_DB_H
#define MB_DB_H

#include <stdbool.h>
#include <stddef.h>

struct config;

enum db_status {
	DB_OK = 0,
	DB_UNAVAILABLE,		/* server down or gone: the caller answers 503 */
	DB_CONFLICT,		/* a unique or foreign key says no: usually 409 */
	DB_ERROR,		/* anything else: 500, logged */
	DB_ABORTED,		/* the row callback asked to stop */
};

enum db_param_type { DBP_NULL, DBP_INT, DBP_TEXT, DBP_DOUBLE, DBP_BLOB };

struct db_param {
	enum db_param_type	 type;
	long long		 i;
	double			 d;
	const char		*s;	/* TEXT and BLOB; for TEXT, len 0 means strlen */
	size_t			 len;
};

#define DB_INT(v)	((struct db_param){ .type = DBP_INT, .i = (v) })
#define DB_DOUBLE(v)	((struct db_param){ .type = DBP_DOUBLE, .d = (v) })
#define DB_BLOB(p, n)	((struct db_param){ .type = DBP_BLOB, .s = (p), .len = (n) })
#define DB_NULL		((struct db_param){ .type = DBP_NULL })

/* Text, or SQL NULL when s is NULL. */
static inline struct db_param
DB_TEXT(const char *s)
{
	struct db_param p = { .type = s ? DBP_TEXT : DBP_NULL, .s = s };

	return p;
}

/* One fetched row: values as text (NULL for SQL NULL). */
struct db_row {
	unsigned int		  ncols;
	const char *const	 *names;
	const char *const	 *values;
	const unsigned long	 *lengths;
};

/* The value of a column by name, or NULL (also when there is no such column). */
const char	*db_col(const struct db_row *, const char *name);

/* Returns 0 to go on, non-zero to stop (db_query then returns DB_ABORTED). */
typedef int (*db_row_fn)(void *ctx, const struct db_row *);

/* A MariaDB server: a unix socket (socket set), or a host and a TCP port. */
struct db_server {
	char		 host[256];	/* empty: the socket */
	char		 socket[108];
	unsigned int	 port;
};

#define DB_MAX_REPLICAS	8

struct db_settings {
	const char	*host;		/* the primary */
	const char	*socket;
	unsigned int	 port;
	/* Read replicas, in order of preference; the primary is tried after them. Only the
	 * public program has any (db_replicas); a handle with none behaves as before. */
	struct db_server replicas[DB_MAX_REPLICAS];
	unsigned int	 nreplicas;
	unsigned int	 max_lag;	/* seconds a replica may stay behind the primary */
	const char	*probe_sql;	/* the data generation: one row, one integer */
	const char	*user;
	const char	*password;
	const char	*database;
	unsigned int	 connect_timeout;	/* seconds */
	unsigned int	 read_timeout;
	unsigned int	 write_timeout;
	bool		 multi_statements;	/* only minhbachctl, for migration files */
};

struct db;

/* Reads db_host, db_socket, db_port, db_user, db_password, db_name and the timeouts. */
int		 db_settings_from_config(struct db_settings *, struct config *);
/* Reads db_replicas (a comma-separated list of sockets or host:port) and db_max_lag, for a
 * program that only reads; probe_sql reads the data generation, by which a replica's lag
 * is measured against the primary's. */
int		 db_replicas_from_config(struct db_settings *, struct config *,
		    const char *probe_sql);
/* Creates the handle for a fixed list of SQL statements, referred to by index.
 * Connects and prepares them all; a server that is down is not an error here:
 * the handle tries again when it is next used. */
struct db	*db_open(const struct db_settings *, const char *const *sql, unsigned int nsql);
void		 db_close(struct db *);
/* True when the last attempt to reach the server succeeded. */
bool		 db_connected(const struct db *);
/* With replicas, at most once a second: measures how long the server in use has been
 * behind the primary (its data generation lower than the primary's), leaves it when that
 * passes max_lag, and returns to a preferred server that is healthy again and not behind
 * what this handle has already read. Call between requests; does nothing without replicas. */
void		 db_check_servers(struct db *);
/* The server in use: 0.. the replicas in order, nreplicas the primary; -1 when none. *lag:
 * seconds it has been behind the primary (0 when not, or when the primary is unreachable). */
int		 db_server_in_use(const struct db *, double *lag);

/* Optional parts of a statement's text (lib/db_parts.c): a part is enclosed in the SQL
 * comments "part:name" and "end:name"; names[i] is the name of bit i (at most DB_PARTS_MAX). A statement index DB_PARTS(idx, absent) is statement idx with the
 * parts of the bits of absent left out, prepared on its first use; absent 0 is idx itself.
 * The caller binds the values of the parts kept only. */
#define DB_PARTS_MAX		15
#define DB_PARTS(idx, absent)	((unsigned int)(idx) | (unsigned int)(absent) << 16)
#define DB_PARTS_STATEMENT(id)	((id) & 0xffffu)
#define DB_PARTS_ABSENT(id)	((id) >> 16)
void		 db_set_parts(struct db *, const char *const *names, unsigned int n);
/* Appends sql to out without the parts of the bits of absent (names[i]: bit i). */
struct buf;
void		 db_parts_strip(const char *sql, const char *const *names, unsigned int n,
		    unsigned int absent, struct buf *out);

/* Runs statement idx and calls fn for each row, streamed from the server (fn must not
 * run another query). A read that fails because the server went away is retried once
 * after reconnecting, when no row has been delivered yet. */
enum db_status	 db_query(struct db *, unsigned int idx, const struct db_param *, unsigned int n,
		    db_row_fn fn, void *ctx);
/* Runs a statement expected to return at most one row and copies its first ncols values
 * into out (NULL for SQL NULL; free each with free(), or db_values_free). *found tells
 * whether there was a row. */
enum db_status	 db_fetch_one(struct db *, unsigned int idx, const struct db_param *, unsigned int n,
		    char **out, unsigned int ncols, int *found);
void		 db_values_free(char **, unsigned int ncols);
/* Runs a statement that returns no rows; never retried. *affected and *insert_id may be NULL. */
enum db_status	 db_exec(struct db *, unsigned int idx, const struct db_param *, unsigned int n,
		    unsigned long long *affected, unsigned long long *insert_id);
/* Runs plain SQL text with no parameters (BEGIN, COMMIT, ROLLBACK, migrations).
 * multi: the text may hold several statements. */
enum db_status	 db_exec_text(struct db *, const char *sql, bool multi);
/* A transaction: while one is open, a lost connection is not silently replaced and no
 * read is retried; every statement then fails until db_rollback(). */
enum db_status	 db_begin(struct db *);
enum db_status	 db_commit(struct db *);
void		 db_rollback(struct db *);
/* The server's message for the last failure, for logs and for minhbachctl. */
const char	*db_last_error(const struct db *);
unsigned int	 db_last_errno(const struct db *);

#endif

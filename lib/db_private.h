/* What db_conn.c and db.c share about a connection; nothing else includes this. */
#ifndef MB_DB_PRIVATE_H
#define MB_DB_PRIVATE_H

#include "db.h"

#include <mysql.h>
#include <stdbool.h>
#include <time.h>

#define DB_SKIP_DOWN	5	/* seconds a server that failed is left alone */
#define DB_VARIANTS	48	/* statements without some of their parts kept (db_parts.c) */

struct db_variant {
	unsigned int		 id;	/* DB_PARTS(statement, absent) */
	MYSQL_STMT		*st;
	unsigned long long	 used;
};

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
	/* the servers: the replicas, then the primary (db_servers.c) */
	unsigned int		  nservers;	/* nreplicas + 1 */
	unsigned int		  cur;		/* the one connected to */
	time_t			  skip_until[DB_MAX_REPLICAS + 1]; /* down or behind */
	long long		  next_check;	/* ms, monotonic */
	time_t			  next_return;
	long long		  behind_since;	/* ms, monotonic, of the server in use; 0: not behind */
	unsigned long long	  generation;	/* the highest read through this handle */
	MYSQL			 *monitor;	/* to the primary, for the lag check */
	time_t			  monitor_retry;
	/* the optional parts of statements (db_parts.c) */
	const char *const	 *parts;
	unsigned int		  nparts;
	struct db_variant	  variants[DB_VARIANTS];
	unsigned long long	  variants_tick;
};

/* The variant DB_PARTS id on the connection, prepared on its first use; NULL (db_fail
 * done) when it cannot be prepared. */
MYSQL_STMT	*db_variant(struct db *, unsigned int id);
/* Closes the variants (with the connection). */
void		db_variants_close(struct db *);
/* Connects and prepares every statement; on failure the connection stays down. */
enum db_status	db_connect(struct db *);
/* Opens a connection to server i (the replicas, then the primary), timeout in seconds;
 * NULL with db->error set when it does not answer. */
MYSQL		*db_dial(struct db *, unsigned int i, unsigned int timeout);
/* Connects db->conn to the first server that answers, in order of preference, skipping
 * those down or behind this handle's data for a while; sets db->cur. */
enum db_status	db_servers_connect(struct db *);
/* Adopts conn as the handle's connection to server i and prepares every statement. */
enum db_status	db_adopt(struct db *, MYSQL *conn, unsigned int i);
/* The server in use failed or fell behind: skip it for a while. */
void		db_servers_skip(struct db *, time_t seconds);
void		db_servers_close(struct db *);
/* Tells the metrics which server is in use and its lag. */
void		db_metrics_server(const struct db *);
void		db_log_outage(struct db *, const char *what);
/* Records the failure e (msg from the server), closes a connection that is gone or refuses,
 * and says what the caller answers (DB_UNAVAILABLE: 503; DB_CONFLICT: 409; DB_ERROR: 500). */
enum db_status	db_fail(struct db *, unsigned int e, const char *msg);
/* Whether a server error number means the connection is lost. */
bool		db_errno_is_gone(unsigned int e);

#endif

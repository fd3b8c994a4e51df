/* What db_conn.c and db.c share about a connection; nothing else includes this. */
#ifndef MB_DB_PRIVATE_H
#define MB_DB_PRIVATE_H

#include "db.h"

#include <mysql.h>
#include <stdbool.h>
#include <time.h>

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

/* Connects and prepares every statement; on failure the connection stays down. */
enum db_status	db_connect(struct db *);
/* Records the failure e (msg from the server), closes a connection that is gone or refuses,
 * and says what the caller answers (DB_UNAVAILABLE: 503; DB_CONFLICT: 409; DB_ERROR: 500). */
enum db_status	db_fail(struct db *, unsigned int e, const char *msg);
/* Whether a server error number means the connection is lost. */
bool		db_errno_is_gone(unsigned int e);

#endif

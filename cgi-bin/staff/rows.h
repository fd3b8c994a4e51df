/* The rows the staff program takes its decisions from (who may publish, which board, which
 * state and version), read by column name: each field is named as its column, so that
 * reordering a SELECT cannot change who may publish (tests/unit/test_staff_rows checks every
 * list here against its statement's columns in MariaDB). */
#ifndef MB_STAFF_ROWS_H
#define MB_STAFF_ROWS_H

#include "dbrow.h"

/* SQL_SESSION_GET: the signed-in user of a session. */
struct session_row {
	long long	 id;
	char		*username;
	char		*display_name;
	bool		 is_admin;
	char		*csrf_token;
	bool		 stale;		/* last seen over a minute ago: touch it */
};
/* SQL_USER_BY_NAME: an account signing in. */
struct user_row {
	long long	 id;
	char		*username;
	char		*password_hash;
	bool		 is_active;
};
/* SQL_REQUEST_GET_LOCK: a change request being published. */
struct request_row {
	long long	 id;
	long long	 board_id;
	char		*entity;
	long long	 entity_id;	/* 0 for an import */
	long long	 base_version;
	char		*state;
	char		*payload;
	char		*note;
	char		*note_en;
	long long	 author_id;
	bool		 author_admin;
};
/* SQL_REQUEST_OPEN_FOR: the open change request of a record. */
struct open_row {
	long long	 id;
	long long	 author_id;
	char		*display_name;
	char		*state;
	char		*payload;
	char		*note;
	char		*note_en;
};
/* SQL_ZONE_BY_SLUG and SQL_BOARD_BY_SLUG: a zone or a board a change hangs on. */
struct place_row {
	long long	 id;
	long long	 board_id;
	long long	 version;
	char		*slug;
	char		*name;
};
/* SQL_PROJECT_BY_ID: a project a change hangs on. */
struct project_row {
	long long	 id;
	long long	 board_id;
	long long	 version;
	char		*status;
	char		*name;
	char		*land_ha;
};
/* SQL_PROJECT_STATUS_LOCK: a project whose status changes. */
struct status_row {
	char		*status;
	char		*land_ha;
	long long	 version;
};
/* SQL_ZONE_BOARD_BY_SLUG: the board of a zone. */
struct zone_board_row {
	long long	 id;
	long long	 board_id;
};
/* SQL_FILE_OWNER: the change request that uploaded a file. */
struct file_owner_row {
	long long	 request_id;
};
/* SQL_FAILURES_ADDR and SQL_FAILURES_PAIR: failed sign-ins in the throttle's window. */
struct failures_row {
	long long	 failures;
	long long	 since_last;	/* seconds since the last one */
};
/* SQL_MAX_IDS: the largest id of the tables an import adds to. */
struct max_ids_row {
	long long	 projects;
	long long	 status_events;
	long long	 documents;
};
/* SQL_BOARD_PROVINCIAL */
struct board_scope_row {
	bool		 is_provincial;
};

/* The column list of each struct, and which statements fill it. */
struct staff_row_decl {
	unsigned int		 sql;
	const struct db_col	*cols;
	unsigned int		 ncols;
};

extern const struct db_col session_cols[6], user_cols[4], request_cols[11], open_cols[7],
    place_cols[5], project_cols[6], status_cols[3], zone_board_cols[2], file_owner_cols[1],
    board_scope_cols[1], failures_cols[2], max_ids_cols[3];
extern const struct staff_row_decl staff_rows[];
extern const unsigned int staff_nrows;

/* db_fetch_struct with the column list of the struct: FETCH_ROW(db, SQL_X, p, n, x_cols,
 * &row, &found). */
#define FETCH_ROW(db, idx, p, n, cols, out, found) \
	db_fetch_struct((db), (idx), (p), (n), (cols), DBC_COUNT(cols), (out), (found))
#define FREE_ROW(cols, out)	db_struct_free((cols), DBC_COUNT(cols), (out))

#endif

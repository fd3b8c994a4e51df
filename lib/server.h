/* A FastCGI program: the supervisor that keeps a pool of worker processes, and each
 * worker's accept loop that runs every request through the shared pipeline. */
#ifndef MB_SERVER_H
#define MB_SERVER_H

#include <stddef.h>

#include "config.h"
#include "db.h"
#include "router.h"

struct request;

/* What a program's authorize says about a request. None of them is 0 or an HTTP status,
 * so that "go on" and "already answered" cannot be taken for one another. */
enum authz {
	AUTHZ_PASS = 1,		/* authorized: validate the parameters and run the handler */
	AUTHZ_ANSWERED,		/* authorize wrote the response itself (the sign-in redirect) */
	AUTHZ_REFUSED,		/* answer the error page with the status it set (403, 503) */
};

/* What a program brings to the pipeline. */
struct app_spec {
	const char		 *name;		/* for logs */
	const struct route	 *routes;	/* terminated by a NULL pattern */
	const char *const	 *sql;		/* statements prepared in each worker */
	unsigned int		  nsql;
	/* Called for routes with a role; sets *status with AUTHZ_REFUSED. The handler runs
	 * only after AUTHZ_PASS. NULL when no route needs one (a route with a role is then
	 * refused with 403). */
	enum authz		(*authorize)(struct request *, int *status);
	/* Called once at start, before the workers fork, to read the program's own
	 * configuration keys and load what all workers share. Returns 0, or -1 to stop.
	 * May be NULL. */
	int			(*init)(struct config *);
	/* Called after render_begin for every page and error page: adds what every page
	 * shows (site name, sample-data notice). May be NULL. */
	void			(*decorate)(struct request *);
	/* Answers an error of a route with ERRORS_JSON: status, and for a 400 the field and
	 * the reason (perr may be NULL). NULL: such routes get the error page. */
	void			(*json_error)(struct request *, int status,
				    const struct param_error *perr);
	/* For the worker's page cache: reads the data generation (one primary-key lookup),
	 * returns 0, or -1 when it cannot (no page then comes from the cache). NULL: the
	 * program keeps no page cache. */
	int			(*generation)(struct request *, unsigned long long *);
	/* The pages its handlers write in C (routes with the template RENDER_WRITTEN) and
	 * its error pages; NULL: every page comes from a template. */
	const struct render_writer *writer;
	/* A program that only reads may read from MariaDB replicas (db_replicas, db_max_lag):
	 * the statement that reads the data generation, by which their lag is measured.
	 * NULL: the program uses the primary only. */
	const char *const	 *replica_probe;
	/* The names of the optional parts of its statements (db_set_parts); NULL: none. */
	const char *const	 *sql_parts;
	unsigned int		  nsql_parts;
};

/* The worker's handles, reachable from every request as req->app. */
struct worker {
	const struct app_spec	*spec;
	struct config		*cfg;
	struct db		*db;
	size_t			 max_body;
	unsigned long		 requests;
	size_t			 page_cache;	/* bytes of rendered pages kept (0: none) */
};

/* Reads the configuration file (listen, listen_mode, listen_backlog, workers, templates_dir,
 * catalog, max_body, page_cache_mb, log_file, metrics_socket and the db_* keys), opens the
 * sockets, starts the workers and supervises them until SIGTERM or SIGINT (SIGHUP reopens
 * the log file). Returns the process exit status. (supervisor.c) */
int	server_main(const struct app_spec *, int argc, char **argv);

/* The program's handle on MariaDB: its statements and their optional parts (db_open,
 * db_set_parts). */
struct db	*server_db_open(const struct app_spec *, const struct db_settings *);
/* Runs one request through the pipeline (exposed for the tests). */
void	server_handle(struct worker *, struct request *);
/* Answers the error page of status (for a 400, perr names the field; may be NULL), or the
 * route's JSON error (exposed for the worker's loop: a request it cannot read). */
void	server_error(struct worker *, struct request *, int status, const struct param_error *);

/* The HTTP status for a database result: 200, 409, 503 or 500. */
int	db_http_status(enum db_status);

#endif

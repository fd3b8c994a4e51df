/* The program's metrics: counters in memory that the supervisor maps before it forks, one
 * slot per worker written only by that worker (plain stores: no lock, no allocation, no
 * system call per request), served by the supervisor in Prometheus's text format on a
 * unix socket only the program's user can open (metrics_socket, README). Every counting
 * function does nothing when the program keeps no metrics. */
#ifndef MB_METRICS_H
#define MB_METRICS_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "router.h"

/* The caches a request may be answered from or fill. */
enum metrics_cache {
	METRICS_CACHE_PAGE,	/* the worker's rendered pages (lib/pagecache.c) */
	METRICS_CACHE_SITE,	/* the public site's facts (cgi-bin/public/site.c) */
	METRICS_CACHE_FACETS,	/* the registry form's choices (projects_form.c) */
	METRICS_CACHE__MAX
};

/* What a failed database statement meant (lib/db_conn.c, db_fail). */
enum metrics_db_error {
	METRICS_DB_UNAVAILABLE,	/* the server gone or refusing a connection */
	METRICS_DB_DENIED,	/* a right missing */
	METRICS_DB_CONFLICT,	/* a key or a deadlock said no */
	METRICS_DB_ERROR,	/* anything else */
	METRICS_DB__MAX
};

/* Why the supervisor started a worker again. */
enum metrics_restart {
	METRICS_RESTART_SIGNAL,	/* killed */
	METRICS_RESTART_EXIT,	/* ended with an error */
	METRICS_RESTART_RECYCLE,	/* ended after max_requests */
	METRICS_RESTART__MAX
};

/* Maps the shared counters for workers slots and the route table's patterns. Called
 * once by the supervisor before the first fork. Returns 0, or -1 with a message. */
int	metrics_init(const struct route *routes, unsigned int workers);
/* Unmaps them (the supervisor at its end, a worker before exit). */
void	metrics_free(void);
/* In a worker after the fork: the slot it writes from now on. */
void	metrics_worker(unsigned int slot);

/* One request answered: its route (NULL: none matched), status and duration. */
void	metrics_request(const struct route *, int status, int64_t nanoseconds);
void	metrics_cache(enum metrics_cache, bool hit);
void	metrics_db_error(enum metrics_db_error);
/* The database server this worker uses (0 the primary; a replica's index otherwise) and
 * how far it lags behind (seconds). */
void	metrics_db_server(unsigned int index, double lag_seconds);
/* This worker has no database connection now. */
void	metrics_db_none(void);
/* The supervisor: a worker started again. */
void	metrics_restart(enum metrics_restart);

/* Everything in the text exposition format (version 0.0.4). */
void	metrics_text(struct buf *);
/* Listens on path (mode 0600). Returns the socket, or -1 with a log line. */
int	metrics_listen(const char *path);
/* Accepts one connection on the listening socket and answers its request: GET /metrics
 * gets the text, another path 404, another method 405; a client gets one second to send
 * its request and to read the answer, so that it cannot hold up the supervisor. */
void	metrics_serve(int listen_fd);

#endif

/* The MariaDB layer, its servers: read replicas tried in order of preference, then the
 * primary. A handle keeps to the server it is connected to while that one answers and is
 * not behind the primary for more than max_lag seconds, so that a reader never sees the
 * data go backwards; it leaves one that fails or falls behind, and comes back to a
 * preferred one once that one has caught up. Lag is measured by the data generation (a
 * number every publication raises): how long the server in use has shown a lower one than
 * the primary. With the primary unreachable nothing can be compared, and the replicas go
 * on serving what they have. A handle without replicas connects to the primary only. */
#include "db.h"
#include "db_private.h"
#include "config.h"
#include "log.h"
#include "metrics.h"

#include <mysql.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DB_CHECK_EVERY	1000	/* milliseconds between two lag checks */
#define DB_RETURN_EVERY	5	/* seconds between two looks at a preferred server */
#define DB_PROBE_TIMEOUT 1	/* seconds to connect for a probe */

static long long
db_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Parses one entry of db_replicas: an absolute socket path, or host:port ([v6]:port). */
static int
db_server_parse(struct db_server *r, const char *v, size_t n, const char *path)
{
	const char *colon;
	char port[8];
	char *end;
	long p;

	memset(r, 0, sizeof(*r));
	if (n > 0 && v[0] == '/') {
		if (n >= sizeof(r->socket))
			goto bad;
		memcpy(r->socket, v, n);
		return 0;
	}
	colon = NULL;
	for (size_t i = 0; i < n; i++)
		if (v[i] == ':')
			colon = v + i;
	if (colon == NULL || colon == v || (size_t)(v + n - colon - 1) >= sizeof(port) ||
	    colon + 1 == v + n)
		goto bad;
	memcpy(port, colon + 1, (size_t)(v + n - colon - 1));
	port[v + n - colon - 1] = '\0';
	p = strtol(port, &end, 10);
	if (*end != '\0' || p < 1 || p > 65535)
		goto bad;
	if (v[0] == '[') {	/* [::1]:3306 */
		if (colon[-1] != ']' || (size_t)(colon - v - 2) >= sizeof(r->host))
			goto bad;
		memcpy(r->host, v + 1, (size_t)(colon - v - 2));
	} else {
		if ((size_t)(colon - v) >= sizeof(r->host))
			goto bad;
		memcpy(r->host, v, (size_t)(colon - v));
	}
	r->port = (unsigned int)p;
	return 0;
bad:
	fprintf(stderr, "%s: `db_replicas`: \"%.*s\" is neither the absolute path of a socket "
	    "nor host:port\n", path, (int)n, v);
	return -1;
}

int
db_replicas_from_config(struct db_settings *s, struct config *cfg, const char *probe_sql)
{
	const char *p = config_get(cfg, "db_replicas", ""), *item;
	size_t n;
	long lag;

	if (config_int(cfg, "db_max_lag", 5, 1, 3600, &lag))
		return -1;
	s->max_lag = (unsigned int)lag;
	s->probe_sql = probe_sql;
	s->nreplicas = 0;
	while (config_list_next(&p, &item, &n)) {
		if (s->nreplicas == DB_MAX_REPLICAS) {
			fprintf(stderr, "%s: `db_replicas`: at most %d servers\n", cfg->path,
			    DB_MAX_REPLICAS);
			return -1;
		}
		if (db_server_parse(&s->replicas[s->nreplicas], item, n, cfg->path) != 0)
			return -1;
		s->nreplicas++;
	}
	return 0;
}

/* The name of server i, for the logs. */
static void
db_server_name(const struct db *db, unsigned int i, char *out, size_t n)
{
	if (i < db->s.nreplicas) {
		const struct db_server *r = &db->s.replicas[i];

		if (r->host[0])
			snprintf(out, n, "replica %u (%s:%u)", i + 1, r->host, r->port);
		else
			snprintf(out, n, "replica %u (%s)", i + 1, r->socket);
	} else if (db->s.host != NULL) {
		snprintf(out, n, "the primary (%s:%u)", db->s.host, db->s.port);
	} else {
		snprintf(out, n, "the primary (%s)", db->s.socket ? db->s.socket : "default socket");
	}
}

/* The data generation on conn, or -1 when it cannot be read. */
static long long
db_probe(struct db *db, MYSQL *conn)
{
	MYSQL_RES *res;
	MYSQL_ROW row;
	long long g = -1;

	if (conn == NULL || db->s.probe_sql == NULL ||
	    mysql_real_query(conn, db->s.probe_sql, (unsigned long)strlen(db->s.probe_sql)) != 0)
		return -1;
	if ((res = mysql_store_result(conn)) == NULL)
		return -1;
	if ((row = mysql_fetch_row(res)) != NULL && row[0] != NULL)
		g = strtoll(row[0], NULL, 10);
	mysql_free_result(res);
	return g;
}

/* The primary's data generation through the monitor connection, or -1 when the primary
 * does not answer (tried again at most every DB_RETURN_EVERY seconds). */
static long long
db_primary_generation(struct db *db, time_t now)
{
	unsigned int primary = db->nservers - 1;
	long long g;

	if (db->cur == primary && db->connected)
		return db_probe(db, db->conn);
	if (db->monitor == NULL) {
		if (now < db->monitor_retry)
			return -1;
		if ((db->monitor = db_dial(db, primary, DB_PROBE_TIMEOUT)) == NULL) {
			db->monitor_retry = now + DB_RETURN_EVERY;
			return -1;
		}
	}
	if ((g = db_probe(db, db->monitor)) < 0) {
		mysql_close(db->monitor);
		db->monitor = NULL;
		db->monitor_retry = now + DB_RETURN_EVERY;
	}
	return g;
}

static void
db_note_generation(struct db *db, long long g)
{
	if (g > 0 && (unsigned long long)g > db->generation)
		db->generation = (unsigned long long)g;
}

/* Server i answers on conn: may this handle read from it? A replica must not be behind
 * what the handle has already read (nor, with return set, behind the primary). */
static bool
db_server_fresh(struct db *db, unsigned int i, MYSQL *conn, long long primary)
{
	long long g;

	if (i == db->nservers - 1 || db->s.probe_sql == NULL)
		return true;
	if ((g = db_probe(db, conn)) < 0)
		return false;
	if ((unsigned long long)g < db->generation)
		return false;
	return primary < 0 || g >= primary;
}

static void
db_switched(struct db *db, unsigned int from, bool was, unsigned int to)
{
	char a[160], b[160];

	if (db->nservers == 1 || (was && from == to))
		return;
	db_server_name(db, to, b, sizeof(b));
	if (!was) {
		log_info("reading from %s", b);
		return;
	}
	db_server_name(db, from, a, sizeof(a));
	log_info("reading from %s instead of %s", b, a);
}

enum db_status
db_servers_connect(struct db *db)
{
	time_t now = time(NULL);
	unsigned int from = db->cur;
	bool had = db->generation > 0 || from != 0;

	/* first the servers in good standing, then, rather than nothing, any that answers */
	for (int pass = 0; pass < 2; pass++) {
		for (unsigned int i = 0; i < db->nservers; i++) {
			MYSQL *conn;

			if (db->nservers > 1 && pass == 0 && db->skip_until[i] > now)
				continue;
			conn = db_dial(db, i, db->s.connect_timeout);
			if (conn == NULL) {
				db->skip_until[i] = now + DB_SKIP_DOWN;
				continue;
			}
			if (pass == 0 && !db_server_fresh(db, i, conn, -1)) {
				mysql_close(conn);
				db->skip_until[i] = now + DB_SKIP_DOWN;
				continue;
			}
			db->behind_since = 0;
			db_switched(db, from, had, i);
			return db_adopt(db, conn, i);
		}
		if (db->nservers == 1)
			break;
	}
	/* a wrong password or database is a configuration error, not an outage, but either
	 * way this worker cannot serve data: say so (rate-limited) */
	metrics_db_error(METRICS_DB_UNAVAILABLE);
	db_log_outage(db, "cannot connect to MariaDB");
	return DB_UNAVAILABLE;
}

void
db_servers_skip(struct db *db, time_t seconds)
{
	if (db->nservers > 1)
		db->skip_until[db->cur] = time(NULL) + seconds;
}

/* Looks at the servers preferred to the one in use and moves to the first that answers
 * and is fresh (not behind this handle's data nor the primary's). */
static void
db_return(struct db *db, long long primary)
{
	time_t now = time(NULL);
	unsigned int from = db->cur;

	for (unsigned int i = 0; i < from; i++) {
		MYSQL *conn;

		if (db->skip_until[i] > now)
			continue;
		if ((conn = db_dial(db, i, DB_PROBE_TIMEOUT)) == NULL) {
			db->skip_until[i] = now + DB_SKIP_DOWN;
			continue;
		}
		if (!db_server_fresh(db, i, conn, primary)) {
			mysql_close(conn);
			continue;
		}
		db->behind_since = 0;
		db_switched(db, from, true, i);
		if (db_adopt(db, conn, i) != DB_OK)
			db->skip_until[i] = now + DB_SKIP_DOWN;
		return;
	}
}

void
db_check_servers(struct db *db)
{
	time_t now = time(NULL);
	long long ms, mine, primary;

	if (db->nservers == 1 || !db->connected || db->in_transaction)
		return;
	if ((ms = db_now_ms()) < db->next_check)
		return;
	db->next_check = ms + DB_CHECK_EVERY;
	if ((mine = db_probe(db, db->conn)) < 0) {
		/* gone: the next statement connects to another */
		db->connected = false;
		db_servers_skip(db, DB_SKIP_DOWN);
		return;
	}
	db_note_generation(db, mine);
	primary = db_primary_generation(db, now);
	if (primary < 0 || mine >= primary) {
		db->behind_since = 0;
	} else {
		if (db->behind_since == 0)
			db->behind_since = ms;
		if (ms - db->behind_since > (long long)db->s.max_lag * 1000) {
			char a[160];

			db_server_name(db, db->cur, a, sizeof(a));
			log_warn("%s is %.1f s behind the primary (db_max_lag %u): leaving it", a,
			    (double)(ms - db->behind_since) / 1000, db->s.max_lag);
			db_note_generation(db, primary);
			db->connected = false;
			db_servers_skip(db, DB_SKIP_DOWN);
			return;
		}
	}
	if (db->cur > 0 && now >= db->next_return) {
		db->next_return = now + DB_RETURN_EVERY;
		db_return(db, primary);
	}
	db_metrics_server(db);
}

void
db_metrics_server(const struct db *db)
{
	double lag;
	int i = db_server_in_use(db, &lag);

	/* the metrics number the primary 0 and the replicas from 1 */
	if (i >= 0)
		metrics_db_server(i == (int)db->nservers - 1 ? 0 : (unsigned int)i + 1, lag);
}

int
db_server_in_use(const struct db *db, double *lag)
{
	*lag = 0;
	if (!db->connected)
		return -1;
	if (db->behind_since != 0)
		*lag = (double)(db_now_ms() - db->behind_since) / 1000;
	return (int)db->cur;
}

void
db_servers_close(struct db *db)
{
	if (db->monitor != NULL)
		mysql_close(db->monitor);
	db->monitor = NULL;
}

/* The program's metrics: counters shared by the supervisor and its workers, and the
 * supervisor's answer on the metrics socket (metrics.h). */
#include "metrics.h"
#include "log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

/* The statuses a program answers; any other is counted as "other". */
static const int metrics_statuses[] = { 200, 201, 204, 301, 302, 303, 304, 400, 401, 403,
    404, 405, 409, 410, 411, 413, 415, 422, 429, 500, 502, 503 };
#define NSTATUS		(sizeof(metrics_statuses) / sizeof(metrics_statuses[0]) + 1)

/* Upper bounds of the latency histogram's buckets, seconds (+Inf follows). */
static const double metrics_bounds[] = { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
    0.1, 0.25, 0.5, 1, 2.5, 5, 10 };
#define NBOUNDS		(sizeof(metrics_bounds) / sizeof(metrics_bounds[0]))

static const char *const cache_names[METRICS_CACHE__MAX] = { "page", "site", "facets" };
static const char *const db_error_names[METRICS_DB__MAX] = { "unavailable", "denied",
    "conflict", "error" };
static const char *const restart_names[METRICS_RESTART__MAX] = { "signal", "exit",
    "max_requests" };

/* One worker's counters; requests[] has nseries * NSTATUS entries. Only that worker
 * writes it (relaxed atomic stores: plain moves), the supervisor reads it. */
struct metrics_slot {
	uint64_t	buckets[NBOUNDS + 1];	/* not cumulative; the last is above every bound */
	uint64_t	duration_ns;
	uint64_t	cache[METRICS_CACHE__MAX][2];	/* misses, hits */
	uint64_t	db_errors[METRICS_DB__MAX];
	int64_t		db_server;		/* -1: not connected */
	double		db_lag;
	uint64_t	requests[];
};

static struct {
	void			*map;
	size_t			 map_len;
	size_t			 stride;	/* bytes a slot */
	unsigned int		 workers;
	const struct route	*routes;
	unsigned int		 nroutes;
	unsigned int		*series;	/* route index → series (first route of its pattern) */
	unsigned int		 nseries;	/* the last is "no route" */
	struct metrics_slot	*mine;		/* the worker's own slot, NULL in the supervisor */
	uint64_t		 restarts[METRICS_RESTART__MAX];	/* the supervisor's own */
} m;

#define BUMP(field)	__atomic_store_n(&(field), (field) + 1, __ATOMIC_RELAXED)
#define READ(field)	__atomic_load_n(&(field), __ATOMIC_RELAXED)

static struct metrics_slot *
slot(unsigned int i)
{
	return (struct metrics_slot *)((char *)m.map + (size_t)i * m.stride);
}

int
metrics_init(const struct route *routes, unsigned int workers)
{
	unsigned int n = 0;

	while (routes[n].pattern != NULL)
		n++;
	m.routes = routes;
	m.nroutes = n;
	m.series = xcalloc(n + 1, sizeof(*m.series));
	for (unsigned int i = 0; i < n; i++) {
		unsigned int j = 0;

		while (strcmp(routes[j].pattern, routes[i].pattern) != 0)
			j++;
		m.series[i] = j;
	}
	m.nseries = n + 1;
	m.workers = workers;
	m.stride = sizeof(struct metrics_slot) + (size_t)m.nseries * NSTATUS * sizeof(uint64_t);
	m.stride = (m.stride + 63) & ~(size_t)63;	/* a slot per cache line or more */
	m.map_len = m.stride * workers;
	m.map = mmap(NULL, m.map_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (m.map == MAP_FAILED) {
		log_error("metrics: cannot map %zu bytes: %s", m.map_len, strerror(errno));
		m.map = NULL;
		free(m.series);
		m.series = NULL;
		return -1;
	}
	for (unsigned int i = 0; i < workers; i++)
		slot(i)->db_server = -1;
	return 0;
}

void
metrics_free(void)
{
	if (m.map != NULL)
		munmap(m.map, m.map_len);
	free(m.series);
	memset(&m, 0, sizeof(m));
}

void
metrics_worker(unsigned int i)
{
	m.mine = m.map != NULL && i < m.workers ? slot(i) : NULL;
	if (m.mine != NULL)
		__atomic_store_n(&m.mine->db_server, -1, __ATOMIC_RELAXED);
}

void
metrics_request(const struct route *r, int status, int64_t ns)
{
	struct metrics_slot *s = m.mine;
	unsigned int series = m.nseries - 1, st = NSTATUS - 1, b = 0;
	double secs = (double)ns / 1e9;

	if (s == NULL)
		return;
	if (r != NULL && r >= m.routes && r < m.routes + m.nroutes)
		series = m.series[r - m.routes];
	for (unsigned int i = 0; i < NSTATUS - 1; i++)
		if (metrics_statuses[i] == status) {
			st = i;
			break;
		}
	while (b < NBOUNDS && secs > metrics_bounds[b])
		b++;
	BUMP(s->requests[series * NSTATUS + st]);
	BUMP(s->buckets[b]);
	__atomic_store_n(&s->duration_ns, s->duration_ns + (uint64_t)(ns > 0 ? ns : 0),
	    __ATOMIC_RELAXED);
}

void
metrics_cache(enum metrics_cache c, bool hit)
{
	if (m.mine != NULL)
		BUMP(m.mine->cache[c][hit ? 1 : 0]);
}

void
metrics_db_error(enum metrics_db_error e)
{
	if (m.mine != NULL)
		BUMP(m.mine->db_errors[e]);
}

void
metrics_db_server(unsigned int index, double lag_seconds)
{
	if (m.mine == NULL)
		return;
	__atomic_store_n(&m.mine->db_server, (int64_t)index, __ATOMIC_RELAXED);
	m.mine->db_lag = lag_seconds;
}

void
metrics_db_none(void)
{
	if (m.mine != NULL)
		__atomic_store_n(&m.mine->db_server, -1, __ATOMIC_RELAXED);
}

void
metrics_restart(enum metrics_restart why)
{
	m.restarts[why]++;
}

/* a label value: backslash, double quote and newline escaped */
static void
put_label(struct buf *b, const char *v)
{
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			buf_putc(b, '\\');
		if (*v == '\n')
			buf_puts(b, "\\n");
		else
			buf_putc(b, *v);
	}
}

static void
head(struct buf *b, const char *name, const char *type, const char *help)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void
text_requests(struct buf *b)
{
	head(b, "minhbach_requests_total", "counter",
	    "Requests answered, by route pattern and status.");
	for (unsigned int se = 0; se < m.nseries; se++) {
		if (se < m.nseries - 1 && m.series[se] != se)
			continue;	/* a later route of the same pattern: counted with the first */
		for (unsigned int st = 0; st < NSTATUS; st++) {
			uint64_t n = 0;
			char code[8];

			for (unsigned int w = 0; w < m.workers; w++)
				n += READ(slot(w)->requests[se * NSTATUS + st]);
			if (n == 0)
				continue;
			if (st < NSTATUS - 1)
				snprintf(code, sizeof(code), "%d", metrics_statuses[st]);
			else
				snprintf(code, sizeof(code), "other");
			buf_puts(b, "minhbach_requests_total{route=\"");
			put_label(b, se < m.nseries - 1 ? m.routes[se].pattern : "none");
			buf_printf(b, "\",status=\"%s\"} %llu\n", code, (unsigned long long)n);
		}
	}
}

static void
text_latency(struct buf *b)
{
	uint64_t cumulative = 0, ns = 0;

	head(b, "minhbach_request_duration_seconds", "histogram",
	    "Time from accepting a request to handing over its last byte.");
	for (unsigned int i = 0; i <= NBOUNDS; i++) {
		for (unsigned int w = 0; w < m.workers; w++)
			cumulative += READ(slot(w)->buckets[i]);
		if (i < NBOUNDS)
			buf_printf(b, "minhbach_request_duration_seconds_bucket{le=\"%g\"} %llu\n",
			    metrics_bounds[i], (unsigned long long)cumulative);
		else
			buf_printf(b, "minhbach_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n",
			    (unsigned long long)cumulative);
	}
	for (unsigned int w = 0; w < m.workers; w++)
		ns += READ(slot(w)->duration_ns);
	buf_printf(b, "minhbach_request_duration_seconds_sum %.6f\n", (double)ns / 1e9);
	buf_printf(b, "minhbach_request_duration_seconds_count %llu\n",
	    (unsigned long long)cumulative);
}

static void
text_rest(struct buf *b)
{
	static const char *const which[2] = { "misses", "hits" };

	for (int h = 1; h >= 0; h--) {
		char name[64];

		snprintf(name, sizeof(name), "minhbach_cache_%s_total", which[h]);
		head(b, name, "counter", h ? "Answers found in a cache, by cache." :
		    "Answers looked for in a cache and not found, by cache.");
		for (unsigned int c = 0; c < METRICS_CACHE__MAX; c++) {
			uint64_t n = 0;

			for (unsigned int w = 0; w < m.workers; w++)
				n += READ(slot(w)->cache[c][h]);
			buf_printf(b, "%s{cache=\"%s\"} %llu\n", name, cache_names[c],
			    (unsigned long long)n);
		}
	}
	head(b, "minhbach_db_errors_total", "counter",
	    "Failed database statements and connections, by kind.");
	for (unsigned int e = 0; e < METRICS_DB__MAX; e++) {
		uint64_t n = 0;

		for (unsigned int w = 0; w < m.workers; w++)
			n += READ(slot(w)->db_errors[e]);
		buf_printf(b, "minhbach_db_errors_total{kind=\"%s\"} %llu\n", db_error_names[e],
		    (unsigned long long)n);
	}
	head(b, "minhbach_worker_restarts_total", "counter",
	    "Workers the supervisor started again, by why the previous one ended.");
	for (unsigned int r = 0; r < METRICS_RESTART__MAX; r++)
		buf_printf(b, "minhbach_worker_restarts_total{reason=\"%s\"} %llu\n",
		    restart_names[r], (unsigned long long)m.restarts[r]);
	head(b, "minhbach_workers", "gauge", "Worker processes the program keeps.");
	buf_printf(b, "minhbach_workers %u\n", m.workers);
	head(b, "minhbach_db_server", "gauge",
	    "The database server each worker uses: 0 the primary, a replica's number, -1 none.");
	for (unsigned int w = 0; w < m.workers; w++)
		buf_printf(b, "minhbach_db_server{worker=\"%u\"} %lld\n", w,
		    (long long)READ(slot(w)->db_server));
	head(b, "minhbach_db_lag_seconds", "gauge",
	    "How far the database server each worker uses lags behind the primary.");
	for (unsigned int w = 0; w < m.workers; w++)
		buf_printf(b, "minhbach_db_lag_seconds{worker=\"%u\"} %g\n", w, slot(w)->db_lag);
}

void
metrics_text(struct buf *b)
{
	if (m.map == NULL)
		return;
	text_requests(b);
	text_latency(b);
	text_rest(b);
}

int
metrics_listen(const char *path)
{
	struct sockaddr_un sa;
	mode_t old;
	int fd;

	if (strlen(path) >= sizeof(sa.sun_path)) {
		log_error("metrics_socket %s: the path is too long", path);
		return -1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sun_family = AF_UNIX;
	memcpy(sa.sun_path, path, strlen(path) + 1);
	if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0) {
		log_error("metrics socket: %s", strerror(errno));
		return -1;
	}
	unlink(path);
	old = umask(0177);	/* born 0600: no moment when others may connect */
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(fd, 16) != 0) {
		log_error("cannot listen on %s: %s", path, strerror(errno));
		umask(old);
		close(fd);
		return -1;
	}
	umask(old);
	return fd;
}

static void
answer(int fd, int status, const char *reason, const char *type, const struct buf *body)
{
	struct buf b;
	size_t off = 0;

	buf_init(&b);
	buf_printf(&b, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
	    "Connection: close\r\n\r\n", status, reason, type, body->len);
	buf_append(&b, body->data ? body->data : "", body->len);
	while (off < b.len) {
		ssize_t n = write(fd, b.data + off, b.len - off);

		if (n <= 0)
			break;	/* the client is gone or too slow (SO_SNDTIMEO) */
		off += (size_t)n;
	}
	buf_free(&b);
}

void
metrics_serve(int listen_fd)
{
	struct timeval tv = { 1, 0 };
	char req[4096];
	size_t len = 0;
	struct buf body;
	int fd = accept4(listen_fd, NULL, NULL, SOCK_CLOEXEC);

	if (fd < 0)
		return;
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	while (len < sizeof(req) - 1) {
		ssize_t n = read(fd, req + len, sizeof(req) - 1 - len);

		if (n <= 0)
			break;
		len += (size_t)n;
		req[len] = '\0';
		if (strstr(req, "\r\n\r\n") != NULL || strstr(req, "\n\n") != NULL)
			break;
	}
	req[len] = '\0';
	buf_init(&body);
	if (strncmp(req, "GET ", 4) != 0) {
		buf_puts(&body, "only GET /metrics\n");
		answer(fd, 405, "Method Not Allowed", "text/plain", &body);
	} else if (strncmp(req + 4, "/metrics ", 9) != 0 && strncmp(req + 4, "/metrics?", 9) != 0) {
		buf_puts(&body, "only GET /metrics\n");
		answer(fd, 404, "Not Found", "text/plain", &body);
	} else {
		metrics_text(&body);
		answer(fd, 200, "OK", "text/plain; version=0.0.4; charset=utf-8", &body);
	}
	buf_free(&body);
	close(fd);
}

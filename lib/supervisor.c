/* A FastCGI program: the supervisor that keeps a pool of worker processes (and answers on
 * the metrics socket, reopens the log file on SIGHUP), and each worker's accept loop that
 * runs every request through the pipeline of server.c. */
#include "server.h"
#include "listen.h"
#include "buf.h"
#include "http.h"
#include "i18n.h"
#include "log.h"
#include "metrics.h"
#include "pagecache.h"
#include "render.h"
#include "xmlsafe.h"

#include <fcgiapp.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltutils.h>
#include <sodium.h>

#include <errno.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_WORKERS	64
#define STOP_GRACE	15	/* seconds a worker has to finish its request on stop */

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t child_exited;
static volatile sig_atomic_t reopen_requested;	/* SIGHUP: open the log file again */
static sigset_t stop_signals;	/* SIGTERM and SIGINT */

static void
on_stop(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static void
on_child(int sig)
{
	(void)sig;
	child_exited = 1;
}

static void
on_hup(int sig)
{
	(void)sig;
	reopen_requested = 1;
}

static void
set_handler(int sig, void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a blocked accept() must see EINTR */
	sigaction(sig, &sa, NULL);
}

/* Ends a request whose response is whole. Left to itself (FCGX_Finish_r) libfcgi keeps
 * the connection for a next request when the web server asked it to (nginx's
 * fastcgi_keep_conn, conf/nginx), or else shuts down its side and waits up to 2 s for the
 * web server to close first: either way the worker sits idle until the web server has run
 * again, while requests wait for a worker (a project's page, 64 connections: 1,464-1,691
 * against 1,720-2,090 pages a second, docs/performance.md "Round 4"). That wait guards
 * against input the program left unread, whose arrival after a close would reset the
 * connection and could cut the response short. So when everything the web server sent
 * has been read (input_read, http.h: the body as announced; then the end of FCGI_STDIN,
 * and nothing more queued on the socket: a request the web server already sent on a kept
 * connection is served), the connection is closed at once after FCGI_END_REQUEST; nginx
 * counts a kept connection found closed as a retry, not a failure. */
static void
request_end(FCGX_Request *fcgi, bool input_read)
{
	int queued = -1;

	if (input_read && FCGX_GetChar(fcgi->in) == EOF && FCGX_GetError(fcgi->in) == 0
	    && ioctl(fcgi->ipcFd, FIONREAD, &queued) == 0 && queued == 0) {
		FCGX_FClose(fcgi->err);
		FCGX_FClose(fcgi->out);		/* FCGI_END_REQUEST */
		FCGX_Detach(fcgi);		/* a plain close, not libfcgi's lingering one */
		FCGX_Free(fcgi, 1);
	} else
		FCGX_Finish_r(fcgi);
}

/* The accept loop of one worker process. */
static int
worker_run(const struct app_spec *spec, struct config *cfg, const struct listener *lst, long slot,
    const char *templates_dir, size_t max_body, long max_requests, size_t page_cache)
{
	struct db_settings dbs;
	struct worker w;
	FCGX_Request fcgi;
	unsigned long served = 0, refused = 0;
	time_t refused_logged = 0;
	long born = (long)time(NULL), pid = (long)getpid();

	set_handler(SIGTERM, on_stop);
	set_handler(SIGINT, on_stop);
	set_handler(SIGHUP, on_hup);
	signal(SIGCHLD, SIG_DFL);
	signal(SIGPIPE, SIG_IGN);
	sigprocmask(SIG_UNBLOCK, &stop_signals, NULL);
	{
		sigset_t chld;

		sigemptyset(&chld);
		sigaddset(&chld, SIGCHLD);
		sigaddset(&chld, SIGHUP);
		sigprocmask(SIG_UNBLOCK, &chld, NULL);
	}
	metrics_worker((unsigned int)slot);
	memset(&w, 0, sizeof(w));
	w.spec = spec;
	w.cfg = cfg;
	w.max_body = max_body;
	w.page_cache = page_cache;
	pagecache_init(page_cache);
	render_set_writer(spec->writer);
	if (render_init(templates_dir, spec->routes) != 0)
		return 1;
	if (db_settings_from_config(&dbs, cfg) != 0 || (spec->replica_probe != NULL &&
	    db_replicas_from_config(&dbs, cfg, *spec->replica_probe) != 0))
		return 1;
	/* connect after fork: a connection must never be shared between processes */
	w.db = server_db_open(spec, &dbs);
	if (FCGX_InitRequest(&fcgi, lst->fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0)
		return 1;
	while (!stop_requested) {
		struct request req;
		struct timespec t0, t1;
		const struct route *route;
		int rc, status;
		bool aborted, input_read;

		if (reopen_requested) {
			reopen_requested = 0;
			log_reopen();
		}
		if ((rc = FCGX_Accept_r(&fcgi)) < 0) {
			if (stop_requested || rc == -EINTR)
				continue;
			log_error("accept failed: %d", rc);
			break;
		}
		if (!listener_allows(lst, fcgi.ipcFd)) {
			/* not one of the web servers of listen_allow: no answer at all, and a
			 * line in the log a minute at most */
			refused++;
			if (time(NULL) - refused_logged >= 60) {
				log_warn("refused %lu FastCGI connection(s) from addresses not in "
				    "listen_allow", refused);
				refused_logged = time(NULL);
				refused = 0;
			}
			FCGX_Free(&fcgi, 1);
			continue;
		}
		clock_gettime(CLOCK_MONOTONIC, &t0);
		/* a stop signal now waits until this request is answered */
		sigprocmask(SIG_BLOCK, &stop_signals, NULL);
		db_check_servers(w.db);	/* with replicas: once a second */
		status = http_request_init(&req, &fcgi, w.max_body);
		if (req.request_id[0] == '\0')	/* no id from the web server: the worker's own */
			snprintf(req.request_id, sizeof(req.request_id), "%lx-%lx-%lx", born, pid,
			    served + 1);
		log_set_request(req.request_id);
		req.app = &w;
		if (status != 0)
			server_error(&w, &req, status, NULL);
		else
			server_handle(&w, &req);
		http_start(&req);	/* a handler that wrote nothing still answers */
		if (req.doc != NULL)
			xmlFreeDoc(req.doc);
		aborted = req.resp.aborted;
		status = req.resp.status;
		route = req.route;
		input_read = req.input_read;
		http_request_free(&req);
		if (aborted) {
			/* hand over what was written, then close without FCGI_END_REQUEST:
			 * the web server sees the response end prematurely (http_abort) */
			FCGX_FFlush(fcgi.out);
			FCGX_Free(&fcgi, 1);
		} else {
			request_end(&fcgi, input_read);
		}
		log_set_request(NULL);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		metrics_request(route, status, (int64_t)(t1.tv_sec - t0.tv_sec) * 1000000000 +
		    (t1.tv_nsec - t0.tv_nsec));
		/* a large page leaves free heap behind that malloc keeps: give it back now and
		 * then, so a worker's resident memory stays flat (docs/performance.md) */
		if (++served % 100 == 0)
			malloc_trim(0);
		sigprocmask(SIG_UNBLOCK, &stop_signals, NULL);
		if (max_requests > 0 && (long)++w.requests >= max_requests)
			break;	/* the supervisor starts a fresh one */
	}
	FCGX_Free(&fcgi, 0);
	db_close(w.db);
	pagecache_free();
	render_free();
	return 0;
}

struct pool {
	pid_t	pids[MAX_WORKERS];
	time_t	started[MAX_WORKERS];
	long	n;
	int	metrics_fd;	/* the supervisor's; -1: no metrics socket */
	pid_t	supervisor;
};

static void
pool_spawn(struct pool *p, long slot, const struct app_spec *spec, struct config *cfg,
    const struct listener *lst, const char *tdir, size_t max_body, long max_requests,
    size_t page_cache)
{
	pid_t pid = fork();

	if (pid < 0) {
		log_error("fork: %s", strerror(errno));
		p->pids[slot] = 0;
		return;
	}
	if (pid == 0) {
		int rc;

		/* a worker outlives no supervisor: killed with it (SIGKILL included), it
		 * finishes its request and goes, rather than answer unsupervised for ever */
		if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != p->supervisor)
			_exit(1);
		if (p->metrics_fd >= 0)
			close(p->metrics_fd);
		rc = worker_run(spec, cfg, lst, slot, tdir, max_body, max_requests, page_cache);

		/* a worker frees what it took over from the supervisor too and ends through
		 * exit(), so that a sanitizer build's leak check examines it */
		i18n_free();
		config_free(cfg);
		metrics_free();
		xsltCleanupGlobals();
		xmlCleanupParser();
		exit(rc);
	}
	p->pids[slot] = pid;
	p->started[slot] = time(NULL);
}

static void
usage(const char *name)
{
	fprintf(stderr, "usage: %s [-c config-file] [-t]\n"
	    "  -c  configuration file (default " SYSCONFDIR "/minhbach/%s.conf)\n"
	    "  -t  check the configuration and templates, then exit\n", name, name);
}

static int server_run(const struct app_spec *, struct config *, const char *conf_path,
    int check_only);

int
server_main(const struct app_spec *spec, int argc, char **argv)
{
	char default_conf[512];
	const char *conf_path;
	struct config cfg;
	int opt, check_only = 0, rc;

	snprintf(default_conf, sizeof(default_conf), SYSCONFDIR "/minhbach/%s.conf", spec->name);
	conf_path = default_conf;
	log_set_name(spec->name);
	while ((opt = getopt(argc, argv, "c:th")) != -1) {
		switch (opt) {
		case 'c':
			conf_path = optarg;
			break;
		case 't':
			check_only = 1;
			break;
		default:
			usage(spec->name);
			return 2;
		}
	}
	if (config_load(&cfg, conf_path) != 0)
		return 1;
	/* the configuration is freed on every way out, a failed start included */
	rc = server_run(spec, &cfg, conf_path, check_only);
	config_free(&cfg);
	return rc;
}

/* Checks the configuration and the templates, opens the sockets, starts the workers and
 * supervises them until SIGTERM or SIGINT. */
static int
server_run(const struct app_spec *spec, struct config *cfg, const char *conf_path,
    int check_only)
{
	const char *tdir, *catalog, *log_file, *metrics_path;
	struct listener lst;
	struct pool pool;
	long workers, max_body, max_requests, page_cache_mb;
	sigset_t block, orig;

	tdir = config_get(cfg, "templates_dir", DATADIR "/minhbach/templates");
	catalog = config_get(cfg, "catalog", NULL);
	log_file = config_get(cfg, "log_file", NULL);
	metrics_path = config_get(cfg, "metrics_socket", NULL);
	if (config_int(cfg, "workers", 4, 1, MAX_WORKERS, &workers) ||
	    config_int(cfg, "max_body", 1 << 20, 1024, 64L << 20, &max_body) ||
	    config_int(cfg, "max_requests", 0, 0, 100000000, &max_requests) ||
	    config_int(cfg, "page_cache_mb", 2, 0, 1024, &page_cache_mb) ||
	    listener_config(&lst, cfg) != 0)
		return 1;
	if (metrics_path != NULL && metrics_path[0] != '/') {
		fprintf(stderr, "%s: `metrics_socket` must be the absolute path of a unix socket\n",
		    conf_path);
		return 1;
	}
	if (log_file != NULL && log_file[0] != '/') {
		fprintf(stderr, "%s: `log_file` must be an absolute path\n", conf_path);
		return 1;
	}
	{
		struct db_settings dbs;

		if (db_settings_from_config(&dbs, cfg) != 0 || (spec->replica_probe != NULL &&
		    db_replicas_from_config(&dbs, cfg, *spec->replica_probe) != 0))
			return 1;
	}
	xmlsafe_init();
	if (sodium_init() < 0) {
		log_error("libsodium cannot start");
		return 1;
	}
	{
		char cpath[1024];

		if (catalog == NULL) {
			snprintf(cpath, sizeof(cpath), "%s/i18n", tdir);
			catalog = cpath;
		}
		if (i18n_load(catalog) != 0)
			return 1;
	}
	if (spec->init != NULL && spec->init(cfg) != 0)
		return 1;
	/* compile once here too, so a broken template stops the start, not a worker */
	render_set_writer(spec->writer);
	if (render_init(tdir, spec->routes) != 0)
		return 1;
	render_free();
	if (config_warn_unused(cfg) > 0)
		return 1;
	if (check_only) {
		printf("%s: configuration %s is valid\n", spec->name, conf_path);
		return 0;
	}
	if (log_file != NULL && log_open(log_file) != 0)
		return 1;
	memset(&pool, 0, sizeof(pool));
	pool.metrics_fd = -1;
	pool.supervisor = getpid();
	if (metrics_path != NULL && (metrics_init(spec->routes, (unsigned int)workers) != 0 ||
	    (pool.metrics_fd = metrics_listen(metrics_path)) < 0))
		return 1;
	if (FCGX_Init() != 0) {
		log_error("FCGX_Init failed");
		return 1;
	}
	if (listener_open(&lst) != 0)
		return 1;
	log_info("listening on %s with %ld workers (backlog %ld)", lst.path, workers, lst.backlog);

	/* signals arrive only inside sigsuspend(): no race between a check and the wait */
	sigemptyset(&stop_signals);
	sigaddset(&stop_signals, SIGTERM);
	sigaddset(&stop_signals, SIGINT);
	block = stop_signals;
	sigaddset(&block, SIGCHLD);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &orig);
	set_handler(SIGTERM, on_stop);
	set_handler(SIGINT, on_stop);
	set_handler(SIGCHLD, on_child);
	set_handler(SIGHUP, on_hup);
	signal(SIGPIPE, SIG_IGN);
	pool.n = workers;
	for (long i = 0; i < workers; i++)
		pool_spawn(&pool, i, spec, cfg, &lst, tdir, (size_t)max_body, max_requests,
		    (size_t)page_cache_mb << 20);
	while (!stop_requested) {
		struct pollfd pfd = { .fd = pool.metrics_fd, .events = POLLIN };

		/* like sigsuspend: the signals are let in only while waiting */
		if (ppoll(&pfd, pool.metrics_fd >= 0 ? 1 : 0, NULL, &orig) > 0 &&
		    (pfd.revents & POLLIN))
			metrics_serve(pool.metrics_fd);
		if (reopen_requested) {
			reopen_requested = 0;
			if (log_reopen() == 0)
				log_info("log file reopened");
			for (long i = 0; i < pool.n; i++)
				if (pool.pids[i] > 0)
					kill(pool.pids[i], SIGHUP);
		}
		if (child_exited) {
			pid_t pid;
			int wstatus;

			child_exited = 0;
			while ((pid = waitpid(-1, &wstatus, WNOHANG)) > 0) {
				for (long i = 0; i < pool.n; i++) {
					if (pool.pids[i] != pid)
						continue;
					if (WIFSIGNALED(wstatus)) {
						log_error("worker %ld died of signal %d; restarting", (long)pid,
						    WTERMSIG(wstatus));
						metrics_restart(METRICS_RESTART_SIGNAL);
					} else if (WEXITSTATUS(wstatus) != 0) {
						log_error("worker %ld exited with %d; restarting", (long)pid,
						    WEXITSTATUS(wstatus));
						metrics_restart(METRICS_RESTART_EXIT);
					} else {
						metrics_restart(METRICS_RESTART_RECYCLE);
					}
					/* a worker that dies at once would spin: pause first */
					if (time(NULL) - pool.started[i] < 1)
						sleep(1);
					if (!stop_requested)
						pool_spawn(&pool, i, spec, cfg, &lst, tdir, (size_t)max_body,
						    max_requests, (size_t)page_cache_mb << 20);
				}
			}
		}
	}
	log_info("stopping: waiting for requests in flight");
	{
		time_t deadline = time(NULL) + STOP_GRACE;
		long alive;

		do {
			pid_t pid;

			alive = 0;
			while ((pid = waitpid(-1, NULL, WNOHANG)) > 0)
				for (long i = 0; i < pool.n; i++)
					if (pool.pids[i] == pid)
						pool.pids[i] = 0;
			/* again and again: a worker may have been between its check of the
			 * flag and accept() when the first signal came */
			for (long i = 0; i < pool.n; i++)
				if (pool.pids[i] > 0) {
					kill(pool.pids[i], SIGTERM);
					alive++;
				}
			if (alive > 0)
				usleep(100000);
		} while (alive > 0 && time(NULL) < deadline);
		for (long i = 0; i < pool.n; i++)
			if (pool.pids[i] > 0) {
				/* stuck past the grace period */
				kill(pool.pids[i], SIGKILL);
				waitpid(pool.pids[i], NULL, 0);
			}
	}
	listener_close(&lst);
	if (pool.metrics_fd >= 0) {
		close(pool.metrics_fd);
		unlink(metrics_path);
	}
	metrics_free();
	i18n_free();
	log_info("stopped");
	return 0;
}

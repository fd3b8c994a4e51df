/* For the pipeline tests: one request built in memory (FastCGI parameters and a body) run
 * through server_handle, its response captured. */
#ifndef MB_TEST_PIPELINE_H
#define MB_TEST_PIPELINE_H

#include <stdlib.h>
#include <string.h>

#include <stdio.h>

#include "config.h"
#include "http.h"
#include "i18n.h"
#include "render.h"
#include "server.h"
#include "xmlsafe.h"

struct pipeline_body {
	const char	*p;
	size_t		 n;
};

static inline size_t
pipeline_read(void *ctx, char *out, size_t n)
{
	struct pipeline_body *b = ctx;

	n = n < b->n ? n : b->n;
	memcpy(out, b->p, n);
	b->p += n;
	b->n -= n;
	return n;
}

/* The whole response (status line, headers, body) to envp ("NAME=value", NULL-terminated)
 * and body (may be NULL), or NULL when the request cannot be read. Free it. */
static inline char *
pipeline_run(struct worker *w, char **envp, const char *body)
{
	struct pipeline_body b = { body ? body : "", body ? strlen(body) : 0 };
	struct request req;
	struct buf out;
	char *s;

	if (http_request_parse(&req, envp, pipeline_read, &b, 1 << 20) != 0) {
		http_request_free(&req);
		return NULL;
	}
	buf_init(&out);
	req.out = &out;
	server_handle(w, &req);
	http_start(&req);
	if (req.doc != NULL)
		xmlFreeDoc(req.doc);
	http_request_free(&req);
	s = strndup(out.data != NULL ? out.data : "", out.len);
	buf_free(&out);
	return s;
}

/* A worker of app as the test instance runs it: its configuration
 * ($PORTAL_INSTANCE_DIR/etc/<conf>.conf), the catalog, the templates ($TEMPLATES_DIR, else
 * $top_srcdir/templates), the program's init and its database connection. Returns true
 * when all of it is there; pipeline_close undoes it. */
static inline bool
pipeline_open(struct worker *w, struct config *cfg, const struct app_spec *app,
    const char *conf)
{
	const char *inst = getenv("PORTAL_INSTANCE_DIR"), *tdir = getenv("TEMPLATES_DIR");
	const char *top = getenv("top_srcdir");
	char path[1200], tpath[1024];
	struct db_settings dbs;

	if (tdir == NULL) {
		snprintf(tpath, sizeof(tpath), "%s/templates", top ? top : ".");
		tdir = tpath;
	}
	snprintf(path, sizeof(path), "%s/etc/%s.conf", inst ? inst : ".", conf);
	xmlsafe_init();
	if (config_load(cfg, path) != 0 || db_settings_from_config(&dbs, cfg) != 0)
		return false;
	snprintf(path, sizeof(path), "%s/i18n", tdir);
	/* the program's own writer of the pages it writes in C, as server_run sets it */
	render_set_writer(app->writer);
	if (i18n_load(path) != 0 || render_init(tdir, app->routes) != 0 ||
	    (app->init != NULL && app->init(cfg) != 0))
		return false;
	memset(w, 0, sizeof(*w));
	w->spec = app;
	w->cfg = cfg;
	w->max_body = 1 << 20;
	w->db = server_db_open(app, &dbs);
	return db_connected(w->db);
}

static inline void
pipeline_close(struct worker *w, struct config *cfg)
{
	db_close(w->db);
	render_free();
	i18n_free();
	config_free(cfg);
}

#endif

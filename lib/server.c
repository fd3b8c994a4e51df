/* The pipeline every request of a worker goes through: route, authorize, the page cache,
 * the declared parameters, the handler and the error pages. The supervisor and the
 * worker's accept loop are in supervisor.c. */
#include "server.h"
#include "buf.h"
#include "http.h"
#include "log.h"
#include "metrics.h"
#include "pagecache.h"
#include "params.h"
#include "render.h"


#include <stdio.h>
#include <string.h>
#include <time.h>

int
db_http_status(enum db_status s)
{
	switch (s) {
	case DB_OK:
	case DB_ABORTED:
		return 200;
	case DB_UNAVAILABLE:
		return 503;
	case DB_CONFLICT:
		return 409;
	case DB_ERROR:
		break;
	}
	return 500;
}

static void
method_list(char *out, size_t n, unsigned int m)
{
	snprintf(out, n, "%s%s%s",
	    (m & METHOD_GET) ? "GET, " : "",
	    (m & METHOD_HEAD) ? "HEAD, " : "",
	    (m & METHOD_POST) ? "POST, " : "");
	if (strlen(out) >= 2)
		out[strlen(out) - 2] = '\0';
}

void
server_error(struct worker *w, struct request *req, int status, const struct param_error *perr)
{
	req->resp.status = status;
	render_begin(req);
	if (w->spec->decorate != NULL)
		w->spec->decorate(req);
	if (req->route == NULL || req->route->errors != ERRORS_JSON || w->spec->json_error == NULL) {
		render_error(req, status, perr);
		return;
	}
	if (req->resp.started)
		return;		/* too late to say anything else */
	http_clear_headers(req);
	req->resp.status = status;
	w->spec->json_error(req, status, perr);
}

/* The worker's page cache, for a public page read with GET or HEAD: answers from the
 * cache and returns true, or prepares req so that render_page stores the page. Nothing
 * when the program keeps no cache, the generation cannot be read (MariaDB down: the
 * page then says so), or the web server asks for a bypass (MINHBACH_CACHE_BYPASS, a
 * FastCGI parameter only its configuration can set: the bench uses it). */
static bool
server_from_cache(struct worker *w, struct request *req)
{
	const struct cached_page *pg;
	unsigned long long gen;
	struct buf key;
	long day;

	if (w->page_cache == 0 || w->spec->generation == NULL || req->route->role != ROLE_NONE ||
	    req->route->template == NULL || (req->method != METHOD_GET && req->method != METHOD_HEAD) ||
	    http_env(req, "MINHBACH_CACHE_BYPASS") != NULL)
		return false;
	if (w->spec->generation(req, &gen) != 0)
		return false;
	day = (long)(time(NULL) / 86400);
	buf_init(&key);
	buf_puts(&key, req->full_path);
	buf_putc(&key, '?');
	buf_puts(&key, req->query_string);
	pg = pagecache_get(key.data, gen, day);
	metrics_cache(METRICS_CACHE_PAGE, pg != NULL);
	if (pg != NULL) {
		buf_free(&key);
		render_cached(req, pg);
		return true;
	}
	req->page_cache_key = key.data;	/* freed with the request */
	req->page_generation = gen;
	req->page_day = day;
	return false;
}

/* The prologue of a route with a role: true when the handler may run; otherwise the
 * request has been answered (by authorize itself, or here with its error page). An
 * authorize that says it answered but wrote nothing is a bug: a 500, never the handler. */
static bool
server_authorized(struct worker *w, struct request *req)
{
	int status = 403;
	enum authz a = w->spec->authorize != NULL ? w->spec->authorize(req, &status) :
	    AUTHZ_REFUSED;

	switch (a) {
	case AUTHZ_PASS:
		return true;
	case AUTHZ_ANSWERED:
		if (req->resp.started)
			return false;
		log_error("%s: authorize answered nothing", req->full_path);
		status = 500;
		break;
	case AUTHZ_REFUSED:
		break;
	}
	server_error(w, req, status >= 400 && status < 600 ? status : 500, NULL);
	return false;
}

struct db *
server_db_open(const struct app_spec *app, const struct db_settings *dbs)
{
	struct db *db = db_open(dbs, app->sql, app->nsql);

	if (app->sql_parts != NULL)
		db_set_parts(db, app->sql_parts, app->nsql_parts);
	return db;
}

void
server_handle(struct worker *w, struct request *req)
{
	struct param_error perr = { NULL, NULL };
	unsigned int allowed;
	int status;

	req->app = w;
	if ((status = router_match(w->spec->routes, req, &allowed)) != 0) {
		if (status == 405) {
			char list[64];

			method_list(list, sizeof(list), allowed);
			http_add_header(req, "Allow", list);
		}
		server_error(w, req, status, NULL);
		return;
	}
	if (req->route->role != ROLE_NONE && !server_authorized(w, req))
		return;
	if (server_from_cache(w, req))
		return;
	if (req->route->params != NULL &&
	    params_validate(req, req->route->params,
	    req->method == METHOD_POST ? PARAM_FORM : PARAM_QUERY, &perr) != 0) {
		server_error(w, req, 400, &perr);
		return;
	}
	render_begin(req);
	if (w->spec->decorate != NULL)
		w->spec->decorate(req);
	status = req->route->handler(req);
	if (status == PAGE_DONE)
		return;
	if (status == 0) {
		log_error("%s: the handler returned 0, which is no answer", req->full_path);
		if (req->resp.started)
			return;
	}
	if (status >= 200 && status < 300 && req->route->template != NULL) {
		/* a handler may have set its own status for the page (a form with errors) */
		if (req->resp.status == 200)
			req->resp.status = status;
		if (render_page(req, req->route->template) != 0)
			server_error(w, req, 500, NULL);
		return;
	}
	if (status == 400 && req->bad_field != NULL) {
		perr.field = req->bad_field;
		perr.reason_key = req->bad_reason;
		server_error(w, req, 400, &perr);
		return;
	}
	server_error(w, req, status >= 400 ? status : 500, NULL);
}


/* Unit tests: the pipeline (server_handle) runs a route's handler only when its program's
 * authorize says so, whatever authorize answered or forgot to answer; a bad declared
 * parameter never reaches the handler and is answered as the route declares (JSON or page). */
#include "http.h"
#include "server.h"
#include "pipeline.h"
#include "tap.h"

#include <stdlib.h>

static int ran;			/* handler calls */
static enum authz verdict;	/* what authorize says */
static bool writes;		/* whether authorize writes a redirect first */

static int
handler(struct request *req)
{
	ran++;
	http_puts(req, "done");
	return PAGE_DONE;
}

static int
forgetful(struct request *req)
{
	(void)req;
	ran++;
	return 0;	/* a helper's "no error", not an answer */
}

static enum authz
authorize(struct request *req, int *status)
{
	if (writes)
		http_redirect(req, "/staff/login");
	*status = 403;
	return verdict;
}

/* A JSON route's bad value or refused cursor: the field and the reason, as the API says. */
static void
json_error(struct request *req, int status, const struct param_error *perr)
{
	char body[160];

	snprintf(body, sizeof(body), "{\"status\":%d,\"field\":\"%s\",\"reason\":\"%s\"}",
	    status, perr != NULL ? perr->field : "", perr != NULL ? perr->reason_key : "");
	http_send(req, body, strlen(body), "application/json");
}

/* Refuses ?n=13 beyond its declaration, as a handler checks a cursor. */
static int
counted(struct request *req)
{
	ran++;
	if (param_int(req, "n", 0) == 13)
		return http_bad_param(req, "n", "error.param.cursor");
	http_puts(req, "counted");
	return PAGE_DONE;
}

static const struct param_decl n_params[] = {
	{ .name = "n", .type = PARAM_INT, .min = 1, .max = 50 },
	{ .name = NULL },
};

static const struct route routes[] = {
	{ "/api/n", METHOD_GET, ROLE_NONE, counted, n_params, NULL, ERRORS_JSON },
	{ "/n", METHOD_GET, ROLE_NONE, counted, n_params, NULL, ERRORS_HTML },
	{ "/staff/x", METHOD_POST, ROLE_STAFF, handler, NULL, NULL, ERRORS_HTML },
	{ "/staff/forgets", METHOD_GET, ROLE_NONE, forgetful, NULL, NULL, ERRORS_HTML },
	{ NULL, 0, 0, NULL, NULL, NULL, ERRORS_HTML },
};

/* Runs one request through server_handle; returns its status line and headers. */
static char *
run(const struct app_spec *spec, const char *method, const char *uri)
{
	char m[32], u[128];
	char *envp[] = { m, u, "CONTENT_LENGTH=0",
	    "CONTENT_TYPE=application/x-www-form-urlencoded", NULL };
	struct worker w;

	snprintf(m, sizeof(m), "REQUEST_METHOD=%s", method);
	snprintf(u, sizeof(u), "REQUEST_URI=%s", uri);
	memset(&w, 0, sizeof(w));
	w.spec = spec;
	return pipeline_run(&w, envp, NULL);
}

static void
check(const struct app_spec *spec, enum authz v, bool w, const char *status, int runs,
    const char *what)
{
	char *s;

	verdict = v;
	writes = w;
	ran = 0;
	s = run(spec, "POST", "/staff/x");
	ok(s != NULL && strncmp(s, status, strlen(status)) == 0, "%s: answers %s", what, status);
	if (s != NULL && strncmp(s, status, strlen(status)) != 0)
		printf("#   got: %.40s\n", s);
	ok(ran == runs, "%s: the handler %s", what, runs ? "runs" : "never runs");
	free(s);
}

/* Declared parameters: checked before the handler, the error in the route's own form. */
static void
params_check(struct app_spec *spec, const struct app_spec *none)
{
	static const struct {
		const char	*uri, *status, *body;
		int		 runs;
		const char	*what;
	} cases[] = {
		{ "/api/n?n=7", "Status: 200", "counted", 1, "a good value reaches the handler" },
		{ "/api/n?n=x", "Status: 400", "{\"status\":400,\"field\":\"n\","
		    "\"reason\":\"error.param.int\"}", 0, "a bad value: JSON naming the field" },
		{ "/api/n?n=99", "Status: 400", "\"reason\":\"error.param.range\"", 0,
		    "out of range: JSON with the reason" },
		{ "/api/n?n=13", "Status: 400", "\"field\":\"n\",\"reason\":\"error.param.cursor\"",
		    1, "refused by the handler: the same JSON" },
		{ "/n?n=x", "Status: 400", "\r\n\r\n400 Bad Request", 0,
		    "a page route: the error page, not JSON" },
	};

	spec->json_error = json_error;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		char *s;

		ran = 0;
		s = run(spec, "GET", cases[k].uri);
		ok(s != NULL && strncmp(s, cases[k].status, strlen(cases[k].status)) == 0 &&
		    strstr(s, cases[k].body) != NULL && ran == cases[k].runs, "%s (%s)",
		    cases[k].what, cases[k].uri);
		if (s != NULL && (strstr(s, cases[k].body) == NULL || ran != cases[k].runs))
			printf("#   ran %d, got: %.300s\n", ran, s);
		free(s);
	}
	{
		char *s = run(none, "GET", "/api/n?n=x");

		ok(s != NULL && strncmp(s, "Status: 400", 11) == 0 && strstr(s, "\"field\"") == NULL,
		    "a JSON route in a program without json_error gets the error page");
		free(s);
	}
}

int
main(void)
{
	struct app_spec spec = { .name = "test", .routes = routes, .authorize = authorize };
	struct app_spec none = { .name = "test", .routes = routes };
	char *s;

	check(&spec, AUTHZ_PASS, false, "Status: 200", 1, "authorized");
	check(&spec, AUTHZ_ANSWERED, true, "Status: 303", 0, "redirected to sign in");
	check(&spec, AUTHZ_ANSWERED, false, "Status: 500", 0, "answered without writing");
	check(&spec, AUTHZ_REFUSED, false, "Status: 403", 0, "refused");
	check(&spec, AUTHZ_REFUSED, true, "Status: 303", 0, "refused after writing");
	check(&none, AUTHZ_PASS, false, "Status: 403", 0, "a role but no authorize");
	ran = 0;
	s = run(&spec, "GET", "/staff/forgets");
	ok(ran == 1 && s != NULL && strncmp(s, "Status: 500", 11) == 0,
	    "a handler that returns 0 and writes nothing gets a 500, not an empty 200");
	free(s);
	params_check(&spec, &none);
	return done();
}

/* Unit tests: the pipeline (server_handle) runs a route's handler only when its program's
 * authorize says so, whatever authorize answered or forgot to answer. */
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

static const struct route routes[] = {
	{ "/staff/x", METHOD_POST, ROLE_STAFF, handler, NULL, NULL },
	{ "/staff/forgets", METHOD_GET, ROLE_NONE, forgetful, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, NULL },
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
	return done();
}

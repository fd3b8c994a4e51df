/* Unit tests: the staff program's whole pipeline (server_handle with its routes, prologue,
 * declared forms and handlers; libstaff) on requests built in memory, against the test
 * instance's MariaDB: a POST without a session is sent to sign in and its handler never
 * runs; a signed-in POST with a bad field is answered 400 naming it; a bad CSRF token is
 * refused before any field is looked at. Skipped without ./portal test. */
#include "staff.h"
#include "pipeline.h"
#include "tap.h"

#include <sodium.h>
#include <stdio.h>

static struct worker w;
static char origin[256];

/* Runs one request through the staff pipeline; returns the whole response. */
static char *
run(const char *method, const char *uri, const char *session, const char *form)
{
	char e[8][512], *envp[9];
	unsigned int k = 0;

	snprintf(e[k++], sizeof(e[0]), "REQUEST_METHOD=%s", method);
	snprintf(e[k++], sizeof(e[0]), "REQUEST_URI=%s", uri);
	snprintf(e[k++], sizeof(e[0]), "REMOTE_ADDR=127.0.0.77");
	snprintf(e[k++], sizeof(e[0]), "HTTP_ORIGIN=%s", origin);
	snprintf(e[k++], sizeof(e[0]), "CONTENT_TYPE=application/x-www-form-urlencoded");
	snprintf(e[k++], sizeof(e[0]), "CONTENT_LENGTH=%zu", form ? strlen(form) : 0);
	if (session != NULL)
		snprintf(e[k++], sizeof(e[0]), "HTTP_COOKIE=%s=%s", SESSION_COOKIE, session);
	for (unsigned int i = 0; i < k; i++)
		envp[i] = e[i];
	envp[k] = NULL;
	return pipeline_run(&w, envp, form);
}

/* The text after key in s up to one of the stop characters, copied into out. */
static bool
between(const char *s, const char *key, const char *stop, char *out, size_t n)
{
	const char *p = s ? strstr(s, key) : NULL;
	size_t len;

	if (p == NULL)
		return false;
	p += strlen(key);
	len = strcspn(p, stop);
	if (len == 0 || len >= n)
		return false;
	memcpy(out, p, len);
	out[len] = '\0';
	return true;
}

static bool
user_exists(const char *name)
{
	struct db_param p = DB_TEXT(name);
	struct user_row u;
	int found = 0;

	(void)FETCH_ROW(w.db, SQL_USER_BY_NAME, &p, 1, user_cols, &u, &found);
	FREE_ROW(user_cols, &u);
	return found;
}

static void
pipeline(const char *password)
{
	char session[80], csrf[80], form[512], *r;

	r = run("POST", "/staff/users", NULL, "action=create&username=pipeline-anon"
	    "&display_name=X&password=aaaaaaaaaaaaaaaa");
	ok(r != NULL && strncmp(r, "Status: 303", 11) == 0 && strstr(r, "Location: /staff/login\r\n"),
	    "a POST without a session is sent to sign in");
	ok(!user_exists("pipeline-anon"), "and its handler did not run: no user was created");
	free(r);

	snprintf(form, sizeof(form), "username=admin&password=%s", password);
	r = run("POST", "/staff/login", NULL, form);
	ok(between(r, "Set-Cookie: " SESSION_COOKIE "=", ";\r\n", session, sizeof(session)),
	    "the admin signs in");
	free(r);
	r = run("GET", "/staff/users", session, NULL);
	ok(r != NULL && strncmp(r, "Status: 200", 11) == 0 &&
	    between(r, "name=\"csrf\" value=\"", "\"", csrf, sizeof(csrf)),
	    "the users page answers with the form's CSRF token");
	free(r);

	snprintf(form, sizeof(form), "csrf=%s&action=drop_table&user_id=1", csrf);
	r = run("POST", "/staff/users", session, form);
	ok(r != NULL && strncmp(r, "Status: 400", 11) == 0, "an unknown action is answered 400");
	ok(r != NULL && strstr(r, "<code>action</code>") != NULL, "naming the field");
	free(r);
	r = run("POST", "/en/staff/users", session, form);
	ok(r != NULL && strstr(r, "is not one of the accepted values") != NULL,
	    "saying why in the page's language");
	free(r);

	r = run("POST", "/staff/users", session, "csrf=0&action=drop_table&user_id=x");
	ok(r != NULL && strncmp(r, "Status: 403", 11) == 0,
	    "a wrong CSRF token is refused before any field is looked at");
	free(r);

	snprintf(form, sizeof(form), "csrf=%s", csrf);
	r = run("POST", "/staff/logout", session, form);
	ok(r != NULL && strncmp(r, "Status: 303", 11) == 0, "the admin signs out");
	free(r);
}

int
main(void)
{
	const char *password = getenv("PORTAL_DEMO_PASSWORD");
	struct config cfg;

	if (getenv("PORTAL_INSTANCE_DIR") == NULL || password == NULL) {
		printf("1..0 # SKIP no test instance (PORTAL_INSTANCE_DIR, PORTAL_DEMO_PASSWORD)\n");
		return 0;
	}
	ok(sodium_init() >= 0, "libsodium starts");
	if (!pipeline_open(&w, &cfg, &staff_app, "minhbach-staff")) {
		ok(0, "the staff program's configuration, catalog, templates, schema and database");
		return done();
	}
	snprintf(origin, sizeof(origin), "%s", config_get(&cfg, "public_origin", ""));
	pipeline(password);
	pipeline_close(&w, &cfg);
	return done();
}

/* Unit tests: templates escape data, format numbers per language, and cannot read files. */
#include "http.h"
#include "i18n.h"
#include "log.h"
#include "render.h"
#include "router.h"
#include "xmlsafe.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int handler(struct request *r) { (void)r; return 200; }

static const struct route routes[] = {
	{ "/", METHOD_GET, ROLE_NONE, handler, NULL, "staff/login", ERRORS_HTML },
	{ NULL, 0, 0, NULL, NULL, NULL, ERRORS_HTML },
};

static char *
render_with(const char *tdir, enum lang lang, const char *xsl_name, void (*fill)(struct request *))
{
	struct request req;
	struct buf out;
	const char *mtype;
	char *s = NULL;

	(void)tdir;
	memset(&req, 0, sizeof(req));
	req.lang = lang;
	req.path = (char *)"/";
	req.full_path = (char *)"/";
	req.query_string = "";
	render_begin(&req);
	fill(&req);
	buf_init(&out);
	if (render_to_memory(&req, xsl_name, &out, &mtype) == 0)
		s = strndup(out.data != NULL ? out.data : "", out.len);
	buf_free(&out);
	xmlFreeDoc(req.doc);
	return s;
}

static void
fill_error(struct request *req)
{
	xmlNodePtr e = xml_elem(req->page, "error");

	xml_attr(e, "status", "400");
	xml_attr(e, "key", "error.400");
	xml_attr(e, "field", "<script>alert(1)</script>");
	xml_attr(e, "reason", "error.param.enum");
}

/* A key the catalog lacks comes back as itself and is logged once, however often a page
 * asks for it; past the first 64 such keys, one line says the rest are not logged. */
static void
test_missing_keys(void)
{
	char path[64], key[32], line[256];
	int saved = dup(STDERR_FILENO), lines = 0, first = 0, more = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/mb-i18n-test-%ld.log", (long)getpid());
	unlink(path);
	ok(log_open(path) == 0, "the log file opens");
	for (int i = 0; i < 3; i++) {
		/* the key written again each time, as a page builds it (block_change_value) */
		snprintf(key, sizeof(key), "status.no-such-%d", 0);
		is_str(i18n_get(i % 2 ? LANG_EN : LANG_VI, key), "status.no-such-0",
		    "a missing key is shown as itself");
	}
	for (int i = 1; i < 100; i++) {
		snprintf(key, sizeof(key), "status.no-such-%d", i);
		i18n_get(LANG_VI, key);
	}
	fflush(stderr);
	if ((f = fopen(path, "r")) != NULL) {
		while (fgets(line, sizeof(line), f) != NULL) {
			lines++;
			first += strstr(line, "no message for key `status.no-such-0`") != NULL;
			more += strstr(line, "more keys have no message") != NULL;
		}
		fclose(f);
	}
	ok(first == 1, "a missing key asked for 3 times is logged once (%d)", first);
	ok(lines == 65 && more == 1, "100 missing keys: 64 lines and one saying the rest are not "
	    "logged (%d lines)", lines);
	dup2(saved, STDERR_FILENO);
	close(saved);
	unlink(path);
}

int
main(void)
{
	const char *tdir = getenv("TEMPLATES_DIR");
	char catalog[1024], *html;

	if (tdir == NULL)
		tdir = "templates";
	xmlsafe_init();
	snprintf(catalog, sizeof(catalog), "%s/i18n", tdir);
	ok(i18n_load(catalog) == 0, "the catalog loads with every message in both languages");
	ok(i18n_count() > 20, "the catalog has messages (%u)", i18n_count());
	is_str(i18n_get(LANG_EN, "error.404"), "Page not found", "English message");
	is_str(i18n_get(LANG_VI, "error.404"), "Không tìm thấy trang", "Vietnamese message");
	test_missing_keys();
	ok(render_init(tdir, routes) == 0, "templates compile");

	html = render_with(tdir, LANG_VI, "error", fill_error);
	ok(html != NULL, "the error template renders");
	ok(html && strstr(html, "<script>alert(1)</script>") == NULL, "data is escaped");
	ok(html && strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL,
	    "and shown as text");
	ok(html && strstr(html, "lang=\"vi\"") != NULL, "page language is Vietnamese");
	free(html);
	html = render_with(tdir, LANG_EN, "error", fill_error);
	ok(html && strstr(html, "lang=\"en\"") != NULL && strstr(html, "Bad request") != NULL,
	    "English error page");
	free(html);
	render_free();
	i18n_free();
	return done();
}

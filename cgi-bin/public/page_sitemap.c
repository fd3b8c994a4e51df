/* Discoverability: /sitemap.xml (an index of /sitemaps/pages.xml and
 * /sitemaps/projects-N.xml, each within the protocol's 50,000 URLs) and the files that
 * describe the formats: /api/v1/openapi.json and /schema/minhbach-1.xsd, read from
 * htdocs/ beside the templates (the layout of the checkout and of `make install`). The
 * /data and /api pages that present them to people are page_data.c. */
#include "opendata.h"

#include <stdio.h>

#define SITEMAP_PROJECTS	20000	/* two URLs each (Vietnamese, English) */
#define STATIC_MAX		(1024 * 1024)

static const char *const sitemap_pages[] = { "/", "/zones", "/projects", "/changes",
    "/targets", "/indices", "/finder", "/map", "/announcements", "/data", "/api", NULL };

/* One <url> with its two languages as alternates (hreflang). */
static void
sitemap_url(struct buf *b, const char *origin, const char *path, const char *lastmod)
{
	for (int en = 0; en <= 1; en++) {
		buf_printf(b, "<url><loc>%s%s%s</loc>", origin, en ? "/en" : "",
		    en && strcmp(path, "/") == 0 ? "" : path);
		buf_printf(b, "<xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"%s%s\"/>",
		    origin, path);
		buf_printf(b, "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"%s/en%s\"/>",
		    origin, strcmp(path, "/") == 0 ? "" : path);
		if (lastmod != NULL)
			buf_printf(b, "<lastmod>%s</lastmod>", lastmod);
		buf_puts(b, "</url>\n");
	}
}

static const char *const urlset_open =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
    " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

int
page_sitemap_index(struct request *req)
{
	char *v[5];
	struct buf b, origin;
	enum db_status rc;
	long long chunks;
	int found;

	rc = db_fetch_one(public_db(req), SQL_OD_COUNTS, NULL, 0, v, 5, &found);
	if (rc != DB_OK)
		return db_http_status(rc);
	chunks = (atoll(v[0] ? v[0] : "0") + SITEMAP_PROJECTS - 1) / SITEMAP_PROJECTS;
	db_values_free(v, 5);
	buf_init(&origin);
	od_origin(&origin);
	buf_init(&b);
	buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
	buf_printf(&b, "<sitemap><loc>%s/sitemaps/pages.xml</loc></sitemap>\n", origin.data);
	for (long long k = 1; k <= chunks; k++)
		buf_printf(&b, "<sitemap><loc>%s/sitemaps/projects-%lld.xml</loc></sitemap>\n",
		    origin.data, k);
	buf_puts(&b, "</sitemapindex>\n");
	http_send(req, b.data, b.len, "application/xml; charset=utf-8");
	buf_free(&b);
	buf_free(&origin);
	return PAGE_DONE;
}

struct sitemap_rows {
	struct od_out	 out;
	const char	*origin;
	const char	*prefix;	/* "/zones/" or "/projects/" */
	const char	*key;		/* the column that ends the path */
	unsigned long	 n;
};

static int
sitemap_row(void *ctx, const struct db_row *r)
{
	struct sitemap_rows *s = ctx;
	char path[200];

	snprintf(path, sizeof(path), "%s%s", s->prefix, db_col(r, s->key));
	sitemap_url(&s->out.b, s->origin, path, db_col(r, "lastmod"));
	s->n++;
	return od_out_flush(&s->out, false) != 0;
}

/* /sitemaps/pages.xml: the fixed pages, the index pages, every zone and announcement;
 * /sitemaps/projects-N.xml: the Nth 20,000 projects in id order. */
int
page_sitemap_part(struct request *req)
{
	const char *part = req->path_args[0];
	struct sitemap_rows s;
	struct buf origin;
	enum db_status rc = DB_OK;
	size_t len = strlen(part);
	long long chunk = 0;

	if (strncmp(part, "projects-", 9) == 0) {
		if (len < 9 + 4 || strcmp(part + len - 4, ".xml") != 0 ||
		    (chunk = public_id(part + 9, len - 9 - 4, 6)) == 0 || chunk > 100000)
			return 404;
	} else if (strcmp(part, "pages.xml") != 0) {
		return 404;
	}
	if (od_stream_begin(req, "application/xml; charset=utf-8", NULL))
		return PAGE_DONE;
	buf_init(&origin);
	od_origin(&origin);
	memset(&s, 0, sizeof(s));
	od_out_init(&s.out, req);
	s.origin = origin.data;
	buf_puts(&s.out.b, urlset_open);
	if (chunk == 0) {
		static const char *const indices[] = { "pci", "par", "sipas", "papi", NULL };

		for (unsigned int i = 0; sitemap_pages[i] != NULL; i++)
			sitemap_url(&s.out.b, origin.data, sitemap_pages[i], NULL);
		for (unsigned int i = 0; indices[i] != NULL; i++) {
			char path[40];

			snprintf(path, sizeof(path), "/indices/%s", indices[i]);
			sitemap_url(&s.out.b, origin.data, path, NULL);
		}
		s.prefix = "/zones/";
		s.key = "slug";
		rc = db_query(public_db(req), SQL_OD_SITEMAP_ZONES, NULL, 0, sitemap_row, &s);
		s.prefix = "/announcements/";
		s.key = "id";
		if (rc == DB_OK)
			rc = db_query(public_db(req), SQL_ANN_SITEMAP, NULL, 0, sitemap_row, &s);
	} else {
		struct db_param p[2] = { DB_INT(SITEMAP_PROJECTS),
		    DB_INT((chunk - 1) * SITEMAP_PROJECTS) };

		s.prefix = "/projects/";
		s.key = "id";
		rc = db_query(public_db(req), SQL_OD_SITEMAP_PROJECTS, p, 2, sitemap_row, &s);
	}
	buf_free(&origin);
	if (rc == DB_OK && chunk > 0 && s.n == 0 && !req->resp.started) {
		od_out_free(&s.out);
		return 404;
	}
	return od_stream_end(&s.out, rc, "</urlset>\n");
}

/* Sends htdocs/<rel> (beside templates_dir), or 404. */
static int
send_static(struct request *req, const char *rel, const char *content_type)
{
	struct worker *w = req->app;
	const char *tdir = config_get(w->cfg, "templates_dir", DATADIR "/minhbach/templates");
	char path[1024];
	struct buf b;
	FILE *f;
	size_t n;
	char chunk[8192];

	snprintf(path, sizeof(path), "%s/../htdocs/%s", tdir, rel);
	if ((f = fopen(path, "rb")) == NULL)
		return 404;
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && b.len < STATIC_MAX)
		buf_append(&b, chunk, n);
	fclose(f);
	/* the file changes with a deployment, not with the data */
	req->last_modified[0] = '\0';
	req->cache_control = "public, max-age=300";
	http_send(req, b.data ? b.data : "", b.len, content_type);
	buf_free(&b);
	return PAGE_DONE;
}

int
page_openapi(struct request *req)
{
	od_cors(req);
	return send_static(req, "api/v1/openapi.json", "application/json");
}

int
page_schema(struct request *req)
{
	if (strcmp(req->path_args[0], "minhbach-1.xsd") != 0)
		return 404;
	od_cors(req);
	return send_static(req, "schema/minhbach-1.xsd", "application/xml; charset=utf-8");
}

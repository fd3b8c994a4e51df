/* Atom feeds (RFC 4287) of published changes, newest first, rendered by
 * templates/public/feed.xsl: /feeds/changes.atom (all), /feeds/zones/<slug>.atom (a zone,
 * its KCNs and their projects), /feeds/status/<status>.atom (projects that changed to the
 * status, e.g. newly revoked), /feeds/projects/<id>.atom (one project) and
 * /feeds/projects.atom?<registry filters> (the projects a registry search finds). */
#include "opendata.h"
#include "registry.h"


/* "<name>.atom" → name (malloc'd), or NULL when the segment does not end so. */
static char *
atom_name(const char *segment)
{
	size_t n = strlen(segment);

	if (n <= 5 || strcmp(segment + n - 5, ".atom") != 0)
		return NULL;
	return xstrndup(segment, n - 5);
}

/* Starts <feed kind=… origin=… self=…> in the data document. */
static xmlNodePtr
feed_begin(struct request *req, const char *kind, const char *alternate)
{
	xmlNodePtr feed = xml_elem(req->page, "feed");
	struct buf origin;

	buf_init(&origin);
	od_origin(&origin);
	xml_attr(feed, "kind", kind);
	xml_attr(feed, "origin", origin.data);
	xml_attr(feed, "alternate", alternate);
	buf_free(&origin);
	return feed;
}

/* What the feed's changes leave in C while they are read: their ids and the newest time. */
struct feed_read {
	xmlNodePtr	 feed;
	struct buf	 ids;		/* "[id,id,…]" for SQL_OD_CHANGE_FIELDS */
	char		*newest;	/* the first row's published_at (newest first) */
};

static int
feed_change_row(void *ctx, const struct db_row *r)
{
	struct feed_read *f = ctx;
	const char *id = db_col(r, "id"), *at = db_col(r, "published_at");

	dbxml_append(f->feed, "change", r);
	if (id != NULL)
		buf_printf(&f->ids, "%s%s", f->ids.len > 1 ? "," : "", id);
	if (at != NULL && f->newest == NULL)
		f->newest = xstrdup(at);
	return 0;
}

/* Appends the statement's changes (newest first) to feed as <change> rows with their
 * fields, and gives the feed its "updated": the newest change's time, else the data's
 * last change. */
static enum db_status
feed_changes(struct request *req, xmlNodePtr feed, unsigned int stmt, const struct db_param *p,
    unsigned int n)
{
	struct feed_read f = { .feed = feed };
	enum db_status rc;

	buf_init(&f.ids);
	buf_putc(&f.ids, '[');
	rc = db_query(public_db(req), stmt, p, n, feed_change_row, &f);
	buf_putc(&f.ids, ']');
	if (rc == DB_OK && f.ids.len > 2) {
		struct db_param ids = DB_TEXT(f.ids.data);

		rc = dbxml_rows(public_db(req), SQL_OD_CHANGE_FIELDS, &ids, 1, feed, "field", NULL);
	}
	if (f.newest != NULL) {
		xml_attr(feed, "updated", f.newest);
	} else {
		const char *changed = public_site(req) ? public_site(req)->changed_at : NULL;

		if (changed != NULL && strlen(changed) >= 19) {
			struct buf z;

			buf_init(&z);
			buf_printf(&z, "%.10sT%.8sZ", changed, changed + 11);
			xml_attr(feed, "updated", z.data);
			buf_free(&z);
		}
	}
	free(f.newest);
	buf_free(&f.ids);
	return rc;
}

int
page_feed_changes(struct request *req)
{
	xmlNodePtr feed = feed_begin(req, "all", "/changes");
	struct db_param p[3] = { DB_NULL, DB_NULL, DB_INT(FEED_ENTRIES) };
	enum db_status rc;

	rc = feed_changes(req, feed, SQL_OD_CHANGES, p, 3);
	return db_http_status(rc);
}

int
page_feed_zone(struct request *req)
{
	char *slug = atom_name(req->path_args[0]);
	xmlNodePtr feed, zone;
	struct db_param s;
	enum db_status rc;
	struct buf alt;
	int found;

	if (slug == NULL || param_check(&(struct param_decl){ .name = "zone", .type = PARAM_SLUG },
	    slug, &(long long){0}, &(double){0}) != NULL) {
		free(slug);
		return 404;
	}
	buf_init(&alt);
	buf_printf(&alt, "/zones/%s", slug);
	feed = feed_begin(req, "zone", alt.data);
	buf_free(&alt);
	zone = xml_elem(feed, "zone");
	s = DB_TEXT(slug);
	rc = dbxml_row(public_db(req), SQL_ZONE, &s, 1, zone, &found);
	if (rc == DB_OK && !found) {
		free(slug);
		return 404;
	}
	if (rc == DB_OK) {
		struct db_param p[3] = { s, s, DB_INT(FEED_ENTRIES) };

		rc = feed_changes(req, feed, SQL_OD_CHANGES_ZONE, p, 3);
	}
	free(slug);
	return db_http_status(rc);
}

int
page_feed_status(struct request *req)
{
	char *status = atom_name(req->path_args[0]);
	int k = vocab_index(VOCAB_PROJECT_STATUS, status);
	const char *known = k >= 0 ? vocab_project_statuses[k] : NULL;
	xmlNodePtr feed;
	enum db_status rc;
	struct buf alt;
	free(status);
	if (known == NULL)
		return 404;
	buf_init(&alt);
	buf_printf(&alt, "/projects?status=%s", known);
	feed = feed_begin(req, "status", alt.data);
	buf_free(&alt);
	xml_attr(feed, "status", known);
	{
		struct db_param p[2] = { DB_TEXT(known), DB_INT(FEED_ENTRIES) };

		rc = feed_changes(req, feed, SQL_OD_CHANGES_STATUS, p, 2);
	}
	return db_http_status(rc);
}

int
page_feed_project(struct request *req)
{
	char *name = atom_name(req->path_args[0]);
	struct request probe;
	long long id;
	xmlNodePtr feed;
	struct db_param p[2];
	enum db_status rc;
	struct buf alt;
	int found;

	/* the id as the project pages read it */
	memset(&probe, 0, sizeof(probe));
	probe.path_args[0] = name;
	probe.npath_args = name ? 1 : 0;
	id = public_path_id(&probe, 0);
	free(name);
	if (id == 0)
		return 404;
	buf_init(&alt);
	buf_printf(&alt, "/projects/%lld", id);
	feed = feed_begin(req, "project", alt.data);
	buf_free(&alt);
	p[0] = DB_INT(id);
	rc = dbxml_row(public_db(req), SQL_PROJECT, p, 1, xml_elem(feed, "project"), &found);
	if (rc == DB_OK && !found)
		return 404;
	p[1] = DB_INT(FEED_ENTRIES);
	if (rc == DB_OK)
		rc = feed_changes(req, feed, SQL_OD_CHANGES_PROJECT, p, 2);
	return db_http_status(rc);
}

int
page_feed_projects(struct request *req)
{
	struct registry_binds b = REGISTRY_BINDS(public_db(req));
	xmlNodePtr feed;
	enum db_status rc;
	struct buf q, alt;

	buf_init(&q);
	registry_query(req->params, false, &q);
	buf_init(&alt);
	buf_printf(&alt, "/projects%s%s", q.len ? "?" : "", q.len ? q.data : "");
	feed = feed_begin(req, "search", alt.data);
	xml_attr(feed, "query", q.data ? q.data : "");
	registry_attrs(req->params, xml_elem(feed, "filter"));
	buf_free(&q);
	buf_free(&alt);
	registry_bind(&b, req->params, RF_ALL);
	registry_add(&b, DB_INT(FEED_ENTRIES));
	rc = feed_changes(req, feed, SQL_OD_CHANGES_SEARCH, b.p, b.n);
	registry_binds_free(&b);
	return db_http_status(rc);
}

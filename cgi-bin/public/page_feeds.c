/* Atom feeds (RFC 4287) of published changes, newest first: /feeds/changes.atom (all),
 * /feeds/zones/<slug>.atom (a zone, its KCNs and their projects), /feeds/status/<status>.atom
 * (projects that changed to the status, e.g. newly revoked), /feeds/projects/<id>.atom (one
 * project) and /feeds/projects.atom?<registry filters> (the projects a registry search
 * finds). Each entry links to the record and lists what changed (field: old → new) in
 * XHTML. */
#include "atom.h"
#include "registry.h"
#include "site.h"

#include <stdio.h>

#define NONE	((size_t)-1)

enum { C_ID, C_ENTITY, C_PUBLISHED, C_SUMMARY, C_SUMMARY_KEY, C_SUMMARY_ARG, C_NOTE, C_NOTE_EN,
    C_NAME, C_NAME_EN, C_REF, C__COLS };
static const char *const change_columns[C__COLS] = { "id", "entity", "published_at",
    "summary", "summary_key", "summary_arg", "note", "note_en", "name", "name_en", "ref" };

struct feed_field {
	unsigned long long	 change;
	size_t			 field, old_value, new_value;
};

/* The rows of the feed being written: every value in one buffer, the rows as offsets into
 * it (NONE for NULL). The worker's, reused by every feed. */
static struct {
	struct buf		 values;
	size_t			 changes[FEED_ENTRIES][C__COLS];
	unsigned int		 nchanges;
	struct feed_field	*fields;
	unsigned int		 nfields, fields_cap;
	struct buf		 ids;	/* "[id,id,…]" for SQL_OD_CHANGE_FIELDS */
	size_t			 name, name_en;	/* the zone's or the project's */
} feed;

static size_t
keep(const char *v)
{
	size_t at = feed.values.len;

	if (v == NULL)
		return NONE;
	buf_append(&feed.values, v, strlen(v) + 1);
	return at;
}

static const char *
value(size_t at)
{
	return at == NONE ? NULL : feed.values.data + at;
}

static void
feed_reset(void)
{
	buf_reset(&feed.values);
	buf_reset(&feed.ids);
	feed.nchanges = feed.nfields = 0;
	feed.name = feed.name_en = NONE;
}

/* "<name>.atom" → name (malloc'd), or NULL when the segment does not end so. */
static char *
atom_name(const char *segment)
{
	size_t n = strlen(segment);

	if (n <= 5 || strcmp(segment + n - 5, ".atom") != 0)
		return NULL;
	return xstrndup(segment, n - 5);
}

/* the zone's or the project's name */
static int
record_row(void *ctx, const struct db_row *r)
{
	*(int *)ctx = 1;
	feed.name = keep(db_col(r, "name"));
	feed.name_en = keep(db_col(r, "name_en"));
	return 0;
}

static int
change_row(void *ctx, const struct db_row *r)
{
	size_t *c;

	(void)ctx;
	if (feed.nchanges == FEED_ENTRIES)
		return 0;
	c = feed.changes[feed.nchanges++];
	for (unsigned int k = 0; k < C__COLS; k++)
		c[k] = keep(db_col(r, change_columns[k]));
	if (c[C_ID] != NONE)
		buf_printf(&feed.ids, "%s%s", feed.ids.len > 1 ? "," : "", value(c[C_ID]));
	return 0;
}

static int
field_row(void *ctx, const struct db_row *r)
{
	const char *change = db_col(r, "change_id");
	struct feed_field *f;

	(void)ctx;
	if (feed.nfields == feed.fields_cap) {
		feed.fields_cap = feed.fields_cap ? 2 * feed.fields_cap : 64;
		feed.fields = xrealloc(feed.fields, feed.fields_cap * sizeof(*feed.fields));
	}
	f = &feed.fields[feed.nfields++];
	f->change = change != NULL ? strtoull(change, NULL, 10) : 0;
	f->field = keep(db_col(r, "field"));
	f->old_value = keep(db_col(r, "old_value"));
	f->new_value = keep(db_col(r, "new_value"));
	return 0;
}

/* Reads the statement's changes (newest first) and their fields. */
static enum db_status
feed_read(struct request *req, unsigned int stmt, const struct db_param *p, unsigned int n)
{
	enum db_status rc;

	buf_putc(&feed.ids, '[');
	rc = db_query(public_db(req), stmt, p, n, change_row, NULL);
	buf_putc(&feed.ids, ']');
	if (rc == DB_OK && feed.nchanges > 0) {
		struct db_param ids = DB_TEXT(feed.ids.data);

		rc = db_query(public_db(req), SQL_OD_CHANGE_FIELDS, &ids, 1, field_row, NULL);
	}
	return rc;
}

/* <del> or <ins> around a changed value, or <del/> <ins/> when it writes nothing */
static void
changed_value(struct html *h, bool ins, const char *entity, const struct feed_field *f,
    const struct feed_field *twin)
{
	size_t at = h->b->len, start;

	if (ins)
		H(h, "<ins>");
	else
		H(h, "<del>");
	start = h->b->len;
	block_change_value(h, entity, value(f->field), value(ins ? f->new_value : f->old_value),
	    twin == NULL ? NULL : value(ins ? twin->new_value : twin->old_value));
	if (h->b->len == start) {
		h->b->len = at;
		h->b->data[at] = '\0';
		if (ins)
			H(h, "<ins/>");
		else
			H(h, "<del/>");
	} else if (ins)
		H(h, "</ins>");
	else
		H(h, "</del>");
}

/* the change's own fields, [f, f + n), as a list */
static void
entry_fields(struct html *h, const char *entity, const struct feed_field *f, unsigned int n)
{
	size_t at;
	bool any = false;

	H(h, "\n        <p>");
	atom_t(h, "feed.fields");
	H(h, ":</p>\n        ");
	at = h->b->len;
	H(h, "<ul>");
	for (unsigned int i = 0; i < n; i++) {
		const char *field = value(f[i].field);
		const struct feed_field *twin = NULL;
		char en[96];

		if (change_twin(field))
			continue;
		snprintf(en, sizeof(en), "%s_en", field ? field : "");
		for (unsigned int j = 0; j < n; j++)
			if (value(f[j].field) != NULL && strcmp(value(f[j].field), en) == 0)
				twin = &f[j];
		any = true;
		H(h, "\n          <li>");
		block_change_field(h, field);
		H(h, ": ");
		if (f[i].old_value != NONE)
			changed_value(h, false, entity, &f[i], twin);
		else
			atom_t(h, "feed.empty");
		H(h, " → ");
		changed_value(h, true, entity, &f[i], twin);
		H(h, "</li>");
	}
	if (any)
		H(h, "\n        </ul>");
	else {
		h->b->len = at;
		h->b->data[at] = '\0';
		H(h, "<ul/>");
	}
}

/* origin, base and the record's path ("/zones/<slug>", "/projects/<id>") */
static void
record_href(struct html *h, const char *kind, const char *ref)
{
	od_origin(h->b);
	atom_attr(h, h->base);
	atom_attr(h, kind);
	atom_attr(h, ref);
}

static void
entry(struct html *h, const size_t *c, const struct feed_field *f, unsigned int n)
{
	const char *id = value(c[C_ID]), *ref = value(c[C_REF]), *entity = value(c[C_ENTITY]);
	const char *kind = entity != NULL && strcmp(entity, "zone") == 0 ? "/zones/" : "/projects/";
	const char *name = value(c[C_NAME]), *name_en = value(c[C_NAME_EN]);
	const char *key = value(c[C_SUMMARY_KEY]), *arg = value(c[C_SUMMARY_ARG]);
	bool named = (name != NULL && *name != '\0') ||
	    (h->lang == LANG_EN && name_en != NULL && *name_en != '\0');

	H(h, "  <entry>\n    <id>");
	od_origin(h->b);
	atom_text(h, kind);
	atom_text(h, ref);
	H(h, "/changes#change-");
	atom_text(h, id);
	H(h, "</id>\n    <title>");
	atom_pick(h, name, name_en);
	H(h, ": ");
	if (key != NULL) {
		atom_t(h, key);
		if (arg != NULL) {
			H(h, ": ");
			atom_t(h, arg);
		}
	} else {
		atom_text(h, value(c[C_SUMMARY]));
		if (h->lang == LANG_EN) {
			H(h, " ");
			atom_t(h, "lang.vietnamese");
		}
	}
	H(h, "</title>\n    ");
	ATOM_ELEM(h, "updated", value(c[C_PUBLISHED]));
	H(h, "\n    ");
	ATOM_ELEM(h, "published", value(c[C_PUBLISHED]));
	H(h, "\n    <link rel=\"alternate\" type=\"text/html\" href=\"");
	record_href(h, kind, ref);
	H(h, "\"/>\n    <link rel=\"related\" type=\"text/html\" href=\"");
	record_href(h, kind, ref);
	H(h, "/changes#change-");
	atom_attr(h, id);
	H(h, "\"/>\n    <category term=\"");
	atom_attr(h, entity);
	H(h, "\"/>\n    <content type=\"xhtml\">\n      <div xmlns=\"http://www.w3.org/1999/xhtml\">"
	    "\n        <p><a href=\"");
	record_href(h, kind, ref);
	if (named) {
		H(h, "\">");
		atom_pick(h, name, name_en);
		H(h, "</a>: ");
	} else
		H(h, "\"/>: ");
	block_change_summary(h, key, arg, value(c[C_SUMMARY]));
	H(h, "</p>");
	if (n > 0)
		entry_fields(h, entity, f, n);
	if (c[C_NOTE] != NONE) {
		H(h, "\n        <p>");
		atom_t(h, "change.note");
		H(h, ": ");
		block_text(h, value(c[C_NOTE]), value(c[C_NOTE_EN]));
		H(h, "</p>");
	}
	H(h, "\n      </div>\n    </content>\n  </entry>\n");
}

/* The feed's head after its title's text, its entries and its end: updated is the newest
 * change's time, else the data's last change. Returns 200. */
static int
feed_finish(struct request *req, struct html *h, const char *query, const char *alternate,
    const char *alt_query)
{
	const struct public_site *s = public_site(req);
	unsigned int j = 0;

	if (feed.nchanges > 0)
		atom_head(h, req, value(feed.changes[0][C_PUBLISHED]), query, alternate, alt_query);
	else if (s != NULL && s->changed_at != NULL && strlen(s->changed_at) >= 19) {
		char z[32];

		atom_time(z, s->changed_at);
		atom_head(h, req, z, query, alternate, alt_query);
	} else
		atom_head(h, req, NULL, query, alternate, alt_query);
	/* the fields come in the changes' order (their ids descending) */
	for (unsigned int i = 0; i < feed.nchanges; i++) {
		const char *id = value(feed.changes[i][C_ID]);
		unsigned long long cid = id != NULL ? strtoull(id, NULL, 10) : 0;
		unsigned int from;

		while (j < feed.nfields && feed.fields[j].change > cid)
			j++;
		for (from = j; j < feed.nfields && feed.fields[j].change == cid; j++)
			;
		entry(h, feed.changes[i], feed.fields + from, j - from);
	}
	atom_end(h);
	return 200;
}

/* The feed of one record (its name read): the title key and the name, then the rest. */
static int
record_feed(struct request *req, struct html *h, const char *key, const char *alternate)
{
	atom_begin(h, req, NULL);
	atom_t(h, key);
	H(h, " ");
	atom_pick(h, value(feed.name), value(feed.name_en));
	return feed_finish(req, h, NULL, alternate, NULL);
}

static struct page *
feed_start(struct request *req)
{
	struct page *pg = page_start(req);

	pg->media_type = "application/atom+xml";
	feed_reset();
	return pg;
}

int
page_feed_changes(struct request *req)
{
	struct html *h = &feed_start(req)->h;
	struct db_param p[3] = { DB_NULL, DB_NULL, DB_INT(FEED_ENTRIES) };
	enum db_status rc = feed_read(req, SQL_OD_CHANGES, p, 3);

	if (rc != DB_OK)
		return db_http_status(rc);
	atom_begin(h, req, NULL);
	atom_t(h, "feed.all");
	return feed_finish(req, h, NULL, "/changes", NULL);
}

int
page_feed_zone(struct request *req)
{
	struct html *h = &feed_start(req)->h;
	char *slug = atom_name(req->path_args[0]);
	struct db_param s;
	enum db_status rc;
	int found = 0;
	char alt[128];	/* a slug has at most 80 characters */

	if (slug == NULL || param_check(&(struct param_decl){ .name = "zone", .type = PARAM_SLUG },
	    slug, &(long long){0}, &(double){0}) != NULL) {
		free(slug);
		return 404;
	}
	s = DB_TEXT(slug);
	rc = db_query(public_db(req), SQL_ZONE, &s, 1, record_row, &found);
	if (rc == DB_OK && !found) {
		free(slug);
		return 404;
	}
	if (rc == DB_OK) {
		struct db_param p[3] = { s, s, DB_INT(FEED_ENTRIES) };

		rc = feed_read(req, SQL_OD_CHANGES_ZONE, p, 3);
	}
	if (rc != DB_OK) {
		free(slug);
		return db_http_status(rc);
	}
	snprintf(alt, sizeof(alt), "/zones/%s", slug);
	free(slug);
	return record_feed(req, h, "feed.zone", alt);
}

int
page_feed_status(struct request *req)
{
	struct html *h = &feed_start(req)->h;
	char *status = atom_name(req->path_args[0]);
	int k = vocab_index(VOCAB_PROJECT_STATUS, status);
	const char *known = k >= 0 ? vocab_project_statuses[k] : NULL;
	enum db_status rc;
	char key[64], query[64];

	free(status);
	if (known == NULL)
		return 404;
	{
		struct db_param p[2] = { DB_TEXT(known), DB_INT(FEED_ENTRIES) };

		rc = feed_read(req, SQL_OD_CHANGES_STATUS, p, 2);
	}
	if (rc != DB_OK)
		return db_http_status(rc);
	atom_begin(h, req, NULL);
	snprintf(key, sizeof(key), "projects.title.%s", known);
	atom_t(h, key);
	H(h, ": ");
	atom_t(h, "feed.status");
	snprintf(query, sizeof(query), "status=%s", known);
	return feed_finish(req, h, NULL, "/projects", query);
}

int
page_feed_project(struct request *req)
{
	struct html *h = &feed_start(req)->h;
	char *name = atom_name(req->path_args[0]);
	struct request probe;
	long long id;
	struct db_param p[2];
	enum db_status rc;
	int found = 0;
	char alt[64];

	/* the id as the project pages read it */
	memset(&probe, 0, sizeof(probe));
	probe.path_args[0] = name;
	probe.npath_args = name ? 1 : 0;
	id = public_path_id(&probe, 0);
	free(name);
	if (id == 0)
		return 404;
	p[0] = DB_INT(id);
	rc = db_query(public_db(req), SQL_CHANGES_PROJECT_RECORD, p, 1, record_row, &found);
	if (rc == DB_OK && !found)
		return 404;
	p[1] = DB_INT(FEED_ENTRIES);
	if (rc == DB_OK)
		rc = feed_read(req, SQL_OD_CHANGES_PROJECT, p, 2);
	if (rc != DB_OK)
		return db_http_status(rc);
	snprintf(alt, sizeof(alt), "/projects/%lld", id);
	return record_feed(req, h, "feed.project", alt);
}

int
page_feed_projects(struct request *req)
{
	struct html *h = &feed_start(req)->h;
	struct registry_binds b = REGISTRY_BINDS(public_db(req));
	enum db_status rc;
	struct buf q;
	int status;

	registry_bind(&b, req->params, RF_ALL);
	registry_add(&b, DB_INT(FEED_ENTRIES));
	rc = feed_read(req, REGISTRY_STMT(&b, SQL_OD_CHANGES_SEARCH), b.p, b.n);
	registry_binds_free(&b);
	if (rc != DB_OK)
		return db_http_status(rc);
	buf_init(&q);
	registry_query(req->params, false, &q);
	atom_begin(h, req, q.data);
	atom_t(h, "feed.search");
	for (unsigned int k = 0; k < RF__MAX; k++) {
		const char *v = registry_text(req->params, k);

		if (v == NULL)
			continue;
		H(h, " ");
		atom_text(h, projects_params[k].name);
		H(h, "=");
		atom_text(h, v);
	}
	status = feed_finish(req, h, q.data, "/projects", q.data);
	buf_free(&q);
	return status;
}

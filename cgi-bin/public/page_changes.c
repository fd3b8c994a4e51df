/* GET /changes — the latest published changes province-wide, newest first, paged by id;
 * GET /projects/<id>/changes — a project's; GET /zones/<slug>/changes — those of the zone,
 * its parks and their projects, as its Atom feed lists them. Each change with its fields
 * (old → new) and its note. */
#include "keyset.h"
#include "page.h"
#include "rows.h"

#include <stdio.h>
#include <string.h>

#define CHANGES_PER_PAGE	50

const struct param_decl changes_params[] = {
	CHANGES_BEFORE_PARAM,
	{ .name = NULL },
};

/* the fields of the changes listed, read before them */
enum { CF_CHANGE, CF_FIELD, CF_OLD, CF_NEW, CF__MAX };
static const char *const field_columns[CF__MAX] = { "@change", "@field", "old_value",
    "new_value" };
static struct rows fields = ROWS(field_columns);

/* A list of changes, written as they arrive. */
struct change_list {
	struct html		*h;
	const char		*entity;	/* the record's, when the rows do not say */
	bool			 with_record;	/* each change names its record */
	bool			 open;
	struct keyset_page	*keyset;	/* /changes: one row more than the page */
};

enum { C_ID, C_ENTITY, C_PUBLISHED, C_SUMMARY, C_KEY, C_ARG, C_NOTE, C_NOTE_EN, C_NAME,
    C_NAME_EN, C_REF, C__MAX };
static const char *const change_columns[C__MAX] = { "@id", "@entity", "published_at",
    "summary", "summary_key", "summary_arg", "note", "note_en", "name", "name_en", "ref" };

/* the value of the English twin of field among the change's fields (from row i on) */
static const char *
twin_value(unsigned int i, const char *change, const char *field, unsigned int col)
{
	size_t n = strlen(field);

	for (; i < fields.n; i++) {
		const char *f = rows_get(&fields, i, CF_FIELD);

		if (strcmp(rows_get(&fields, i, CF_CHANGE), change) == 0 && f != NULL &&
		    strncmp(f, field, n) == 0 && strcmp(f + n, "_en") == 0)
			return rows_get(&fields, i, col);
	}
	return NULL;
}

/* the change's fields, a table when it has any */
static void
change_fields(struct html *h, const char *change, const char *entity)
{
	unsigned int first = 0;

	while (first < fields.n && strcmp(rows_get(&fields, first, CF_CHANGE), change) != 0)
		first++;
	if (first == fields.n)
		return;
	H(h, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data fields\"><caption class=\"visually-hidden\">");
	html_t(h, "change.fields");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "change.field");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "change.old");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "change.new");
	H(h, "</th></tr></thead><tbody>");
	for (unsigned int i = first; i < fields.n; i++) {
		const char *field = rows_get(&fields, i, CF_FIELD);
		/* only a free text (and a document's issuer) shows its English twin */
		bool twinned = field != NULL &&
		    (change_twinned(field) || strcmp(field, "doc_issuer") == 0);

		if (strcmp(rows_get(&fields, i, CF_CHANGE), change) != 0 || change_twin(field))
			continue;
		H(h, "<tr><th scope=\"row\">");
		block_change_field(h, field);
		H(h, "</th><td><del>");
		block_change_value(h, entity, field, rows_get(&fields, i, CF_OLD),
		    twinned ? twin_value(first, change, field, CF_OLD) : NULL);
		H(h, "</del></td><td><ins>");
		block_change_value(h, entity, field, rows_get(&fields, i, CF_NEW),
		    twinned ? twin_value(first, change, field, CF_NEW) : NULL);
		H(h, "</ins></td></tr>");
	}
	H(h, "</tbody></table></div>");
}

static int
change_row(void *ctx, const struct db_row *r)
{
	struct change_list *l = ctx;
	struct html *h = l->h;
	const char *c[C__MAX];

	row_cols(r, change_columns, C__MAX, c);
	if (c[C_ID] == NULL)
		return 0;
	if (l->keyset != NULL && !keyset_row(l->keyset, c[C_ID], c[C_ID]))
		return 0;
	if (!l->open) {
		l->open = true;
		H(h, "<ol class=\"change-list\">");
	}
	H(h, "<li id=\"change-");
	html_text(h, c[C_ID]);
	H(h, "\"><p><time datetime=\"");
	if (c[C_PUBLISHED] != NULL)
		html_textn(h, c[C_PUBLISHED], strnlen(c[C_PUBLISHED], 10));
	H(h, "\">");
	html_date(h, c[C_PUBLISHED]);
	H(h, "</time>");
	if (l->with_record) {
		H(h, " · <a href=\"");
		html_base(h);
		if (c[C_ENTITY] != NULL && strcmp(c[C_ENTITY], "project") == 0)
			H(h, "/projects/");
		else
			H(h, "/zones/");
		html_urlpart(h, c[C_REF]);
		H(h, "\">");
		html_pick(h, c[C_NAME], c[C_NAME_EN]);
		H(h, "</a>");
	}
	H(h, " · <strong>");
	block_change_summary(h, c[C_KEY], c[C_ARG], c[C_SUMMARY]);
	H(h, "</strong></p>");
	change_fields(h, c[C_ID], c[C_ENTITY] != NULL ? c[C_ENTITY] : l->entity);
	if (c[C_NOTE] != NULL) {
		H(h, "<p class=\"note\">");
		html_t(h, "change.note");
		H(h, ": ");
		block_text(h, c[C_NOTE], c[C_NOTE_EN]);
		H(h, "</p>");
	}
	H(h, "</li>");
	return 0;
}

/* Reads the fields (fields_sql with its binds f), then writes the changes (changes_sql with
 * its binds c). */
static enum db_status
change_list(struct request *req, struct change_list *l, unsigned int changes_sql,
    const struct db_param *c, unsigned int nc, unsigned int fields_sql,
    const struct db_param *f, unsigned int nf)
{
	enum db_status rc;

	rows_reset(&fields);
	rc = db_query(public_db(req), fields_sql, f, nf, rows_add, &fields);
	if (rc == DB_OK)
		rc = db_query(public_db(req), changes_sql, c, nc, change_row, l);
	if (rc != DB_OK)
		return rc;
	if (l->open)
		H(l->h, "</ol>");
	else {
		H(l->h, "<p>");
		html_t(l->h, "home.changes.none");
		H(l->h, "</p>");
	}
	return DB_OK;
}

int
page_changes(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	const struct param_value *before = param(req, "before");
	struct db_param b = before->count ? DB_INT(before->i[0]) : DB_NULL;
	/* one change more than the page shows; the fields of as many as it shows */
	struct db_param p[3] = { b, b, DB_INT(CHANGES_PER_PAGE + 1) }, f[3] = { b, b, DB_INT(CHANGES_PER_PAGE) };
	struct keyset_page page = { .limit = CHANGES_PER_PAGE };
	struct change_list l = { h, NULL, true, false, &page };
	enum db_status rc;

	html_t(&pg->title, "changes.title");
	page_link(pg, OD_CSV, OD_LIST, NULL, "/changes.csv");
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/changes");
	page_link_changes_feed(pg);
	H(h, "<h1>");
	html_t(h, "changes.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "changes.lead");
	H(h, "</p>");
	rc = change_list(req, &l, SQL_CHANGES_LATEST, p, 3, SQL_CHANGES_FIELDS, f, 3);
	if (rc == DB_OK) {
		H(h, "<nav class=\"pager\" aria-label=\"");
		html_t(h, "pager.label");
		H(h, "\">");
		if (param_text(req, "before") != NULL) {
			H(h, "<a href=\"");
			html_base(h);
			H(h, "/changes\">");
			html_t(h, "pager.newest");
			H(h, "</a>");
		}
		if (page.more && page.last != NULL) {
			H(h, "<a rel=\"next\" href=\"");
			html_base(h);
			H(h, "/changes?before=");
			html_int(h, page.last_id);
			H(h, "\">");
			html_t(h, "pager.older");
			H(h, "</a>");
		}
		H(h, "</nav>");
	}
	keyset_free(&page);
	return db_http_status(rc);
}

/* The record of a change history: its title, crumbs and lead. */
struct record {
	struct page	*pg;
	const char	*entity;	/* "project" or "zone" */
	const char	*key;		/* the id or the slug as the path gives it */
	bool		 found;
};

static int
record_row(void *ctx, const struct db_row *r)
{
	struct record *rec = ctx;
	struct page *pg = rec->pg;
	struct html *h = &pg->h;
	const char *name = db_col(r, "name"), *name_en = db_col(r, "name_en");
	const char *picked = h->lang == LANG_EN && name_en != NULL && *name_en != '\0' ? name_en :
	    name ? name : "";
	bool zone = strcmp(rec->entity, "zone") == 0;
	char title[600];

	rec->found = true;
	page_sample(pg, db_col(r, "is_sample"));
	html_t(&pg->title, "record.history");
	H(&pg->title, ": ");
	html_text(&pg->title, picked);
	snprintf(title, sizeof(title), "%s %s", i18n_get(h->lang, zone ? "feed.zone" :
	    "feed.project"), picked);
	if (zone) {
		page_link(pg, OD_API, OD_RECORD, NULL, "/api/v1/zones/%s", rec->key);
		page_link(pg, OD_CSV, OD_PROJECTS, NULL, "/projects.csv?zone=%s", rec->key);
		page_link(pg, OD_XML, OD_PROJECTS, NULL, "/projects.xml?zone=%s", rec->key);
		page_link(pg, OD_JSON, OD_PROJECTS, NULL, "/projects.json?zone=%s", rec->key);
		page_link(pg, OD_FEED, OD_LIST, title, "%s/feeds/zones/%s.atom", h->base, rec->key);
	} else {
		page_link(pg, OD_API, OD_RECORD, NULL, "/api/v1/projects/%s", rec->key);
		page_link(pg, OD_API, OD_HISTORY, NULL, "/api/v1/projects/%s/history", rec->key);
		page_link(pg, OD_FEED, OD_LIST, title, "%s/feeds/projects/%s.atom", h->base,
		    rec->key);
	}
	H(h, "<p class=\"crumbs\"><a href=\"");
	html_base(h);
	if (zone) {
		H(h, "/zones/");
		html_urlpart(h, db_col(r, "@slug"));
	} else {
		H(h, "/projects/");
		html_urlpart(h, db_col(r, "@id"));
	}
	H(h, "\">");
	html_text(h, picked);
	H(h, "</a></p><h1>");
	html_t(h, "record.history");
	H(h, "</h1><p class=\"lead\">");
	if (zone) {
		html_t(h, "record.history.zone");
		H(h, " ");
		html_int(h, FEED_ENTRIES);
		H(h, " ");
		html_t(h, "record.history.zone.end");
	} else
		html_t(h, "record.history.lead");
	H(h, "</p>");
	return 0;
}

int
page_project_changes(struct request *req)
{
	struct page *pg = page_start(req);
	long long id = public_path_id(req, 0);
	struct db_param p[2] = { DB_TEXT("project"), DB_INT(id) };
	struct record rec = { pg, "project", req->path_args[0], false };
	struct change_list l = { &pg->h, "project", false, false, NULL };
	enum db_status rc;

	if (id == 0)
		return 404;
	rc = db_query(public_db(req), SQL_CHANGES_PROJECT_RECORD, &p[1], 1, record_row, &rec);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (!rec.found)
		return 404;
	return db_http_status(change_list(req, &l, SQL_CHANGES_OF, p, 2, SQL_CHANGES_OF_FIELDS, p,
	    2));
}

int
page_zone_changes(struct request *req)
{
	struct page *pg = page_start(req);
	struct db_param slug = DB_TEXT(req->path_args[0]);
	struct db_param p[3] = { slug, slug, DB_INT(FEED_ENTRIES) };
	struct record rec = { pg, "zone", req->path_args[0], false };
	struct change_list l = { &pg->h, "zone", true, false, NULL };
	enum db_status rc;

	rc = db_query(public_db(req), SQL_CHANGES_ZONE_RECORD, &slug, 1, record_row, &rec);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (!rec.found)
		return 404;
	return db_http_status(change_list(req, &l, SQL_CHANGES_OF_ZONE, p, 3,
	    SQL_CHANGES_OF_ZONE_FIELDS, p, 3));
}

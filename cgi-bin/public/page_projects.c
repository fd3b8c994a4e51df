/* GET /projects — the project registry: filters, a search that ignores diacritics and case,
 * sorts, and pages of 50 reached through keyset cursors (?after=key~id), so a deep page
 * costs what the first does. */
#include "registry.h"

#define PROJECTS_PER_PAGE	50
/* a search's count stops past this many projects (SQL_PROJECTS_COUNT_SEARCH_CAPPED) */
#define PROJECTS_COUNT_CAP	1000

/* The count into e: its total, registered_usd, land_ha and is_sample; or, when a search's
 * count stopped past PROJECTS_COUNT_CAP, only more_than="1000" (the page then says "more
 * than 1,000", and neither a last page nor a sum). */
static void
projects_total(xmlNodePtr e, char *const *total, bool capped)
{
	static const char *const names[REGISTRY_TOTALS] = {
		"total", "registered_usd", "land_ha", "is_sample"
	};

	if (capped) {
		xml_attr_int(e, "more_than", PROJECTS_COUNT_CAP);
		return;
	}
	for (unsigned int k = 0; k < REGISTRY_TOTALS; k++)
		xml_text(e, names[k], total[k]);
}

/* A search's first page read in the sort's index (registry_walk), kept when the walk filled
 * the page (and found the row past it) before it stopped (WALK_EXAMINED): the search's words
 * are common there. Else the page is read from the FULLTEXT index as any search's. Returns
 * whether it was kept (or failed: *rc). */
static bool
projects_walk(struct db *db, struct registry_binds *b, const struct param_value *values,
    enum registry_order order, xmlNodePtr list, struct keyset_page *rows, enum db_status *rc)
{
	unsigned int stmt = registry_walk(b, values, order, 0, PROJECTS_PER_PAGE + 1);
	xmlNodePtr walked, row, next;

	if (stmt == SQL__MAX)
		return false;
	walked = xmlNewNode(NULL, BAD_CAST "walked");
	for (unsigned int part = 1; stmt != SQL__MAX && *rc == DB_OK && !rows->more; part++) {
		*rc = keyset_rows(db, stmt, b->p, b->n, walked, "project", "@key", "@id", rows);
		stmt = registry_walk(b, values, order, part, PROJECTS_PER_PAGE + 1 - rows->n);
	}
	if (*rc == DB_OK && !rows->more) {
		keyset_free(rows);
		*rows = (struct keyset_page){ .limit = PROJECTS_PER_PAGE };
		xmlFreeNode(walked);
		return false;
	}
	for (row = walked->children; row != NULL; row = next) {
		next = row->next;
		xmlUnlinkNode(row);
		xmlAddChild(list, row);
	}
	xmlFreeNode(walked);
	return true;
}

int
page_projects(struct request *req)
{
	struct db *db = public_db(req);
	const struct param_value *values = req->params;
	xmlNodePtr list = xml_elem(req->page, "projects");
	xmlNodePtr filter = xml_elem(list, "filter"), tot;
	const char *after = registry_text(values, RP_AFTER);
	enum registry_order order = registry_order(values, req->lang);
	long long page = param_int(req, "page", 1);
	struct keyset_page rows = { .limit = PROJECTS_PER_PAGE };
	struct registry_binds b = REGISTRY_BINDS(db);
	struct { char *key; long long id; } cur = { NULL, 0 };
	unsigned int nfilters = 0;
	char *total[REGISTRY_TOTALS];
	bool capped, walked;
	enum db_status rc = DB_OK;
	struct buf qs;

	if (after != NULL && registry_cursor_split(after, &cur.key, &cur.id) != 0)
		return http_bad_param(req, "after", "error.param.cursor");
	if (cur.key == NULL)
		page = 1;	/* a page number means something only with its cursor */
	registry_attrs(values, filter);
	xml_attr(filter, "sort", vocab_sorts[registry_sort(values)]);
	buf_init(&qs);
	registry_query(values, false, &qs);
	xml_attr(list, "query", qs.data ? qs.data : "");
	buf_free(&qs);
	xml_attr_int(list, "page", page);
	xml_attr_int(list, "per_page", PROJECTS_PER_PAGE);

	/* a search's first page: walked when its words are common (projects_walk), then
	 * counted the same way */
	tot = xml_elem(list, "total");
	walked = cur.key == NULL && projects_walk(db, &b, values, order, list, &rows, &rc);
	if (rc != DB_OK)
		goto out;
	if (walked)
		rc = registry_count_walked(&b, values, PROJECTS_COUNT_CAP, total, &capped);
	else
		rc = registry_count_fetch(&b, values, PROJECTS_COUNT_CAP, total, &capped);
	if (rc != DB_OK)
		goto out;
	projects_total(tot, total, capped);
	db_values_free(total, REGISTRY_TOTALS);
	if (walked)
		goto paged;
	b.n = 0;
	registry_bind_rows(&b, values, order);
	nfilters = b.n;
	registry_cursor_bind(&b, cur.key, cur.id, PROJECTS_PER_PAGE + 1);
	rc = keyset_rows(db, registry_sql(REGISTRY_PAGE, order), b.p, b.n, list, "project", "@key",
	    "@id", &rows);
paged:
	if (rc != DB_OK)
		goto out;
	if (rows.more && rows.last != NULL)
		xml_attr(list, "next", rows.last);
	if (cur.key != NULL && page > 1 && rows.first_key != NULL) {
		/* the previous page starts after the row 51 rows before this page's first */
		b.n = nfilters;
		registry_add(&b, DB_TEXT(rows.first_key));
		registry_add(&b, DB_TEXT(rows.first_key));
		registry_add(&b, DB_INT(rows.first_id));
		registry_add(&b, DB_INT(PROJECTS_PER_PAGE));
		rc = dbxml_rows(db, registry_sql(REGISTRY_BACK, order), b.p, b.n,
		    xml_elem(list, "prev"), "cursor", NULL);
	}
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_PROJECT_FACETS, NULL, 0, xml_elem(list, "facets"), "option",
		    NULL);
out:
	registry_binds_free(&b);
	keyset_free(&rows);
	free(cur.key);
	return db_http_status(rc);
}

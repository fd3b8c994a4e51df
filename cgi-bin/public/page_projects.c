/* GET /projects — the project registry: filters, a search that ignores diacritics and case,
 * sorts, and pages of 50 reached through keyset cursors (?after=key~id), so a deep page
 * costs what the first does. */
#include "opendata.h"

#define PROJECTS_PER_PAGE	50

static const char *const statuses[] = { "approved", "construction", "operating", "delayed",
    "suspended", "revoked", "expired", NULL };
static const char *const sorts[] = { "name", "name_desc", "capital", "capital_desc", "date",
    "date_desc", NULL };
static const char *const authorities[] = { "province", "central", NULL };

static const enum public_sql page_sql[] = { SQL_PROJECTS_NAME, SQL_PROJECTS_NAME_DESC,
    SQL_PROJECTS_CAPITAL, SQL_PROJECTS_CAPITAL_DESC, SQL_PROJECTS_DATE, SQL_PROJECTS_DATE_DESC };
static const enum public_sql back_sql[] = { SQL_PROJECTS_BACK_NAME, SQL_PROJECTS_BACK_NAME_DESC,
    SQL_PROJECTS_BACK_CAPITAL, SQL_PROJECTS_BACK_CAPITAL_DESC, SQL_PROJECTS_BACK_DATE,
    SQL_PROJECTS_BACK_DATE_DESC };

/* The filters, in the order the links and the forms repeat them. */
const struct param_decl projects_params[] = {
	{ .name = "q", .type = PARAM_TEXT, .max = 100 },
	{ .name = "zone", .type = PARAM_SLUG },
	{ .name = "status", .type = PARAM_ENUM, .choices = statuses },
	{ .name = "country", .type = PARAM_SLUG },
	{ .name = "sector", .type = PARAM_SLUG },
	{ .name = "authority", .type = PARAM_ENUM, .choices = authorities },
	{ .name = "min_capital", .type = PARAM_DECIMAL, .min = 0, .max = 1000000 },
	{ .name = "max_capital", .type = PARAM_DECIMAL, .min = 0, .max = 1000000 },
	{ .name = "year", .type = PARAM_INT, .min = 1990, .max = 2100 },
	{ .name = "sort", .type = PARAM_ENUM, .choices = sorts },
	{ .name = "page", .type = PARAM_INT, .min = 1, .max = 1000000 },
	{ .name = "after", .type = PARAM_TEXT, .max = 400 },
	{ .name = NULL },
};
#define FILTER_DECLS	9	/* the first nine are filters */

/* The statement that counts the filtered projects, and how many of the filters' bound
 * parameters it takes (od_filter_bind: zone 2, status 2, country 2 first): from the
 * totals when only zone and status are set, through the country's investors when a
 * country is set beside them, else the general count over every project. One pass over
 * the filters. */
static unsigned int
count_sql(const struct request *req, unsigned int *nparams)
{
	bool country = false;

	for (unsigned int k = 0; k < FILTER_DECLS; k++) {
		const char *name = projects_params[k].name;

		if (param_text(req, name) == NULL || strcmp(name, "zone") == 0 ||
		    strcmp(name, "status") == 0)
			continue;
		if (strcmp(name, "country") != 0) {
			*nparams = OD_FILTER_PARAMS;
			return SQL_PROJECTS_COUNT;
		}
		country = true;
	}
	*nparams = country ? 6 : 4;
	return country ? SQL_PROJECTS_COUNT_COUNTRY : SQL_PROJECTS_COUNT_TOTALS;
}

static const char *
node_attr(xmlNodePtr n, const char *name)
{
	xmlAttrPtr a = xmlHasProp(n, BAD_CAST name);

	return a && a->children ? (const char *)a->children->content : NULL;
}

int
page_projects(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr list = xml_elem(req->page, "projects");
	xmlNodePtr filter = xml_elem(list, "filter");
	const char *q = param_text(req, "q"), *after = param_text(req, "after");
	long long sort = param_int(req, "sort", 0), page = param_int(req, "page", 1);
	struct db_param p[OD_FILTER_PARAMS + 5];
	struct { char *key; long long id; } cur = { NULL, 0 };
	char *pattern = od_like_pattern(q);
	unsigned long n = 0;
	unsigned int count, nparams;
	enum db_status rc;
	struct buf qs;
	int status = 200;

	if (after != NULL && od_cursor_split(after, &cur.key, &cur.id) != 0) {
		free(pattern);
		return http_bad_param(req, "after", "error.param.cursor");
	}
	if (cur.key == NULL)
		page = 1;	/* a page number means something only with its cursor */
	for (unsigned int k = 0; k < FILTER_DECLS; k++)
		xml_attr(filter, projects_params[k].name, param_text(req, projects_params[k].name));
	xml_attr(filter, "sort", sorts[sort]);
	buf_init(&qs);
	od_filter_query(req, projects_params, false, &qs);
	xml_attr(list, "query", qs.data ? qs.data : "");
	buf_free(&qs);
	xml_attr_int(list, "page", page);
	xml_attr_int(list, "per_page", PROJECTS_PER_PAGE);

	od_filter_bind(req, projects_params, pattern, p);
	count = count_sql(req, &nparams);
	rc = dbxml_row(db, count, p, nparams, xml_elem(list, "total"), &(int){0});
	if (rc != DB_OK)
		goto out;
	p[OD_FILTER_PARAMS] = cur.key ? DB_INT(1) : DB_NULL;
	p[OD_FILTER_PARAMS + 1] = DB_TEXT(cur.key);
	p[OD_FILTER_PARAMS + 2] = DB_TEXT(cur.key);
	p[OD_FILTER_PARAMS + 3] = cur.key ? DB_INT(cur.id) : DB_NULL;
	p[OD_FILTER_PARAMS + 4] = DB_INT(PROJECTS_PER_PAGE + 1);
	rc = dbxml_rows(db, page_sql[sort], p, OD_FILTER_PARAMS + 5, list, "project", &n);
	if (rc != DB_OK)
		goto out;
	if (n > PROJECTS_PER_PAGE) {
		/* one row more than a page: the next page starts after the last one shown */
		xmlNodePtr extra = xmlGetLastChild(list), last;
		char next[512];

		xmlUnlinkNode(extra);
		xmlFreeNode(extra);
		last = xmlGetLastChild(list);
		snprintf(next, sizeof(next), "%s~%s", node_attr(last, "key"), node_attr(last, "id"));
		xml_attr(list, "next", next);
	}
	if (cur.key != NULL && page > 1 && n > 0) {
		/* the previous page starts after the row 51 rows before this page's first */
		xmlNodePtr first = list->children;
		xmlNodePtr prev = xml_elem(list, "prev");

		while (first != NULL && !xmlStrEqual(first->name, BAD_CAST "project"))
			first = first->next;
		p[OD_FILTER_PARAMS] = DB_TEXT(node_attr(first, "key"));
		p[OD_FILTER_PARAMS + 1] = DB_TEXT(node_attr(first, "key"));
		p[OD_FILTER_PARAMS + 2] = DB_INT(atoll(node_attr(first, "id")));
		p[OD_FILTER_PARAMS + 3] = DB_INT(PROJECTS_PER_PAGE);
		rc = dbxml_rows(db, back_sql[sort], p, OD_FILTER_PARAMS + 4, prev, "cursor", NULL);
	}
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_PROJECT_FACETS, NULL, 0, xml_elem(list, "facets"), "option",
		    NULL);
out:
	status = db_http_status(rc);
	free(pattern);
	free(cur.key);
	return status;
}

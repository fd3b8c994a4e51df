/* GET /projects — the project registry: filters, a search that ignores diacritics and case,
 * sorts, and pages of 50 reached through keyset cursors (?after=key~id), so a deep page
 * costs what the first does. */
#include "public.h"

#define PROJECTS_PER_PAGE	50
#define FILTER_PARAMS		23

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

struct cursor {
	char		*key;
	long long	 id;
};

/* "key~id": the sort key of a row and its id. Returns 0, or -1 when malformed. */
static int
cursor_parse(const char *s, struct cursor *c)
{
	const char *tilde = strrchr(s, '~');
	char *end;

	if (tilde == NULL || tilde[1] == '\0')
		return -1;
	c->id = strtoll(tilde + 1, &end, 10);
	if (*end != '\0' || c->id <= 0)
		return -1;
	c->key = xstrndup(s, (size_t)(tilde - s));
	return 0;
}

/* '%text%' with LIKE's wildcards escaped. */
static char *
like_pattern(const char *q)
{
	struct buf b;

	buf_init(&b);
	buf_putc(&b, '%');
	for (; *q != '\0'; q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			buf_putc(&b, '\\');
		buf_putc(&b, *q);
	}
	buf_putc(&b, '%');
	return b.data;
}

static void
filter_params(const struct request *req, const char *pattern, struct db_param *p)
{
	const struct param_value *min = param(req, "min_capital");
	const struct param_value *max = param(req, "max_capital");
	const struct param_value *year = param(req, "year");
	struct db_param zone = public_opt_text(req, "zone");
	struct db_param status = public_opt_text(req, "status");
	struct db_param country = public_opt_text(req, "country");
	struct db_param sector = public_opt_text(req, "sector");
	struct db_param authority = public_opt_text(req, "authority");
	struct db_param lo = min->count ? DB_DOUBLE(min->d[0]) : DB_NULL;
	struct db_param hi = max->count ? DB_DOUBLE(max->d[0]) : DB_NULL;
	struct db_param y = year->count ? DB_INT(year->i[0]) : DB_NULL;
	struct db_param q = DB_TEXT(pattern);
	unsigned int k = 0;

	p[k++] = zone; p[k++] = zone; p[k++] = zone;
	p[k++] = status; p[k++] = status;
	p[k++] = country; p[k++] = country;
	p[k++] = sector; p[k++] = sector;
	p[k++] = authority; p[k++] = authority;
	p[k++] = lo; p[k++] = lo;
	p[k++] = hi; p[k++] = hi;
	p[k++] = y; p[k++] = y; p[k++] = y;
	p[k++] = q; p[k++] = q; p[k++] = q; p[k++] = q; p[k++] = q;
}

/* The filters as a query string, for links that keep them (sort, pages, shortcuts). */
static void
filter_query(const struct request *req, struct buf *b)
{
	for (unsigned int k = 0; k < FILTER_DECLS; k++) {
		const char *v = param_text(req, projects_params[k].name);

		if (v == NULL)
			continue;
		if (b->len > 0)
			buf_putc(b, '&');
		buf_puts(b, projects_params[k].name);
		buf_putc(b, '=');
		url_encode(b, v);
	}
}

/* True when no filter but zone and status is set: the count then comes from the totals. */
static bool
only_zone_status(const struct request *req)
{
	for (unsigned int k = 0; k < FILTER_DECLS; k++) {
		const char *name = projects_params[k].name;

		if (strcmp(name, "zone") != 0 && strcmp(name, "status") != 0 &&
		    param_text(req, name) != NULL)
			return false;
	}
	return true;
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
	struct db_param p[FILTER_PARAMS + 5];
	struct cursor cur = { NULL, 0 };
	char *pattern = q ? like_pattern(q) : NULL;
	unsigned long n = 0;
	enum db_status rc;
	struct buf qs;
	int status = 200;

	if (after != NULL && cursor_parse(after, &cur) != 0) {
		free(pattern);
		return http_bad_param(req, "after", "error.param.cursor");
	}
	if (cur.key == NULL)
		page = 1;	/* a page number means something only with its cursor */
	for (unsigned int k = 0; k < FILTER_DECLS; k++)
		xml_attr(filter, projects_params[k].name, param_text(req, projects_params[k].name));
	xml_attr(filter, "sort", sorts[sort]);
	buf_init(&qs);
	filter_query(req, &qs);
	xml_attr(list, "query", qs.data ? qs.data : "");
	buf_free(&qs);
	xml_attr_int(list, "page", page);
	xml_attr_int(list, "per_page", PROJECTS_PER_PAGE);

	filter_params(req, pattern, p);
	if (only_zone_status(req))	/* the first 5 parameters are zone and status */
		rc = dbxml_row(db, SQL_PROJECTS_COUNT_TOTALS, p, 5, xml_elem(list, "total"), &(int){0});
	else
		rc = dbxml_row(db, SQL_PROJECTS_COUNT, p, FILTER_PARAMS, xml_elem(list, "total"),
		    &(int){0});
	if (rc != DB_OK)
		goto out;
	p[FILTER_PARAMS] = cur.key ? DB_INT(1) : DB_NULL;
	p[FILTER_PARAMS + 1] = DB_TEXT(cur.key);
	p[FILTER_PARAMS + 2] = DB_TEXT(cur.key);
	p[FILTER_PARAMS + 3] = cur.key ? DB_INT(cur.id) : DB_NULL;
	p[FILTER_PARAMS + 4] = DB_INT(PROJECTS_PER_PAGE + 1);
	rc = dbxml_rows(db, page_sql[sort], p, FILTER_PARAMS + 5, list, "project", &n);
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
		p[FILTER_PARAMS] = DB_TEXT(node_attr(first, "key"));
		p[FILTER_PARAMS + 1] = DB_TEXT(node_attr(first, "key"));
		p[FILTER_PARAMS + 2] = DB_INT(atoll(node_attr(first, "id")));
		p[FILTER_PARAMS + 3] = DB_INT(PROJECTS_PER_PAGE);
		rc = dbxml_rows(db, back_sql[sort], p, FILTER_PARAMS + 4, prev, "cursor", NULL);
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

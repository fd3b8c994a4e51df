/* GET /projects — the project registry: filters, a search that ignores diacritics and case,
 * sorts, and pages of 50 reached through keyset cursors (?after=key~id), so a deep page
 * costs what the first does. */
#include "boards.h"
#include "registry.h"
#include "rows.h"
#include "site.h"

#include <stdio.h>

#define PROJECTS_PER_PAGE	50

/* The filters' choices (SQL_PROJECT_FACETS), kept while the data generation they were read
 * under is the current one. */
enum { FACET_FACET, FACET_VALUE, FACET_LABEL, FACET_LABEL_EN, FACET__COLS };
static const char *const facet_columns[FACET__COLS] = { "@facet", "@value", "label", "label_en" };
static struct {
	char		*generation;
	char		**v;		/* FACET__COLS values a row */
	unsigned int	 n;
} facets;

static int
facet_row(void *ctx, const struct db_row *r)
{
	(void)ctx;
	facets.v = xgrow(facets.v, facets.n * FACET__COLS, FACET__COLS * sizeof(char *));
	for (unsigned int k = 0; k < FACET__COLS; k++) {
		const char *v = db_col(r, facet_columns[k]);

		facets.v[facets.n * FACET__COLS + k] = v ? xstrdup(v) : NULL;
	}
	facets.n++;
	return 0;
}

static enum db_status
facets_read(struct request *req)
{
	const struct public_site *s = public_site(req);
	enum db_status rc;

	if (s != NULL && s->generation != NULL && facets.generation != NULL &&
	    strcmp(s->generation, facets.generation) == 0)
		return DB_OK;
	for (unsigned int i = 0; i < facets.n * FACET__COLS; i++)
		free(facets.v[i]);
	free(facets.v);
	free(facets.generation);
	facets.v = NULL;
	facets.n = 0;
	facets.generation = NULL;
	rc = db_query(public_db(req), SQL_PROJECT_FACETS, NULL, 0, facet_row, NULL);
	if (rc == DB_OK && s != NULL && s->generation != NULL)
		facets.generation = xstrdup(s->generation);
	return rc;
}

/* <option>s of one facet, cur selected */
static void
facet_options(struct html *h, const char *facet, const char *cur)
{
	for (unsigned int i = 0; i < facets.n; i++) {
		char **f = facets.v + i * FACET__COLS;

		if (f[FACET_FACET] == NULL || strcmp(f[FACET_FACET], facet) != 0)
			continue;
		H(h, "<option value=\"");
		html_text(h, f[FACET_VALUE]);
		H(h, "\"");
		if (cur != NULL && f[FACET_VALUE] != NULL && strcmp(cur, f[FACET_VALUE]) == 0)
			H(h, " selected");
		H(h, ">");
		html_pick(h, f[FACET_LABEL], f[FACET_LABEL_EN]);
		H(h, "</option>");
	}
}

void
form_select_open(struct html *h, const char *id, const char *name, const char *label)
{
	H(h, "<div><label for=\"");
	html_text(h, id);
	H(h, "\">");
	html_t(h, label);
	H(h, "</label><select id=\"");
	html_text(h, id);
	H(h, "\" name=\"");
	html_text(h, name);
	H(h, "\"><option value=\"\">");
	html_t(h, "common.all");
	H(h, "</option>");
}

static void
text_input(struct html *h, const char *id, const char *name, const char *label,
    const char *value, bool year)
{
	H(h, "<div><label for=\"");
	html_text(h, id);
	H(h, "\">");
	html_t(h, label);
	H(h, "</label><input id=\"");
	html_text(h, id);
	H(h, "\" name=\"");
	html_text(h, name);
	if (year)
		H(h, "\" type=\"number\" min=\"1990\" max=\"2100\" inputmode=\"numeric\" value=\"");
	else
		H(h, "\" type=\"text\" inputmode=\"decimal\" pattern=\"[0-9]+([.,][0-9]+)?\" value=\"");
	html_text(h, value);
	H(h, "\"></div>");
}

static void
filters_form(struct html *h, const struct param_value *v, const char *sort)
{
	const char *overdue = registry_text(v, RF_OVERDUE);

	H(h, "<form class=\"filters\" method=\"get\" action=\"");
	html_base(h);
	H(h, "/projects\" role=\"search\"><div class=\"wide\"><label for=\"f-q\">");
	html_t(h, "projects.search");
	H(h, "</label><input id=\"f-q\" name=\"q\" type=\"search\" value=\"");
	html_text(h, registry_text(v, RF_Q));
	H(h, "\" maxlength=\"100\" placeholder=\"");
	html_t(h, "projects.search.hint");
	H(h, "\"></div>");
	form_select_open(h, "f-zone", "zone", "project.zone");
	facet_options(h, "zone", registry_text(v, RF_ZONE));
	H(h, "</select></div>");
	form_select_open(h, "f-board", "board", "projects.board");
	facet_options(h, "board", registry_text(v, RF_BOARD));
	H(h, "</select></div>");
	form_select_open(h, "f-status", "status", "project.status");
	block_vocab_options(h, VOCAB_PROJECT_STATUS, registry_text(v, RF_STATUS));
	H(h, "</select></div>");
	form_select_open(h, "f-country", "country", "project.country");
	facet_options(h, "country", registry_text(v, RF_COUNTRY));
	H(h, "</select></div>");
	form_select_open(h, "f-sector", "sector", "project.sector");
	facet_options(h, "sector", registry_text(v, RF_SECTOR));
	H(h, "</select></div>");
	form_select_open(h, "f-auth", "authority", "project.authority");
	block_vocab_options(h, VOCAB_AUTHORITY, registry_text(v, RF_AUTHORITY));
	H(h, "</select></div>");
	text_input(h, "f-min", "min_capital", "projects.min_capital", registry_text(v, RF_MIN_CAPITAL), false);
	text_input(h, "f-max", "max_capital", "projects.max_capital", registry_text(v, RF_MAX_CAPITAL), false);
	text_input(h, "f-year", "year", "projects.year", registry_text(v, RF_YEAR), true);
	form_select_open(h, "f-overdue", "overdue", "projects.overdue");
	H(h, "<option value=\"1\"");
	if (overdue != NULL && strcmp(overdue, "1") == 0)
		H(h, " selected");
	H(h, ">");
	html_t(h, "projects.overdue.yes");
	H(h, "</option><option value=\"0\"");
	if (overdue != NULL && strcmp(overdue, "0") == 0)
		H(h, " selected");
	H(h, ">");
	html_t(h, "projects.overdue.no");
	H(h, "</option></select></div><div><label for=\"f-sort\">");
	html_t(h, "projects.sort");
	H(h, "</label><select id=\"f-sort\" name=\"sort\">");
	block_vocab_options(h, VOCAB_SORT, sort);
	H(h, "</select></div><div class=\"actions\"><button type=\"submit\">");
	html_t(h, "common.filter");
	H(h, "</button></div></form>");
}

/* The registry's rows, written as they arrive; the keyset cursor from their keys. */
struct listing {
	struct page		*pg;
	struct keyset_page	 keyset;
	bool			 table;	/* the table's head is written */
};

enum { C_ID, C_STATUS, C_NAME, C_NAME_EN, C_USD, C_APPROVED, C_SAMPLE, C_INVESTOR, C_COUNTRY,
    C_ZONE_SLUG, C_ZONE, C_ZONE_EN, C_OVERDUE, C_PASSED, C_PART_ON, C_PART_FROM, C_PART_TO,
    C_KEY, C__MAX };
static const char *const row_columns[C__MAX] = { "@id", "@status", "name", "name_en",
    "registered_usd", "approved_on", "is_sample", "investor", "country", "zone_slug",
    "zone_name", "zone_name_en", "overdue", "remedy_deadline_passed", "part_revoked_on",
    "part_revoked_from_ha", "part_revoked_to_ha", "@key" };

/* A project's lifecycle marks (PROJECT_MARKS): its remedy deadline passed (with the date),
 * else overdue; the land a partial revocation left. */
void
project_marks(struct html *h, const char *passed, const char *overdue, const char *part_on,
    const char *part_from, const char *part_to)
{
	if (passed != NULL) {
		H(h, " <span class=\"overdue deadline-passed\">");
		html_t(h, "project.deadline_passed");
		H(h, " <time datetime=\"");
		html_text(h, passed);
		H(h, "\">");
		html_date(h, passed);
		H(h, "</time></span>");
	} else if (overdue != NULL && strcmp(overdue, "1") == 0) {
		H(h, " <span class=\"overdue\">");
		html_t(h, "project.overdue");
		H(h, "</span>");
	}
	if (part_on != NULL) {
		H(h, " <span class=\"partly-revoked\">");
		html_t(h, "project.partly_revoked");
		H(h, " (");
		html_fig(h, part_from, FIG_HA);
		H(h, " → ");
		html_fig(h, part_to, FIG_HA);
		H(h, ")</span>");
	}
}

static void
table_head(struct html *h)
{
	static const char *const cols[] = { "project.name", "project.status", "project.zone",
	    "project.investor" };

	H(h, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, "projects.caption");
	H(h, "</caption><thead><tr>");
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		H(h, "<th scope=\"col\">");
		html_t(h, cols[i]);
		H(h, "</th>");
	}
	H(h, "<th scope=\"col\" class=\"num\">");
	html_t(h, "project.capital_musd");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "project.approved_on");
	H(h, "</th></tr></thead><tbody>");
}

static void
cell_open(struct html *h, const char *cls, const char *label)
{
	H(h, "<td");
	if (cls != NULL) {
		H(h, " class=\"");
		html_text(h, cls);
		H(h, "\"");
	}
	H(h, " data-label=\"");
	html_t(h, label);
	H(h, "\">");
}

static int
project_row(void *ctx, const struct db_row *r)
{
	struct listing *rows = ctx;
	struct html *h = &rows->pg->h;
	const char *c[C__MAX];

	row_cols(r, row_columns, C__MAX, c);
	if (!keyset_row(&rows->keyset, c[C_KEY], c[C_ID]))
		return 0;
	if (!rows->table) {
		table_head(h);
		rows->table = true;
	}
	H(h, "<tr><th scope=\"row\"><a href=\"");
	html_base(h);
	H(h, "/projects/");
	html_urlpart(h, c[C_ID]);
	H(h, "\">");
	html_pick(h, c[C_NAME], c[C_NAME_EN]);
	H(h, "</a>");
	page_sample_mark(rows->pg, c[C_SAMPLE]);
	H(h, "</th>");
	cell_open(h, NULL, "project.status");
	H(h, "<span class=\"status status-");
	html_text(h, c[C_STATUS]);
	H(h, "\">");
	html_tv(h, "status.", c[C_STATUS]);
	H(h, "</span>");
	project_marks(h, c[C_PASSED], c[C_OVERDUE], c[C_PART_ON], c[C_PART_FROM], c[C_PART_TO]);
	H(h, "</td>");
	cell_open(h, NULL, "project.zone");
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, c[C_ZONE_SLUG]);
	H(h, "\">");
	html_pick(h, c[C_ZONE], c[C_ZONE_EN]);
	H(h, "</a></td>");
	cell_open(h, NULL, "project.investor");
	html_text(h, c[C_INVESTOR]);
	H(h, "<small> (");
	html_text(h, c[C_COUNTRY]);
	H(h, ")</small></td>");
	cell_open(h, "num", "project.capital_musd");
	html_fig(h, c[C_USD], FIG_MUSD_BARE);
	H(h, "</td>");
	cell_open(h, "num", "project.approved_on");
	html_date(h, c[C_APPROVED]);
	H(h, "</td></tr>");
	return 0;
}

/* the count's one row */
struct total {
	long long	 n;
	char		 usd[64];
	char		 sample[4];
};

static int
total_row(void *ctx, const struct db_row *r)
{
	struct total *t = ctx;
	const char *n = db_col(r, "total"), *usd = db_col(r, "registered_usd");
	const char *sample = db_col(r, "is_sample");

	t->n = n ? strtoll(n, NULL, 10) : 0;
	snprintf(t->usd, sizeof(t->usd), "%s", usd ? usd : "");
	snprintf(t->sample, sizeof(t->sample), "%s", sample ? sample : "");
	return 0;
}

static int
back_row(void *ctx, const struct db_row *r)
{
	const char *k = db_col(r, "start_key");

	if (k != NULL && *(char **)ctx == NULL)
		*(char **)ctx = xstrdup(k);
	return 0;
}

/* a link to a page of the list: the filters, the sort when not by name, then more */
static void
list_href(struct html *h, const char *filters, const char *sort)
{
	html_base(h);
	H(h, "/projects?");
	if (*filters != '\0') {
		html_href(h, filters);
		H(h, "&amp;");
	}
	if (strcmp(sort, "name") != 0) {
		H(h, "sort=");
		html_urlpart(h, sort);
		H(h, "&amp;");
	}
}

static void
title(struct page *pg, const char *status, const char *overdue)
{
	if (status != NULL)
		html_tv(&pg->title, "projects.title.", status);
	else if (overdue != NULL && strcmp(overdue, "1") == 0)
		html_t(&pg->title, "projects.overdue.yes");
	else
		html_t(&pg->title, "projects.title");
}

int
page_projects(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db *db = public_db(req);
	const struct param_value *values = req->params;
	const char *after = registry_text(values, RP_AFTER);
	const char *sort = vocab_sorts[registry_sort(values)];
	enum registry_order order = registry_order(values, req->lang);
	long long page = param_int(req, "page", 1);
	struct listing rows = { .pg = pg, .keyset = { .limit = PROJECTS_PER_PAGE } };
	struct registry_binds b = REGISTRY_BINDS(db);
	struct { char *key; long long id; } cur = { NULL, 0 };
	struct total total = { 0, "", "" };
	char *prev = NULL;
	unsigned int count, nfilters;
	enum db_status rc;
	struct buf qs;

	if (after != NULL && registry_cursor_split(after, &cur.key, &cur.id) != 0)
		return http_bad_param(req, "after", "error.param.cursor");
	if (cur.key == NULL)
		page = 1;	/* a page number means something only with its cursor */
	buf_init(&qs);
	registry_query(values, false, &qs);
	if (qs.data == NULL)
		buf_puts(&qs, "");

	count = registry_count(&b, values);
	rc = db_query(db, count, b.p, b.n, total_row, &total);
	if (rc == DB_OK)
		rc = facets_read(req);
	if (rc != DB_OK)
		goto out;

	title(pg, registry_text(values, RF_STATUS), registry_text(values, RF_OVERDUE));
	H(h, "<h1>");
	buf_append(h->b, pg->title.b->data, pg->title.b->len);
	H(h, "</h1><p class=\"shortcuts\">");
	static const char *const shortcuts[] = { "approved", "delayed", "revoked" };
	for (size_t i = 0; i < 3; i++) {
		H(h, "<a href=\"");
		html_base(h);
		H(h, "/projects?status=");
		html_urlpart(h, shortcuts[i]);
		H(h, "\">");
		html_tv(h, "projects.title.", shortcuts[i]);
		H(h, "</a>");
	}
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/projects\">");
	html_t(h, "projects.all");
	H(h, "</a></p>");
	filters_form(h, values, sort);

	H(h, "<p class=\"count\" role=\"status\">");
	html_t(h, "projects.count");
	H(h, ": <strong>");
	html_count(h, total.n);
	H(h, "</strong>");
	page_sample(pg, total.sample);
	if (total.n > 0) {
		H(h, " · ");
		html_t(h, "projects.capital_total");
		H(h, " ");
		html_fig(h, total.usd, FIG_MUSD);
		page_sample_mark(pg, total.sample);
		H(h, " · ");
		html_t(h, "pager.page");
		H(h, " ");
		html_int(h, page);
		H(h, "/");
		html_int(h, (total.n + PROJECTS_PER_PAGE - 1) / PROJECTS_PER_PAGE);
	}
	H(h, "</p>");

	b.n = 0;
	registry_bind_rows(&b, values, order);
	nfilters = b.n;
	registry_cursor_bind(&b, cur.key, cur.id, PROJECTS_PER_PAGE + 1);
	rc = db_query(db, registry_sql(REGISTRY_PAGE, order), b.p, b.n, project_row, &rows);
	if (rc != DB_OK)
		goto out;
	if (cur.key != NULL && page > 1 && rows.keyset.first_key != NULL) {
		/* the previous page starts after the row 51 rows before this page's first */
		b.n = nfilters;
		registry_add(&b, DB_TEXT(rows.keyset.first_key));
		registry_add(&b, DB_TEXT(rows.keyset.first_key));
		registry_add(&b, DB_INT(rows.keyset.first_id));
		registry_add(&b, DB_INT(PROJECTS_PER_PAGE));
		rc = db_query(db, registry_sql(REGISTRY_BACK, order), b.p, b.n, back_row, &prev);
		if (rc != DB_OK)
			goto out;
	}
	if (!rows.table) {
		H(h, "<p>");
		html_t(h, "projects.none");
		H(h, "</p>");
	} else {
		/* where this page is in the list: "Dự án 51–100 trong tổng số 243" */
		long long from = (page - 1) * PROJECTS_PER_PAGE + 1;
		long long shown = rows.keyset.n > PROJECTS_PER_PAGE ? PROJECTS_PER_PAGE :
		    (long long)rows.keyset.n;

		H(h, "</tbody></table></div><nav class=\"pager\" aria-label=\"");
		html_t(h, "pager.label");
		H(h, "\"><p class=\"position\">");
		html_t(h, "pager.projects");
		H(h, " ");
		html_count(h, from);
		H(h, "–");
		html_count(h, from + shown - 1);
		H(h, " ");
		html_t(h, "pager.of");
		H(h, " ");
		html_count(h, total.n);
		H(h, "</p>");
		if (page > 1) {
			H(h, "<a href=\"");
			list_href(h, qs.data, sort);
			H(h, "\">");
			html_t(h, "pager.first");
			H(h, "</a><a rel=\"prev\" href=\"");
			list_href(h, qs.data, sort);
			if (page > 2 && prev != NULL) {
				H(h, "page=");
				html_int(h, page - 1);
				H(h, "&amp;after=");
				html_urlpart(h, prev);
			}
			H(h, "\">");
			html_t(h, "pager.prev");
			H(h, "</a>");
		}
		if (rows.keyset.more && rows.keyset.last != NULL) {
			H(h, "<a rel=\"next\" href=\"");
			list_href(h, qs.data, sort);
			H(h, "page=");
			html_int(h, page + 1);
			H(h, "&amp;after=");
			html_urlpart(h, rows.keyset.last);
			H(h, "\">");
			html_t(h, "pager.next");
			H(h, "</a>");
		}
		H(h, "</nav>");
	}
	{
		/* the downloads of exactly this list, in this order */
		const char *amp = qs.len > 0 ? "&" : "";
		char sq[64] = "";
		const char *q = qs.len > 0 || strcmp(sort, "name") != 0 ? "?" : "";

		if (strcmp(sort, "name") != 0)
			snprintf(sq, sizeof(sq), "%ssort=%s", amp, sort);
		page_link(pg, OD_CSV, OD_LIST, NULL, "/projects.csv%s%s%s", q, qs.data, sq);
		page_link(pg, OD_XML, OD_LIST, NULL, "/projects.xml%s%s%s", q, qs.data, sq);
		page_link(pg, OD_JSON, OD_LIST, NULL, "/projects.json%s%s%s", q, qs.data, sq);
		page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/projects%s%s%s", q, qs.data, sq);
		page_link(pg, OD_FEED, OD_LIST, i18n_get(req->lang, "feed.search"),
		    "%s/feeds/projects.atom%s%s", h->base, qs.len > 0 ? "?" : "", qs.data);
	}
out:
	registry_binds_free(&b);
	keyset_free(&rows.keyset);
	free(cur.key);
	free(prev);
	buf_free(&qs);
	return db_http_status(rc);
}

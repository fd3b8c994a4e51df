/* GET /projects — the project registry: filters, a search that ignores diacritics and case,
 * sorts, and pages of 50 reached through keyset cursors (?after=key~id), so a deep page
 * costs what the first does. */
#include "alerts.h"
#include "boards.h"
#include "facets.h"
#include "registry.h"
#include "rows.h"
#include "site.h"

#include <stdio.h>

#define PROJECTS_PER_PAGE	50
/* a search's count stops past this many projects (SQL_PROJECTS_COUNT_SEARCH_CAPPED) */
#define PROJECTS_COUNT_CAP	1000

/* The registry's rows, written as they arrive; the keyset cursor from their keys. */
struct listing {
	struct page		*pg;
	struct html		*h;	/* where they go: the page, or a walk's draft */
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

static int
project_row(void *ctx, const struct db_row *r)
{
	struct listing *rows = ctx;
	struct html *h = rows->h;
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
	page_sample_mark_in(rows->pg, h, c[C_SAMPLE]);
	H(h, "</th>");
	block_cell_open(h, false, "project.status");
	H(h, "<span class=\"status status-");
	html_text(h, c[C_STATUS]);
	H(h, "\">");
	html_tv(h, "status.", c[C_STATUS]);
	H(h, "</span>");
	project_marks(h, c[C_PASSED], c[C_OVERDUE], c[C_PART_ON], c[C_PART_FROM], c[C_PART_TO]);
	H(h, "</td>");
	block_cell_open(h, false, "project.zone");
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, c[C_ZONE_SLUG]);
	H(h, "\">");
	html_pick(h, c[C_ZONE], c[C_ZONE_EN]);
	H(h, "</a></td>");
	block_cell_open(h, false, "project.investor");
	html_text(h, c[C_INVESTOR]);
	H(h, "<small> (");
	html_text(h, c[C_COUNTRY]);
	H(h, ")</small></td>");
	block_cell_open(h, true, "project.capital_musd");
	html_fig(h, c[C_USD], FIG_MUSD_BARE);
	H(h, "</td>");
	block_cell_open(h, true, "project.approved_on");
	html_date(h, c[C_APPROVED]);
	H(h, "</td></tr>");
	return 0;
}

/* With no filter, the count of every published project is the site's, read once a data
 * generation (SQL_SITE): copied into total[REGISTRY_TOTALS]. Returns whether it was. */
static bool
all_counted(const struct request *req, const struct param_value *values, char **total)
{
	const struct public_site *site = public_site(req);

	if (registry_given(values) != 0 || site == NULL || site->totals[0] == NULL)
		return false;
	for (unsigned int k = 0; k < REGISTRY_TOTALS; k++)
		total[k] = site->totals[k] != NULL ? xstrdup(site->totals[k]) : NULL;
	return true;
}

/* A search's first page read in the sort's index (registry_walk) into a draft, kept when the
 * walk filled the page (and found the row past it) before it stopped (WALK_EXAMINED): the
 * search's words are common there. Else the page is read from the FULLTEXT index as any
 * search's. Returns whether it was kept (or failed: *rc). */
static bool
projects_walk(struct db *db, struct registry_binds *b, const struct param_value *values,
    enum registry_order order, struct listing *rows, enum db_status *rc)
{
	unsigned int stmt = registry_walk(b, values, order, 0, PROJECTS_PER_PAGE + 1);
	bool sample = rows->pg->sample;

	if (stmt == SQL__MAX)
		return false;
	for (unsigned int part = 1; stmt != SQL__MAX && *rc == DB_OK && !rows->keyset.more; part++) {
		*rc = db_query(db, REGISTRY_STMT(b, stmt), b->p, b->n, project_row, rows);
		stmt = registry_walk(b, values, order, part, PROJECTS_PER_PAGE + 1 - rows->keyset.n);
	}
	if (*rc != DB_OK || rows->keyset.more)
		return true;
	keyset_free(&rows->keyset);
	rows->keyset = (struct keyset_page){ .limit = PROJECTS_PER_PAGE };
	rows->table = false;
	rows->pg->sample = sample;
	buf_reset(rows->h->b);
	return false;
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

/* The count: "Số dự án: 243 · Tổng vốn … · Trang 2/5", or for a search counted past its cap
 * "Số dự án: hơn 1.000 · Trang 2" (no sum, no last page). */
static void
count_line(struct page *pg, char *const *total, bool capped, long long page)
{
	struct html *h = &pg->h;
	long long n = total[0] != NULL ? strtoll(total[0], NULL, 10) : 0;

	H(h, "<p class=\"count\" role=\"status\">");
	html_t(h, "projects.count");
	H(h, ": <strong>");
	if (capped) {
		html_t(h, "projects.more_than");
		H(h, " ");
		html_count(h, PROJECTS_COUNT_CAP);
		H(h, "</strong> · ");
		html_t(h, "pager.page");
		H(h, " ");
		html_int(h, page);
		H(h, "</p>");
		return;
	}
	html_count(h, n);
	H(h, "</strong>");
	page_sample(pg, total[3]);
	if (n > 0) {
		H(h, " · ");
		html_t(h, "projects.capital_total");
		H(h, " ");
		html_fig(h, total[1], FIG_MUSD);
		page_sample_mark(pg, total[3]);
		H(h, " · ");
		html_t(h, "pager.page");
		H(h, " ");
		html_int(h, page);
		H(h, "/");
		html_int(h, (n + PROJECTS_PER_PAGE - 1) / PROJECTS_PER_PAGE);
	}
	H(h, "</p>");
}

static void
heading(struct page *pg, const struct param_value *values, const char *sort)
{
	static const char *const shortcuts[] = { "approved", "delayed", "revoked" };
	struct html *h = &pg->h;

	title(pg, registry_text(values, RF_STATUS), registry_text(values, RF_OVERDUE));
	H(h, "<h1>");
	buf_append(h->b, pg->title.b->data, pg->title.b->len);
	H(h, "</h1><p class=\"shortcuts\">");
	for (size_t i = 0; i < sizeof(shortcuts) / sizeof(shortcuts[0]); i++) {
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
	projects_form(h, values, sort);
}

/* the pager: where this page is in the list ("Dự án 51–100 trong tổng số 243") and its links */
static void
pager(struct html *h, const struct listing *rows, char *const *total, bool capped,
    long long page, const char *qs, const char *sort, const char *prev)
{
	long long from = (page - 1) * PROJECTS_PER_PAGE + 1;
	long long shown = rows->keyset.n > PROJECTS_PER_PAGE ? PROJECTS_PER_PAGE :
	    (long long)rows->keyset.n;

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
	if (capped) {
		html_t(h, "projects.more_than");
		H(h, " ");
		html_count(h, PROJECTS_COUNT_CAP);
	} else
		html_count(h, total[0] != NULL ? strtoll(total[0], NULL, 10) : 0);
	H(h, "</p>");
	if (page > 1) {
		H(h, "<a href=\"");
		list_href(h, qs, sort);
		H(h, "\">");
		html_t(h, "pager.first");
		H(h, "</a><a rel=\"prev\" href=\"");
		list_href(h, qs, sort);
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
	if (rows->keyset.more && rows->keyset.last != NULL) {
		H(h, "<a rel=\"next\" href=\"");
		list_href(h, qs, sort);
		H(h, "page=");
		html_int(h, page + 1);
		H(h, "&amp;after=");
		html_urlpart(h, rows->keyset.last);
		H(h, "\">");
		html_t(h, "pager.next");
		H(h, "</a>");
	}
	H(h, "</nav>");
}

/* the downloads of exactly this list, in this order, and its feed */
static void
data_links(struct page *pg, const char *qs, const char *sort)
{
	bool filtered = *qs != '\0', sorted = strcmp(sort, "name") != 0;
	const char *q = filtered || sorted ? "?" : "";
	char sq[64] = "";

	if (sorted)
		snprintf(sq, sizeof(sq), "%ssort=%s", filtered ? "&" : "", sort);
	page_link(pg, OD_CSV, OD_LIST, NULL, "/projects.csv%s%s%s", q, qs, sq);
	page_link(pg, OD_XML, OD_LIST, NULL, "/projects.xml%s%s%s", q, qs, sq);
	page_link(pg, OD_JSON, OD_LIST, NULL, "/projects.json%s%s%s", q, qs, sq);
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/projects%s%s%s", q, qs, sq);
	page_link(pg, OD_FEED, OD_LIST, i18n_get(pg->h.lang, "feed.search"),
	    "%s/feeds/projects.atom%s%s", pg->h.base, filtered ? "?" : "", qs);
}

int
page_projects(struct request *req)
{
	static struct buf draft;	/* a walk's rows, until it is known to have filled the page */
	struct page *pg = page_start(req);
	struct html *h = &pg->h, walk = { &draft, h->lang, h->base };
	struct db *db = public_db(req);
	const struct param_value *values = req->params;
	const char *after = registry_text(values, RP_AFTER);
	const char *sort = vocab_sorts[registry_sort(values)];
	enum registry_order order = registry_order(values, req->lang);
	long long page = param_int(req, "page", 1);
	struct listing rows = { .pg = pg, .h = &walk, .keyset = { .limit = PROJECTS_PER_PAGE } };
	struct registry_binds b = REGISTRY_BINDS(db);
	struct { char *key; long long id; } cur = { NULL, 0 };
	char *total[REGISTRY_TOTALS] = { NULL }, *prev = NULL;
	unsigned int nfilters = 0;
	bool capped = false, walked;
	enum db_status rc = DB_OK;
	struct buf qs;

	if (after != NULL && registry_cursor_split(after, &cur.key, &cur.id) != 0)
		return http_bad_param(req, "after", "error.param.cursor");
	if (cur.key == NULL)
		page = 1;	/* a page number means something only with its cursor */
	buf_init(&qs);
	registry_query(values, false, &qs);
	if (qs.data == NULL)
		buf_puts(&qs, "");
	buf_reset(&draft);
	if (public_site(req) != NULL && public_site(req)->projects != NULL)
		b.projects = strtoll(public_site(req)->projects, NULL, 10);

	/* a search's first page: walked when its words are common (projects_walk), then
	 * counted the same way; any other page is counted first, then streamed */
	walked = cur.key == NULL && projects_walk(db, &b, values, order, &rows, &rc);
	if (rc != DB_OK)
		goto out;
	if (walked)
		rc = registry_count_walked(&b, values, PROJECTS_COUNT_CAP, total, &capped);
	else if (!all_counted(req, values, total))
		rc = registry_count_fetch(&b, values, PROJECTS_COUNT_CAP, total, &capped);
	if (rc == DB_OK)
		rc = facets_read(req);
	if (rc != DB_OK)
		goto out;
	heading(pg, values, sort);
	count_line(pg, total, capped, page);
	if (walked)
		buf_append(h->b, draft.data, draft.len);
	else {
		rows.h = h;
		registry_reset(&b);
		registry_bind_rows(&b, values, order);
		nfilters = b.n;
		registry_cursor_bind(&b, cur.key, cur.id, PROJECTS_PER_PAGE + 1);
		rc = db_query(db, REGISTRY_STMT(&b, registry_sql(REGISTRY_PAGE, order)), b.p, b.n,
		    project_row, &rows);
	}
	if (rc == DB_OK && cur.key != NULL && page > 1 && rows.keyset.first_key != NULL) {
		/* the previous page starts after the row 51 rows before this page's first */
		b.n = nfilters;
		registry_add(&b, DB_TEXT(rows.keyset.first_key));
		registry_add(&b, DB_TEXT(rows.keyset.first_key));
		registry_add(&b, DB_INT(rows.keyset.first_id));
		registry_add(&b, DB_INT(PROJECTS_PER_PAGE));
		rc = db_query(db, REGISTRY_STMT(&b, registry_sql(REGISTRY_BACK, order)), b.p, b.n,
		    back_row, &prev);
	}
	if (rc != DB_OK)
		goto out;
	if (!rows.table) {
		H(h, "<p>");
		html_t(h, "projects.none");
		H(h, "</p>");
	} else
		pager(h, &rows, total, capped, page, qs.data, sort, prev);
	alerts_follow_box(pg, "search", qs.data);
	data_links(pg, qs.data, sort);
out:
	db_values_free(total, REGISTRY_TOTALS);
	registry_binds_free(&b);
	keyset_free(&rows.keyset);
	free(cur.key);
	free(prev);
	buf_free(&qs);
	return db_http_status(rc);
}

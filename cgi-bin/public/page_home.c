/* GET / — the province dashboard: occupancy, projects by status, the current targets
 * against actuals, the latest published changes and the latest index ranks. Each part is
 * written as its rows arrive. */
#include "chart.h"
#include "page.h"
#include "site.h"

#include <stdio.h>

struct home {
	struct page	*pg;
	unsigned int	 n;		/* rows of the current part so far */
	bool		 statement;	/* the province's statement is written */
};

static bool
is(const char *a, const char *b)
{
	return a != NULL && strcmp(a, b) == 0;
}

/* One kind of zone (KCN, KKT): its occupancy, summed over its zones. */
static int
occupancy_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	struct html *h = &home->pg->h;
	const char *pct = db_col(r, "occupancy_pct");
	char key[96];

	snprintf(key, sizeof(key), "zone.kind.%s.plural", db_col(r, "@kind") ?
	    db_col(r, "@kind") : "");
	H(h, "<article class=\"card\"><h3>");
	html_t(h, key);
	page_sample_mark(home->pg, db_col(r, "is_sample"));
	H(h, "</h3><p class=\"big\">");
	html_fig(h, pct, FIG_PCT);
	H(h, "</p>");
	block_meter(h, pct, i18n_get(h->lang, "zone.occupancy"));
	H(h, "<dl class=\"facts\"><dt>");
	html_t(h, "zone.leased");
	H(h, "</dt><dd>");
	html_fig(h, db_col(r, "leased_ha"), FIG_HA);
	H(h, "</dd><dt>");
	html_t(h, "zone.leasable");
	H(h, "</dt><dd>");
	html_fig(h, db_col(r, "leasable_ha"), FIG_HA);
	H(h, "</dd><dt>");
	html_t(h, "zone.available");
	H(h, "</dt><dd>");
	html_fig(h, db_col(r, "available_ha"), FIG_HA);
	H(h, "</dd><dt>");
	html_t(h, "zone.count");
	H(h, "</dt><dd>");
	html_text(h, db_col(r, "zones"));
	H(h, "</dd></dl><p class=\"note\">");
	html_t(h, "home.occupancy.rule");
	H(h, " ");
	html_t(h, "home.occupancy.asof");
	H(h, " ");
	html_date(h, db_col(r, "as_of_max"));
	H(h, ".</p></article>");
	return 0;
}

/* The rate the province itself published for its industrial parks (the latest). */
static int
statement_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	struct html *h = &home->pg->h;
	const char *rate = db_col(r, "rate_pct");

	page_sample(home->pg, db_col(r, "is_sample"));
	if (home->statement || !is(db_col(r, "@scope"), "province_kcn"))
		return 0;
	home->statement = true;
	H(h, "<article class=\"card official\"><h3>");
	html_t(h, "home.statement");
	page_sample_mark(home->pg, db_col(r, "is_sample"));
	H(h, "</h3><p class=\"big\">");
	html_fig(h, rate, FIG_PCT);
	H(h, "</p>");
	block_meter(h, rate, i18n_get(h->lang, "home.statement"));
	H(h, "<p class=\"note\">");
	html_t(h, "home.statement.asof");
	H(h, " ");
	html_date(h, db_col(r, "as_of"));
	H(h, ". ");
	html_t(h, "common.source");
	H(h, ": ");
	block_text(h, db_col(r, "source"), db_col(r, "source_en"));
	H(h, "</p></article>");
	return 0;
}

static int
status_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	struct html *h = &home->pg->h;
	const char *status = db_col(r, "@status");

	H(h, "<li class=\"status-");
	html_text(h, status);
	H(h, "\"><a href=\"");
	html_base(h);
	H(h, "/projects?status=");
	html_href(h, status);
	H(h, "\"><span class=\"count\">");
	html_fig(h, db_col(r, "projects"), FIG_COUNT);
	H(h, "</span><span class=\"label\">");
	html_tv(h, "status.", status);
	H(h, "</span></a>");
	page_sample_mark(home->pg, db_col(r, "is_sample"));
	H(h, "</li>");
	return 0;
}

static int
overdue_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	char href[32];

	snprintf(href, sizeof(href), "%s/projects?overdue=1", home->pg->h.base);
	block_overdue_count(home->pg, db_col(r, "overdue"), db_col(r, "is_sample"), href);
	return 1;	/* one row */
}

/* A current target against its actual; the first one names the period in the heading and
 * opens the table. */
static int
target_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	struct html *h = &home->pg->h;
	const char *label = i18n_get(h->lang, "target.progress");
	char pct[CHART_NUM];

	if (home->n++ == 0) {
		H(h, " ");
		html_text(h, db_col(r, "period_label"));
		H(h, "</h2><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
		html_t(h, "common.scroll_table");
		H(h, "\"><table class=\"data stack\"><caption>");
		html_t(h, "home.targets.caption");
		H(h, "</caption><thead><tr><th scope=\"col\">");
		html_t(h, "target.metric");
		H(h, "</th><th scope=\"col\" class=\"num\">");
		html_t(h, "target.target");
		H(h, "</th><th scope=\"col\" class=\"num\">");
		html_t(h, "target.actual");
		H(h, "</th><th scope=\"col\">");
		html_text(h, label);
		H(h, "</th></tr></thead><tbody>");
	}
	/* the progress as the template computed it: an XPath number, written as XPath does */
	chart_number_text(100 * chart_number(db_col(r, "actual")) /
	    chart_number(db_col(r, "target_value")), pct);
	H(h, "<tr><th scope=\"row\">");
	html_tv(h, "target.", db_col(r, "@metric"));
	if (db_col(r, "zone_name") != NULL) {
		H(h, " (");
		html_pick(h, db_col(r, "zone_name"), db_col(r, "zone_name_en"));
		H(h, ")");
	}
	page_sample_mark(home->pg, db_col(r, "is_sample"));
	H(h, "</th><td class=\"num\" data-label=\"");
	html_t(h, "target.target");
	H(h, "\">");
	block_target_value(h, db_col(r, "@unit"), db_col(r, "target_value"));
	H(h, "</td><td class=\"num\" data-label=\"");
	html_t(h, "target.actual");
	H(h, "\">");
	block_target_value(h, db_col(r, "@unit"), db_col(r, "actual"));
	page_sample_mark(home->pg, db_col(r, "actual_is_sample"));
	H(h, "</td><td data-label=\"");
	html_text(h, label);
	H(h, "\">");
	block_meter(h, pct, label);
	H(h, " ");
	html_fig(h, pct, FIG_PCT);
	H(h, "</td></tr>");
	return 0;
}

static int
index_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	struct html *h = &home->pg->h;

	H(h, "<li class=\"card\"><h3><a href=\"");
	html_base(h);
	H(h, "/indices/");
	html_href(h, db_col(r, "@code"));
	H(h, "\">");
	html_text(h, db_col(r, "abbrev"));
	H(h, "</a>");
	page_sample_mark(home->pg, db_col(r, "is_sample"));
	H(h, "</h3><p class=\"big\">");
	html_t(h, "index.rank");
	H(h, " ");
	html_text(h, db_col(r, "rank_no"));
	H(h, "<small>/");
	html_text(h, db_col(r, "provinces_ranked"));
	H(h, "</small></p><p class=\"note\">");
	html_text(h, db_col(r, "year"));
	H(h, " · ");
	html_t(h, "index.score");
	H(h, " ");
	if (db_col(r, "score") != NULL)
		format_decimal(h->b, db_col(r, "score"), 2, 0, 0, h->lang);
	H(h, "</p></li>");
	return 0;
}

static int
change_row(void *ctx, const struct db_row *r)
{
	struct home *home = ctx;
	struct html *h = &home->pg->h;
	const char *at = db_col(r, "published_at");

	if (home->n++ == 0)
		H(h, "<ul class=\"changes\">");
	H(h, "<li><time datetime=\"");
	if (at != NULL)
		html_textn(h, at, strnlen(at, 10));
	H(h, "\">");
	html_date(h, at);
	H(h, "</time> <a href=\"");
	html_base(h);
	if (is(db_col(r, "@entity"), "project"))
		H(h, "/projects/");
	else
		H(h, "/zones/");
	html_href(h, db_col(r, "ref"));
	H(h, "\">");
	html_pick(h, db_col(r, "name"), db_col(r, "name_en"));
	H(h, "</a>: ");
	block_change_summary(h, db_col(r, "summary_key"), db_col(r, "summary_arg"),
	    db_col(r, "summary"));
	H(h, "</li>");
	return 0;
}

/* A part's section and heading: <section aria-labelledby="id"><h2 id="id">text. */
static void
section_open(struct html *h, const char *id, const char *key)
{
	H(h, "<section aria-labelledby=\"");
	html_text(h, id);
	H(h, "\"><h2 id=\"");
	html_text(h, id);
	H(h, "\">");
	html_t(h, key);
}

int
page_home(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db *db = public_db(req);
	const struct public_site *site = public_site(req);
	struct db_param today = DB_TEXT(req->today);
	struct db_param limit = DB_INT(8);
	struct home home = { .pg = pg };
	enum db_status rc;

	html_t(&pg->title, "home.title");
	H(h, "<h1>");
	html_t(h, "home.heading");
	H(h, " ");
	if (site != NULL)
		html_pick(h, site->province_name, site->province_name_en);
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "home.lead");
	H(h, "</p>");
	section_open(h, "occ-h", "home.occupancy");
	H(h, "</h2><div class=\"cards\">");
	rc = db_query(db, SQL_HOME_OCCUPANCY, NULL, 0, occupancy_row, &home);
	if (rc == DB_OK)
		rc = db_query(db, SQL_HOME_STATEMENT, NULL, 0, statement_row, &home);
	if (rc != DB_OK)
		return db_http_status(rc);
	H(h, "</div><p><a href=\"");
	html_base(h);
	H(h, "/zones\">");
	html_t(h, "home.all_zones");
	H(h, "</a></p></section>");

	section_open(h, "st-h", "home.statuses");
	H(h, "</h2><ul class=\"status-counts\">");
	rc = db_query(db, SQL_HOME_STATUS_COUNTS, NULL, 0, status_row, &home);
	if (rc == DB_OK)
		rc = db_query(db, SQL_HOME_OVERDUE, NULL, 0, overdue_row, &home);
	if (rc == DB_ABORTED)
		rc = DB_OK;
	if (rc != DB_OK)
		return db_http_status(rc);
	H(h, "</ul></section>");

	section_open(h, "tg-h", "home.targets");
	home.n = 0;
	if ((rc = db_query(db, SQL_TARGETS_CURRENT, &today, 1, target_row, &home)) != DB_OK)
		return db_http_status(rc);
	if (home.n > 0) {
		H(h, "</tbody></table></div><p class=\"note\">");
		html_t(h, "target.rule.short");
		H(h, " <a href=\"");
		html_base(h);
		H(h, "/targets\">");
		html_t(h, "home.targets.more");
		H(h, "</a></p>");
	} else {
		H(h, "</h2><p>");
		html_t(h, "home.targets.none");
		H(h, "</p>");
	}
	H(h, "</section>");

	section_open(h, "ix-h", "home.indices");
	H(h, "</h2><ul class=\"cards indices\">");
	if ((rc = db_query(db, SQL_HOME_INDICES, NULL, 0, index_row, &home)) != DB_OK)
		return db_http_status(rc);
	H(h, "</ul></section>");

	section_open(h, "ch-h", "home.changes");
	H(h, "</h2>");
	home.n = 0;
	if ((rc = db_query(db, SQL_HOME_CHANGES, &limit, 1, change_row, &home)) != DB_OK)
		return db_http_status(rc);
	if (home.n > 0) {
		H(h, "</ul><p><a href=\"");
		html_base(h);
		H(h, "/changes\">");
		html_t(h, "home.changes.more");
		H(h, "</a></p>");
	} else {
		H(h, "<p>");
		html_t(h, "home.changes.none");
		H(h, "</p>");
	}
	H(h, "</section>");
	return 200;
}

/* GET /zones/<slug> — one zone: its land, occupancy history, parent or child zones, and
 * its projects grouped by status (its parks' included). */
#include "alerts.h"
#include "inquiry.h"
#include "boards.h"
#include "chart.h"
#include "jsonld.h"
#include "map.h"
#include "rows.h"
#include "zone_facts.h"

#include <stdio.h>

#define ZONE_PROJECTS_PER_STATUS	15

/* SQL_ZONE */
enum { Z_SLUG, Z_KIND, Z_STATUS, Z_NAME, Z_NAME_EN, Z_TOTAL, Z_LEASABLE, Z_LEASED, Z_AVAILABLE,
    Z_PCT, Z_AS_OF, Z_STALE, Z_DEVELOPER, Z_LOCATION, Z_LOCATION_EN, Z_LAT, Z_LON,
    Z_ESTABLISHED, Z_CONTACT, Z_CONTACT_EN, Z_SAMPLE, Z_BOARD_SLUG, Z_BOARD, Z_BOARD_EN,
    Z_PHONE, Z_EMAIL, Z_PARENT_SLUG, Z_PARENT, Z_PARENT_EN, Z__MAX };
static const char *const zone_cols[Z__MAX] = { "@slug", "@kind", "@status", "name", "name_en",
    "total_ha", "leasable_ha", "leased_ha", "available_ha", "occupancy_pct", "occupancy_as_of",
    "occupancy_stale", "developer", "location", "location_en", "latitude", "longitude",
    "established_on", "contact", "contact_en", "is_sample", "board_slug", "board_name",
    "board_name_en", "board_phone", "board_email", "parent_slug", "parent_name",
    "parent_name_en" };
/* SQL_ZONE_CHILDREN */
enum { C_SLUG, C_NAME, C_NAME_EN, C_AVAILABLE, C_PCT, C_SAMPLE, C__MAX };
static const char *const child_cols[C__MAX] = { "@slug", "name", "name_en", "available_ha",
    "occupancy_pct", "is_sample" };
/* SQL_ZONE_HISTORY */
enum { H_AS_OF, H_LEASED, H_LEASABLE, H_PCT, H_SAMPLE, H__MAX };
static const char *const history_cols[H__MAX] = { "as_of", "leased_ha", "leasable_ha",
    "occupancy_pct", "is_sample" };
/* SQL_ZONE_FOLLOW_UP */
enum { F_OVERDUE, F_SAMPLE, F_LAST_CHANGED, F__MAX };
static const char *const follow_cols[F__MAX] = { "overdue", "overdue_sample", "last_changed" };
/* SQL_ZONE_STATUS_COUNTS */
enum { S_STATUS, S_PROJECTS, S_OWN, S_SAMPLE, S__MAX };
static const char *const status_cols[S__MAX] = { "@status", "projects", "own_projects",
    "is_sample" };

/* schema.org's Place of the zone (JSON-LD) */
static void
zone_json_ld(struct html *h, const struct rows *z)
{
#define ZV(k)	rows_get(z, 0, (k))
	char url[300];

	H(h, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
	    "\"@type\":\"Place\",\"identifier\":");
	html_json(h, ZV(Z_SLUG));
	H(h, ",\"name\":");
	html_json(h, ZV(Z_NAME));
	if (ZV(Z_NAME_EN) != NULL) {
		H(h, ",\"alternateName\":");
		html_json(h, ZV(Z_NAME_EN));
	}
	H(h, ",\"url\":");
	snprintf(url, sizeof(url), "/zones/%s", ZV(Z_SLUG));
	html_json(h, url);
	if (ZV(Z_LOCATION) != NULL) {
		H(h, ",\"address\":");
		html_json(h, ZV(Z_LOCATION));
	}
	if (ZV(Z_LAT) != NULL && ZV(Z_LON) != NULL) {
		H(h, ",\"geo\":{\"@type\":\"GeoCoordinates\",\"latitude\":");
		jsonld_number(h, ZV(Z_LAT));
		H(h, ",\"longitude\":");
		jsonld_number(h, ZV(Z_LON));
		H(h, "}");
	}
	if (ZV(Z_PARENT_SLUG) != NULL) {
		H(h, ",\"containedInPlace\":{\"@type\":\"Place\",\"url\":");
		snprintf(url, sizeof(url), "/zones/%s", ZV(Z_PARENT_SLUG));
		html_json(h, url);
		H(h, ",\"name\":");
		html_json(h, ZV(Z_PARENT));
		H(h, "}");
	}
	H(h, ",\"additionalProperty\":[{\"@type\":\"PropertyValue\",\"name\":\"leasable_ha\","
	    "\"value\":");
	jsonld_number(h, ZV(Z_LEASABLE));
	H(h, "},{\"@type\":\"PropertyValue\",\"name\":\"leased_ha\",\"value\":");
	jsonld_number(h, ZV(Z_LEASED));
	H(h, "},{\"@type\":\"PropertyValue\",\"name\":\"occupancy_as_of\",\"value\":");
	html_json(h, ZV(Z_AS_OF));
	H(h, "}]}</script>");
#undef ZV
}

/* the cards: the land, and who to ask */
static void
zone_cards(struct html *h, const struct rows *z)
{
#define ZV(k)	rows_get(z, 0, (k))
	static const struct { const char *label; unsigned int col; } ha[] = {
		{ "zone.total", Z_TOTAL }, { "zone.leasable", Z_LEASABLE },
		{ "zone.leased", Z_LEASED }, { "zone.available", Z_AVAILABLE } };

	H(h, "<div class=\"cards\"><section class=\"card\" aria-labelledby=\"land-h\">"
	    "<h2 id=\"land-h\">");
	html_t(h, "zone.land");
	H(h, "</h2><p class=\"big\">");
	html_fig(h, ZV(Z_PCT), FIG_PCT);
	H(h, "</p>");
	block_meter(h, ZV(Z_PCT), i18n_get(h->lang, "zone.occupancy"));
	H(h, "<dl class=\"facts\">");
	for (size_t i = 0; i < sizeof(ha) / sizeof(ha[0]); i++) {
		block_fact(h, ha[i].label);
		html_fig(h, ZV(ha[i].col), FIG_HA);
		H(h, "</dd>");
	}
	H(h, "</dl><p class=\"note\">");
	html_t(h, "zone.occupancy.rule");
	H(h, " ");
	html_t(h, "home.occupancy.asof");
	H(h, " ");
	html_date(h, ZV(Z_AS_OF));
	H(h, ".");
	block_stale_mark(h, ZV(Z_STALE));
	H(h, "</p></section><section class=\"card\" aria-labelledby=\"who-h\"><h2 id=\"who-h\">");
	html_t(h, "zone.contact");
	H(h, "</h2><dl class=\"facts wide\">");
	if (ZV(Z_DEVELOPER) != NULL) {
		block_fact(h, "zone.developer");
		html_text(h, ZV(Z_DEVELOPER));
		H(h, "</dd>");
	}
	block_fact(h, "zones.filter.board");
	html_pick(h, ZV(Z_BOARD), ZV(Z_BOARD_EN));
	H(h, "</dd>");
	if (ZV(Z_PHONE) != NULL) {
		char tel[64];
		size_t n = 0;

		/* the number to dial: without its spaces and dots */
		for (const char *c = ZV(Z_PHONE); *c != '\0' && n + 1 < sizeof(tel); c++)
			if (*c != ' ' && *c != '.')
				tel[n++] = *c;
		tel[n] = '\0';
		block_fact(h, "zone.phone");
		H(h, "<a href=\"tel:");
		html_href(h, tel);
		H(h, "\">");
		html_text(h, ZV(Z_PHONE));
		H(h, "</a></dd>");
	}
	if (ZV(Z_EMAIL) != NULL) {
		block_fact(h, "zone.email");
		H(h, "<a href=\"mailto:");
		html_href(h, ZV(Z_EMAIL));
		H(h, "\">");
		html_text(h, ZV(Z_EMAIL));
		H(h, "</a></dd>");
	}
	if (ZV(Z_CONTACT) != NULL) {
		block_fact(h, "zone.contact");
		block_text(h, ZV(Z_CONTACT), ZV(Z_CONTACT_EN));
		H(h, "</dd>");
	}
	if (ZV(Z_ESTABLISHED) != NULL) {
		block_fact(h, "zone.established");
		html_date(h, ZV(Z_ESTABLISHED));
		H(h, "</dd>");
	}
	if (ZV(Z_LAT) != NULL) {
		block_fact(h, "zone.coordinates");
		html_text(h, ZV(Z_LAT));
		H(h, ", ");
		html_text(h, ZV(Z_LON));
		H(h, "</dd>");
	}
	H(h, "</dl></section></div>");
#undef ZV
}

static void
zone_children(struct page *pg, const struct rows *c)
{
	struct html *h = &pg->h;

	if (c->n == 0)
		return;
	H(h, "<section aria-labelledby=\"kids-h\"><h2 id=\"kids-h\">");
	html_t(h, "zone.children");
	H(h, "</h2><ul>");
	for (unsigned int i = 0; i < c->n; i++) {
		page_sample(pg, rows_get(c, i, C_SAMPLE));
		H(h, "<li><a href=\"");
		html_base(h);
		H(h, "/zones/");
		html_urlpart(h, rows_get(c, i, C_SLUG));
		H(h, "\">");
		html_pick(h, rows_get(c, i, C_NAME), rows_get(c, i, C_NAME_EN));
		H(h, "</a>\n              — ");
		html_fig(h, rows_get(c, i, C_PCT), FIG_PCT);
		H(h, ",\n              ");
		html_t(h, "zone.available");
		H(h, " ");
		html_fig(h, rows_get(c, i, C_AVAILABLE), FIG_HA);
		H(h, "</li>");
	}
	H(h, "</ul></section>");
}

/* the occupancy over time: a chart and its table */
static void
zone_history(struct page *pg, const struct rows *hs)
{
	struct html *h = &pg->h;
	struct chart_point *points;
	char title[256];
	struct chart chart = CHART_INIT(title, "occ");
	static const struct { const char *label; unsigned int col; enum figure fig; } cells[] = {
		{ "zone.leased", H_LEASED, FIG_HA }, { "zone.leasable", H_LEASABLE, FIG_HA },
		{ "zone.occupancy", H_PCT, FIG_PCT } };

	if (hs->n == 0)
		return;
	H(h, "<section aria-labelledby=\"hist-h\"><h2 id=\"hist-h\">");
	html_t(h, "zone.history");
	H(h, "</h2><div class=\"chart-pair\">");
	snprintf(title, sizeof(title), "%s (%%)", i18n_get(h->lang, "zone.history"));
	points = xcalloc(hs->n, sizeof(*points));
	for (unsigned int i = 0; i < hs->n; i++) {
		points[i].label = rows_get(hs, i, H_AS_OF);
		points[i].value = rows_get(hs, i, H_PCT);
	}
	chart_line(h, &chart, points, hs->n);
	free(points);
	H(h, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, "zone.history.table");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "common.date");
	H(h, "</th>");
	for (size_t k = 0; k < sizeof(cells) / sizeof(cells[0]); k++) {
		H(h, "<th scope=\"col\" class=\"num\">");
		html_t(h, cells[k].label);
		H(h, "</th>");
	}
	H(h, "</tr></thead><tbody>");
	for (unsigned int i = 0; i < hs->n; i++) {
		page_sample(pg, rows_get(hs, i, H_SAMPLE));
		H(h, "<tr><th scope=\"row\">");
		html_date(h, rows_get(hs, i, H_AS_OF));
		H(h, "</th>");
		for (size_t k = 0; k < sizeof(cells) / sizeof(cells[0]); k++) {
			H(h, "<td class=\"num\" data-label=\"");
			html_t(h, cells[k].label);
			H(h, "\">");
			html_fig(h, rows_get(hs, i, cells[k].col), cells[k].fig);
			H(h, "</td>");
		}
		H(h, "</tr>");
	}
	H(h, "</tbody></table></div></div></section>");
}

/* The zone's latest projects, each written into the list of its status as it arrives. */
struct status_lists {
	struct page		*pg;
	const struct rows	*statuses;
	const char		*slug;	/* the zone's: a project of one of its parks says so */
	struct buf		*lists;	/* one a status */
};

static int
project_row(void *ctx, const struct db_row *r)
{
	struct status_lists *sl = ctx;
	struct html *h = &sl->pg->h;
	struct buf *main = h->b;
	const char *status = db_col(r, "@status"), *zone = db_col(r, "zone_slug");
	unsigned int i;

	for (i = 0; i < sl->statuses->n; i++)
		if (status != NULL && strcmp(status, rows_get(sl->statuses, i, S_STATUS)) == 0)
			break;
	if (i == sl->statuses->n)
		return 0;	/* a status without a count is not shown */
	h->b = &sl->lists[i];
	H(h, "<li><a href=\"");
	html_base(h);
	H(h, "/projects/");
	html_urlpart(h, db_col(r, "@id"));
	H(h, "\">");
	html_pick(h, db_col(r, "name"), db_col(r, "name_en"));
	H(h, "</a>");
	page_sample_mark(sl->pg, db_col(r, "is_sample"));
	project_marks(h, db_col(r, "remedy_deadline_passed"), db_col(r, "overdue"),
	    db_col(r, "part_revoked_on"), db_col(r, "part_revoked_from_ha"),
	    db_col(r, "part_revoked_to_ha"));
	if (zone == NULL || strcmp(zone, sl->slug) != 0) {
		H(h, "<small> (");
		html_t(h, "zone.projects.in");
		H(h, " <a href=\"");
		html_base(h);
		H(h, "/zones/");
		html_urlpart(h, zone);
		H(h, "\">");
		html_pick(h, db_col(r, "zone_name"), db_col(r, "zone_name_en"));
		H(h, "</a>)</small>");
	}
	H(h, "<small> — ");
	html_text(h, db_col(r, "investor"));
	H(h, " (");
	html_text(h, db_col(r, "country"));
	H(h, "), ");
	html_t(h, "project.since");
	H(h, " ");
	html_date(h, db_col(r, "status_since"));
	H(h, "</small></li>");
	h->b = main;
	return 0;
}

/* a link to the registry's projects of the zone with a status */
static void
status_href(struct html *h, const char *slug, const char *status)
{
	html_base(h);
	H(h, "/projects?zone=");
	html_urlpart(h, slug);
	H(h, "&amp;status=");
	html_urlpart(h, status);
}

/* the projects by status: their counts, then the latest of each */
static enum db_status
zone_projects(struct request *req, struct page *pg, const struct rows *z,
    const struct rows *st, const struct rows *fu, bool parks)
{
	struct html *h = &pg->h;
	const char *slug = rows_get(z, 0, Z_SLUG);
	struct db_param p[2] = { DB_TEXT(req->path_args[0]), DB_INT(ZONE_PROJECTS_PER_STATUS) };
	struct status_lists sl = { pg, st, slug, NULL };
	char href[300];
	enum db_status rc;

	H(h, "<section aria-labelledby=\"proj-h\"><h2 id=\"proj-h\">");
	html_t(h, "zone.projects.heading");
	H(h, "</h2>");
	if (parks) {
		long long own = 0;

		for (unsigned int i = 0; i < st->n; i++)
			own += strtoll(rows_get(st, i, S_OWN) ? rows_get(st, i, S_OWN) : "0",
			    NULL, 10);
		H(h, "<p class=\"note\">");
		html_t(h, "zone.projects.scope");
		H(h, " ");
		html_count(h, own);
		H(h, " ");
		html_t(h, "zone.projects.own");
		H(h, ".</p>");
	}
	H(h, "<ul class=\"status-counts\">");
	for (unsigned int i = 0; i < st->n; i++) {
		const char *s = rows_get(st, i, S_STATUS);

		H(h, "<li class=\"status-");
		html_text(h, s);
		H(h, "\"><a href=\"");
		status_href(h, slug, s);
		H(h, "\"><span class=\"count\">");
		html_fig(h, rows_get(st, i, S_PROJECTS), FIG_COUNT);
		H(h, "</span><span class=\"label\">");
		html_tv(h, "status.", s);
		H(h, "</span></a>");
		page_sample_mark(pg, rows_get(st, i, S_SAMPLE));
		H(h, "</li>");
	}
	snprintf(href, sizeof(href), "%s/projects?zone=%s&overdue=1", h->base, slug);
	block_overdue_count(pg, rows_get(fu, 0, F_OVERDUE), rows_get(fu, 0, F_SAMPLE), href);
	H(h, "</ul>");
	sl.lists = xcalloc(st->n > 0 ? st->n : 1, sizeof(struct buf));
	rc = db_query(public_db(req), SQL_ZONE_PROJECTS, p, 2, project_row, &sl);
	for (unsigned int i = 0; i < st->n; i++) {
		const char *s = rows_get(st, i, S_STATUS), *n = rows_get(st, i, S_PROJECTS);

		H(h, "<h3 id=\"status-");
		html_text(h, s);
		H(h, "\">");
		html_tv(h, "status.", s);
		H(h, " (");
		html_fig(h, n, FIG_COUNT);
		H(h, ")");
		page_sample_mark(pg, rows_get(st, i, S_SAMPLE));
		H(h, "</h3><ul class=\"project-list\">");
		if (sl.lists[i].len > 0)
			buf_append(h->b, sl.lists[i].data, sl.lists[i].len);
		H(h, "</ul>");
		if (n != NULL && strtod(n, NULL) > ZONE_PROJECTS_PER_STATUS) {
			H(h, "<p><a href=\"");
			status_href(h, slug, s);
			H(h, "\">");
			html_t(h, "zone.projects.all");
			H(h, " (");
			html_text(h, n);
			H(h, ")</a></p>");
		}
		buf_free(&sl.lists[i]);
	}
	free(sl.lists);
	H(h, "</section>");
	return rc;
}

int
page_zone(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	const char *rec = req->path_args[0];
	struct db_param slug = DB_TEXT(rec);
	struct db_param f[4] = { slug, slug, slug, slug };
	struct rows z = ROWS(zone_cols);
	struct rows kids = ROWS(child_cols);
	struct rows hist = ROWS(history_cols);
	struct rows fu = ROWS(follow_cols);
	struct rows st = ROWS(status_cols);
	char href[300];
	enum db_status rc;
	int status = 200;

	if ((rc = rows_read(&z, public_db(req), SQL_ZONE, &slug, 1)) != DB_OK)
		goto out;
	if (z.n == 0) {
		status = 404;
		goto out;
	}
	if ((rc = rows_read(&kids, public_db(req), SQL_ZONE_CHILDREN, &slug, 1)) != DB_OK ||
	    (rc = rows_read(&hist, public_db(req), SQL_ZONE_HISTORY, &slug, 1)) != DB_OK ||
	    (rc = rows_read(&fu, public_db(req), SQL_ZONE_FOLLOW_UP, f, 4)) != DB_OK ||
	    (rc = rows_read(&st, public_db(req), SQL_ZONE_STATUS_COUNTS, &slug, 1)) != DB_OK)
		goto out;
#define ZV(k)	rows_get(&z, 0, (k))
	html_pick(&pg->title, ZV(Z_NAME), ZV(Z_NAME_EN));
	zone_json_ld(&pg->head, &z);
	H(h, "<p class=\"crumbs\"><a href=\"");
	html_base(h);
	H(h, "/zones\">");
	html_t(h, "zones.title");
	H(h, "</a>");
	if (ZV(Z_PARENT_SLUG) != NULL) {
		H(h, " › <a href=\"");
		html_base(h);
		H(h, "/zones/");
		html_urlpart(h, ZV(Z_PARENT_SLUG));
		H(h, "\">");
		html_pick(h, ZV(Z_PARENT), ZV(Z_PARENT_EN));
		H(h, "</a>");
	}
	H(h, "</p><h1>");
	html_pick(h, ZV(Z_NAME), ZV(Z_NAME_EN));
	page_sample_mark(pg, ZV(Z_SAMPLE));
	H(h, "</h1><p class=\"lead\">");
	html_tv(h, "zone.kind.", ZV(Z_KIND));
	H(h, " · ");
	html_tv(h, "zone.status.", ZV(Z_STATUS));
	if (ZV(Z_LOCATION) != NULL) {
		H(h, " · ");
		block_text(h, ZV(Z_LOCATION), ZV(Z_LOCATION_EN));
	}
	H(h, "</p>");
	snprintf(href, sizeof(href), "%s/zones/%s/changes", h->base, ZV(Z_SLUG));
	block_last_changed(h, rows_get(&fu, 0, F_LAST_CHANGED), href);
	zone_cards(h, &z);
	if ((rc = zone_facts_section(req, pg, rec)) != DB_OK)
		goto out;
	if (ZV(Z_LAT) != NULL) {
		/* every zone, this one highlighted */
		struct db_param m[MAP_BINDS];
		const struct rows *all;

		for (unsigned int i = 0; i < MAP_BINDS; i++)
			m[i] = DB_NULL;
		if ((rc = map_read(req, m, &all)) != DB_OK)
			goto out;
		map_figure(req, pg, all, ZV(Z_SLUG));
	}
	zone_children(pg, &kids);
	zone_history(pg, &hist);
	if ((rc = zone_projects(req, pg, &z, &st, &fu, kids.n > 0)) != DB_OK ||
	    (rc = boards_zone_announcements(req, pg, rec, ZV(Z_BOARD_SLUG))) != DB_OK)
		goto out;
	H(h, "<p><a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, ZV(Z_SLUG));
	H(h, "/changes\">");
	html_t(h, "record.history");
	H(h, "</a></p>");
	alerts_follow_box(pg, "zone", rec);
	if ((rc = inquiry_box(req, pg, &z, Z_SLUG, Z_NAME, Z_NAME_EN)) != DB_OK)
		goto out;
	page_link(pg, OD_API, OD_RECORD, NULL, "/api/v1/zones/%s", rec);
	page_link(pg, OD_CSV, OD_PROJECTS, NULL, "/projects.csv?zone=%s", rec);
	page_link(pg, OD_XML, OD_PROJECTS, NULL, "/projects.xml?zone=%s", rec);
	page_link(pg, OD_JSON, OD_PROJECTS, NULL, "/projects.json?zone=%s", rec);
	{
		char title[512];

		snprintf(title, sizeof(title), "%s %s", i18n_get(req->lang, "feed.zone"),
		    req->lang == LANG_EN && ZV(Z_NAME_EN) != NULL && *ZV(Z_NAME_EN) != '\0' ?
		    ZV(Z_NAME_EN) : ZV(Z_NAME));
		page_link(pg, OD_FEED, OD_LIST, title, "%s/feeds/zones/%s.atom", h->base, rec);
	}
#undef ZV
out:
	rows_free(&z);
	rows_free(&kids);
	rows_free(&hist);
	rows_free(&fu);
	rows_free(&st);
	return rc != DB_OK ? db_http_status(rc) : status;
}

/* GET /finder — zones for investors: at least N hectares available, of a type, with
 * occupancy and contact; ?compare=a&compare=b[&compare=c] sets two or three side by side
 * (one zone is shown as its card). More ticks are kept ticked: the first three are compared
 * and the page says why the others are not. */
#include "inquiry.h"
#include "map.h"
#include "page.h"
#include "rows.h"
#include "zone_facts.h"

#include <stdlib.h>
#include <string.h>

#define FINDER_COMPARE_MAX	3

static const char *const finder_kinds[] = { "kcn", "kkt", NULL };

const struct param_decl finder_params[] = {
	{ .name = "min_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000 },
	{ .name = "kind", .type = PARAM_ENUM, .choices = finder_kinds },
	/* the zone's facts (zone_facts.c): rent in USD/m² for the term, a sector's code, m³/day */
	{ .name = "max_rent", .type = PARAM_DECIMAL, .min = 0, .max = 1000000000 },
	{ .name = "sector", .type = PARAM_SLUG },
	{ .name = "min_wastewater", .type = PARAM_DECIMAL, .min = 0, .max = 10000000 },
	/* every zone of the list may be ticked; only the first three are compared */
	{ .name = "compare", .type = PARAM_SLUG, .multi = true },
	{ .name = NULL },
};

void
finder_bind(struct request *req, struct db_param *p)
{
	const struct param_value *min = param(req, "min_ha"), *rent = param(req, "max_rent");
	const struct param_value *waste = param(req, "min_wastewater");
	struct db_param kind = public_opt_text(req, "kind"), sector = public_opt_text(req, "sector");

	p[0] = min->count ? DB_DOUBLE(min->d[0]) : DB_NULL;
	p[1] = p[2] = kind;
	p[3] = p[4] = rent->count ? DB_DOUBLE(rent->d[0]) : DB_NULL;
	p[5] = p[6] = sector;
	p[7] = p[8] = waste->count ? DB_DOUBLE(waste->d[0]) : DB_NULL;
}

/* a zone of the list or of the comparison (SQL_FINDER, SQL_COMPARE) */
enum { Z_SLUG, Z_KIND, Z_NAME, Z_NAME_EN, Z_LEASABLE, Z_AVAILABLE, Z_OCCUPANCY, Z_DEVELOPER,
    Z_LOCATION, Z_LOCATION_EN, Z_BOARD, Z_BOARD_EN, Z_PHONE, Z_EMAIL, Z_SAMPLE, Z_OPERATING,
    Z_PROJECTS, Z__MAX };
static const char *const zone_columns[Z__MAX] = { "@slug", "@kind", "name", "name_en",
    "leasable_ha", "available_ha", "occupancy_pct", "developer", "location", "location_en",
    "board_name", "board_name_en", "board_phone", "board_email", "is_sample", "operating",
    "projects" };
static struct rows compared = ROWS(zone_columns);
/* the list's rows, written (in the page's place) before the count that heads them */
static struct buf list_rows;

/* The list's rows as they arrive, and the names of the ticked zones not compared. */
struct finder {
	struct page			*pg;
	const struct param_value	*ticked;
	char				**names;	/* ticked beyond FINDER_COMPARE_MAX */
	long long			 n;
};

static void
contact(struct html *h, const char *const *z)
{
	html_pick(h, z[Z_BOARD], z[Z_BOARD_EN]);
	if (z[Z_PHONE] != NULL) {
		H(h, "<br><a href=\"tel:");
		for (const char *s = z[Z_PHONE]; *s != '\0'; s++)
			if (*s != ' ' && *s != '.') {
				char c[2] = { *s, '\0' };

				html_href(h, c);
			}
		H(h, "\">");
		html_text(h, z[Z_PHONE]);
		H(h, "</a>");
	}
	if (z[Z_EMAIL] != NULL) {
		H(h, "<br><a href=\"mailto:");
		html_href(h, z[Z_EMAIL]);
		H(h, "\">");
		html_text(h, z[Z_EMAIL]);
		H(h, "</a>");
	}
}

static void
zone_link(struct page *pg, const char *const *z)
{
	struct html *h = &pg->h;

	H(h, "<a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, z[Z_SLUG]);
	H(h, "\">");
	html_pick(h, z[Z_NAME], z[Z_NAME_EN]);
	H(h, "</a>");
	page_sample_mark(pg, z[Z_SAMPLE]);
}

static void
data_cell(struct html *h, const char *key)
{
	H(h, "<td data-label=\"");
	html_t(h, key);
	H(h, "\">");
}

static int
finder_row(void *ctx, const struct db_row *r)
{
	struct finder *f = ctx;
	struct html *h = &f->pg->h;
	const char *z[Z__MAX];
	bool ticked = false;

	row_cols(r, zone_columns, Z_OPERATING, z);
	f->n++;
	for (unsigned int i = 0; i < f->ticked->count; i++) {
		if (z[Z_SLUG] == NULL || strcmp(f->ticked->text[i], z[Z_SLUG]) != 0)
			continue;
		ticked = true;
		if (i >= FINDER_COMPARE_MAX && f->names[i] == NULL)
			f->names[i] = xstrdup(h->lang == LANG_EN && z[Z_NAME_EN] != NULL &&
			    *z[Z_NAME_EN] != '\0' ? z[Z_NAME_EN] : z[Z_NAME] ? z[Z_NAME] : "");
	}
	H(h, "<tr>");
	data_cell(h, "finder.compare.col");
	H(h, "<input type=\"checkbox\" name=\"compare\" value=\"");
	html_text(h, z[Z_SLUG]);
	H(h, "\" id=\"cmp-");
	html_text(h, z[Z_SLUG]);
	H(h, "\"");
	if (ticked)
		H(h, " checked");
	H(h, "><label for=\"cmp-");
	html_text(h, z[Z_SLUG]);
	H(h, "\" class=\"visually-hidden\">");
	html_t(h, "finder.compare.col");
	H(h, ": ");
	html_text(h, z[Z_NAME]);
	H(h, "</label></td><th scope=\"row\">");
	zone_link(f->pg, z);
	H(h, "<br><small>");
	html_tv(h, "zone.kind.", z[Z_KIND]);
	H(h, " · ");
	block_text(h, z[Z_LOCATION], z[Z_LOCATION_EN]);
	H(h, "</small></th><td class=\"num\" data-label=\"");
	html_t(h, "zone.available");
	H(h, "\">");
	html_fig(h, z[Z_AVAILABLE], FIG_HA);
	H(h, "</td>");
	data_cell(h, "zone.occupancy");
	block_meter(h, z[Z_OCCUPANCY], i18n_get(h->lang, "zone.occupancy"));
	H(h, " ");
	html_fig(h, z[Z_OCCUPANCY], FIG_PCT);
	H(h, "</td>");
	data_cell(h, "zone.contact");
	contact(h, z);
	H(h, "</td></tr>");
	return 0;
}

/* the compared criteria, each a catalog key */
static const char *const criteria[] = { "zone.kind", "zone.available", "zone.leasable",
    "zone.occupancy", "finder.operating", "zone.developer", "finder.location", "zone.contact" };

static void
criterion(struct html *h, size_t k, const char *const *z)
{
	switch (k) {
	case 0: html_tv(h, "zone.kind.", z[Z_KIND]); break;
	case 1: html_fig(h, z[Z_AVAILABLE], FIG_HA); break;
	case 2: html_fig(h, z[Z_LEASABLE], FIG_HA); break;
	case 3: html_fig(h, z[Z_OCCUPANCY], FIG_PCT); break;
	case 4:
		html_text(h, z[Z_OPERATING]);
		H(h, "/");
		html_text(h, z[Z_PROJECTS]);
		break;
	case 5: html_text(h, z[Z_DEVELOPER]); break;
	case 6: block_text(h, z[Z_LOCATION], z[Z_LOCATION_EN]); break;
	default: contact(h, z);
	}
}

static void
compared_zone(unsigned int i, const char **z)
{
	for (unsigned int k = 0; k < Z__MAX; k++)
		z[k] = rows_get(&compared, i, k);
}

/* one zone: its card; more: a table, a column a zone */
static enum db_status
comparison(struct request *req, struct page *pg, const struct param_value *cmp)
{
	struct html *h = &pg->h;
	const char *z[Z__MAX];
	size_t nc = sizeof(criteria) / sizeof(criteria[0]);
	unsigned int ns = cmp->count < FINDER_COMPARE_MAX ? cmp->count : FINDER_COMPARE_MAX;
	enum db_status rc;

	H(h, "<section aria-labelledby=\"cmp-h\">");
	if (compared.n == 1) {
		compared_zone(0, z);
		H(h, "<div class=\"card zone-card\"><h2 id=\"cmp-h\">");
		zone_link(pg, z);
		H(h, "</h2><dl class=\"facts wide\">");
		for (size_t k = 0; k < nc; k++) {
			H(h, "<dt>");
			html_t(h, criteria[k]);
			H(h, "</dt><dd>");
			criterion(h, k, z);
			H(h, "</dd>");
		}
		rc = zone_facts_compare(req, pg, cmp->text, ns, false);
		H(h, "</dl><p class=\"hint\">");
		html_t(h, "finder.compare.one");
		H(h, "</p></div></section>");
		return rc;
	}
	H(h, "<h2 id=\"cmp-h\">");
	html_t(h, "finder.compare");
	H(h, "</h2><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data compare stack\"><caption>");
	html_t(h, "finder.compare.caption");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "finder.criterion");
	H(h, "</th>");
	for (unsigned int i = 0; i < compared.n; i++) {
		compared_zone(i, z);
		H(h, "<th scope=\"col\">");
		zone_link(pg, z);
		H(h, "</th>");
	}
	H(h, "</tr></thead><tbody>");
	for (size_t k = 0; k < nc; k++) {
		H(h, "<tr><th scope=\"row\">");
		html_t(h, criteria[k]);
		H(h, "</th>");
		for (unsigned int i = 0; i < compared.n; i++) {
			compared_zone(i, z);
			H(h, "<td data-label=\"");
			html_pick(h, z[Z_NAME], z[Z_NAME_EN]);
			H(h, "\"");
			if (k >= 1 && k <= 4)
				H(h, " class=\"num\"");
			H(h, ">");
			criterion(h, k, z);
			H(h, "</td>");
		}
		H(h, "</tr>");
	}
	rc = zone_facts_compare(req, pg, cmp->text, ns, true);
	H(h, "</tbody></table></div></section>");
	return rc;
}

/* the filters on the zone's facts, and what they leave out */
static enum db_status
facts_filters(struct html *h, struct request *req)
{
	static const struct { const char *name, *label; } numbers[] = {
		{ "max_rent", "finder.max_rent" }, { "min_wastewater", "finder.min_wastewater" } };
	enum db_status rc;

	for (size_t k = 0; k < 2; k++) {
		H(h, "<div><label for=\"f-");
		html_text(h, numbers[k].name);
		H(h, "\">");
		html_t(h, numbers[k].label);
		H(h, "</label><input id=\"f-");
		html_text(h, numbers[k].name);
		H(h, "\" name=\"");
		html_text(h, numbers[k].name);
		H(h, "\" type=\"number\" min=\"0\" step=\"any\" inputmode=\"decimal\" value=\"");
		html_text(h, param_text(req, numbers[k].name));
		H(h, "\"></div>");
	}
	H(h, "<div><label for=\"f-sector\">");
	html_t(h, "finder.sector");
	H(h, "</label><select id=\"f-sector\" name=\"sector\"><option value=\"\">");
	html_t(h, "common.all");
	H(h, "</option>");
	rc = zone_facts_sector_options(req, h, param_text(req, "sector"));
	H(h, "</select></div>");
	return rc;
}

static void
hidden(struct html *h, struct request *req, const char *name)
{
	H(h, "<input type=\"hidden\" name=\"");
	html_text(h, name);
	H(h, "\" value=\"");
	html_text(h, param_text(req, name));
	H(h, "\">");
}

static enum db_status
forms(struct html *h, struct request *req, long long count)
{
	const char *min = param_text(req, "min_ha"), *kind = param_text(req, "kind");
	enum db_status rc;

	H(h, "<form class=\"filters\" method=\"get\" action=\"");
	html_base(h);
	H(h, "/finder\"><div><label for=\"f-min\">");
	html_t(h, "zones.filter.min_ha");
	H(h, "</label><input id=\"f-min\" name=\"min_ha\" type=\"number\" min=\"0\" step=\"any\""
	    " inputmode=\"decimal\" value=\"");
	html_text(h, min);
	H(h, "\"></div><div><label for=\"f-kind\">");
	html_t(h, "zones.filter.kind");
	H(h, "</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">");
	html_t(h, "common.all");
	H(h, "</option>");
	block_vocab_options(h, VOCAB_ZONE_KIND, kind);
	H(h, "</select></div>");
	if ((rc = facts_filters(h, req)) != DB_OK)
		return rc;
	H(h, "<div class=\"actions\"><button type=\"submit\">");
	html_t(h, "finder.search");
	H(h, "</button></div></form><form method=\"get\" action=\"");
	html_base(h);
	H(h, "/finder\">");
	hidden(h, req, "min_ha");
	hidden(h, req, "kind");
	hidden(h, req, "max_rent");
	hidden(h, req, "sector");
	hidden(h, req, "min_wastewater");
	H(h, "<p class=\"count\" role=\"status\">");
	html_t(h, "zones.count");
	H(h, ": <strong>");
	html_int(h, count);
	H(h, "</strong>. ");
	html_t(h, "finder.pick");
	if (param_text(req, "max_rent") != NULL) {
		H(h, " ");
		html_t(h, "finder.rent_note");
	}
	if (param_text(req, "sector") != NULL || param_text(req, "min_wastewater") != NULL) {
		H(h, " ");
		html_t(h, "finder.facts_note");
	}
	H(h, "</p><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, "finder.caption");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "finder.compare.col");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "zone.name");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "zone.available");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "zone.occupancy");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "zone.contact");
	H(h, "</th></tr></thead><tbody>");
	html_raw(h, list_rows.data ? list_rows.data : "", list_rows.len);
	H(h, "</tbody></table></div><p><button type=\"submit\">");
	html_t(h, "finder.compare.submit");
	H(h, "</button></p></form>");
	return DB_OK;
}

int
page_finder(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db *db = public_db(req);
	const struct param_value *cmp = param(req, "compare");
	struct db_param p[FINDER_BINDS];
	struct finder f = { pg, cmp, NULL, 0 };
	struct buf *main_buf = h->b;
	enum db_status rc;

	html_t(&pg->title, "finder.title");
	/* the download of the list with the page's query (page_link's href is escaped where
	 * it is written) */
	if (req->query_string != NULL && req->query_string[0] != '\0')
		page_link(pg, OD_CSV, OD_LIST, NULL, "/finder.csv?%s", req->query_string);
	else
		page_link(pg, OD_CSV, OD_LIST, NULL, "/finder.csv");
	buf_reset(&list_rows);
	rows_reset(&compared);
	if (cmp->count > FINDER_COMPARE_MAX)
		f.names = xcalloc(cmp->count, sizeof(*f.names));
	finder_bind(req, p);
	h->b = &list_rows;
	rc = db_query(db, SQL_FINDER, p, FINDER_BINDS, finder_row, &f);
	h->b = main_buf;
	if (rc == DB_OK && cmp->count > 0) {
		struct db_param c[2 * FINDER_COMPARE_MAX];

		for (unsigned int i = 0; i < FINDER_COMPARE_MAX; i++)
			c[i] = c[i + FINDER_COMPARE_MAX] =
			    i < cmp->count ? DB_TEXT(cmp->text[i]) : DB_NULL;
		rc = db_query(db, SQL_COMPARE, c, 2 * FINDER_COMPARE_MAX, rows_add, &compared);
	}
	if (rc != DB_OK)
		goto out;
	H(h, "<h1>");
	html_t(h, "finder.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "finder.lead");
	H(h, "</p>");
	if (cmp->count > FINDER_COMPARE_MAX) {
		H(h, "<p class=\"notice\" role=\"status\">");
		html_t(h, "finder.compare.limit");
		H(h, " ");
		for (unsigned int i = FINDER_COMPARE_MAX; i < cmp->count; i++) {
			if (i > FINDER_COMPARE_MAX)
				H(h, ", ");
			H(h, "<strong>");
			html_text(h, f.names[i] != NULL ? f.names[i] : cmp->text[i]);
			H(h, "</strong>");
		}
		H(h, "</p>");
	}
	if (compared.n > 0) {
		if ((rc = comparison(req, pg, cmp)) != DB_OK)
			goto out;
		/* the comparison's zones may be asked about together */
		if ((rc = inquiry_box(req, pg, &compared, Z_SLUG, Z_NAME, Z_NAME_EN)) != DB_OK)
			goto out;
	}
	{
		/* the zones of the list: its kind and minimum, never a suspended zone */
		struct db_param m[MAP_BINDS];
		const struct rows *z;

		for (unsigned int i = 0; i < MAP_BINDS; i++)
			m[i] = DB_NULL;
		m[0] = m[1] = p[1];
		m[4] = m[5] = p[0];
		m[ZONES_BINDS] = m[ZONES_BINDS + 1] = DB_TEXT("suspended");
		if ((rc = map_read(req, m, &z)) != DB_OK)
			goto out;
		map_figure(req, pg, z, NULL);
	}
	rc = forms(h, req, f.n);
out:
	if (f.names != NULL)
		for (unsigned int i = 0; i < cmp->count; i++)
			free(f.names[i]);
	free(f.names);
	return db_http_status(rc);
}

/* GET /zones — the zone directory, with filters by type, management board, minimum
 * available hectares and status. */
#include "boards.h"
#include "map.h"

#include <stdio.h>

const struct param_decl zones_params[] = {
	{ .name = "kind", .type = PARAM_ENUM, .choices = vocab_zone_kinds },
	{ .name = "board", .type = PARAM_SLUG },
	{ .name = "min_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000 },
	{ .name = "status", .type = PARAM_ENUM, .choices = vocab_zone_statuses },
	{ .name = NULL },
};

void
zones_bind(struct request *req, struct db_param p[ZONES_BINDS])
{
	const struct param_value *min = param(req, "min_ha");

	p[0] = p[1] = public_opt_text(req, "kind");
	p[2] = p[3] = public_opt_text(req, "board");
	p[4] = p[5] = min->count ? DB_DOUBLE(min->d[0]) : DB_NULL;
	p[6] = p[7] = public_opt_text(req, "status");
}

struct board_options {
	struct html	*h;
	const char	*cur;
};

static int
board_option(void *ctx, const struct db_row *r)
{
	struct board_options *o = ctx;
	struct html *h = o->h;
	const char *slug = db_col(r, "@slug");

	H(h, "<option value=\"");
	html_text(h, slug);
	H(h, "\"");
	if (o->cur != NULL && slug != NULL && strcmp(o->cur, slug) == 0)
		H(h, " selected");
	H(h, ">");
	html_pick(h, db_col(r, "name"), db_col(r, "name_en"));
	H(h, "</option>");
	return 0;
}

enum db_status
boards_options(struct request *req, struct html *h, const char *cur)
{
	struct board_options o = { h, cur };

	return db_query(public_db(req), SQL_BOARDS, NULL, 0, board_option, &o);
}

static enum db_status
filters_form(struct request *req, struct html *h)
{
	enum db_status rc;

	H(h, "<form class=\"filters\" method=\"get\" action=\"");
	html_base(h);
	H(h, "/zones\">");
	form_select_open(h, "f-kind", "kind", "zones.filter.kind");
	block_vocab_options(h, VOCAB_ZONE_KIND, param_text(req, "kind"));
	H(h, "</select></div>");
	form_select_open(h, "f-board", "board", "zones.filter.board");
	rc = boards_options(req, h, param_text(req, "board"));
	H(h, "</select></div><div><label for=\"f-min\">");
	html_t(h, "zones.filter.min_ha");
	H(h, "</label><input id=\"f-min\" name=\"min_ha\" type=\"number\" min=\"0\" step=\"any\""
	    " inputmode=\"decimal\" value=\"");
	html_text(h, param_text(req, "min_ha"));
	H(h, "\"></div>");
	form_select_open(h, "f-status", "status", "zones.filter.status");
	block_vocab_options(h, VOCAB_ZONE_STATUS, param_text(req, "status"));
	H(h, "</select></div><div class=\"actions\"><button type=\"submit\">");
	html_t(h, "common.filter");
	H(h, "</button></div></form>");
	return rc;
}

static void
table_head(struct html *h)
{
	static const struct block_col cols[] = {
		{ "zone.name", false }, { "zone.kind", false }, { "zone.total", true },
		{ "zone.leasable", true }, { "zone.leased", true }, { "zone.available", true },
		{ "zone.occupancy", false }, { "zone.projects", true }, { "zone.overdue", true },
	};

	block_table_open(h, "zones.caption", cols, sizeof(cols) / sizeof(cols[0]));
}

/* a count of the zone's projects (its overdue ones), linking to the registry's list of them */
static void
count_cell(struct page *pg, const char *label, const char *slug, bool overdue,
    const char *count, const char *sample)
{
	struct html *h = &pg->h;

	block_cell_open(h, true, label);
	H(h, "<a href=\"");
	html_base(h);
	H(h, "/projects?zone=");
	html_urlpart(h, slug);
	if (overdue)
		H(h, "&amp;overdue=1");
	H(h, "\">");
	html_fig(h, count, FIG_COUNT);
	H(h, "</a>");
	page_sample_mark(pg, sample);
	H(h, "</td>");
}

/* the directory's rows, written as they arrive */
struct dir_rows {
	struct page	*pg;
	unsigned long	 n;
};

static int
zone_row(void *ctx, const struct db_row *r)
{
	struct dir_rows *rows = ctx;
	struct page *pg = rows->pg;
	struct html *h = &pg->h;
	const char *slug = db_col(r, "@slug"), *kind = db_col(r, "@kind");
	const char *pct = db_col(r, "occupancy_pct");
	static const char *const ha[][2] = { { "total_ha", "zone.total" },
	    { "leasable_ha", "zone.leasable" }, { "leased_ha", "zone.leased" },
	    { "available_ha", "zone.available" } };

	rows->n++;
	H(h, "<tr><th scope=\"row\"><a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, slug);
	H(h, "\">");
	html_pick(h, db_col(r, "name"), db_col(r, "name_en"));
	H(h, "</a>");
	page_sample_mark(pg, db_col(r, "is_sample"));
	if (db_col(r, "parent_slug") != NULL) {
		H(h, "<br><small>");
		html_t(h, "zone.inside");
		H(h, " ");
		html_pick(h, db_col(r, "parent_name"), db_col(r, "parent_name_en"));
		H(h, "</small>");
	}
	H(h, "<br><small>");
	html_pick(h, db_col(r, "board_name"), db_col(r, "board_name_en"));
	H(h, "</small></th>");
	block_cell_open(h, false, "zone.kind");
	H(h, "<abbr title=\"");
	html_tv(h, "zone.kind.", kind);
	H(h, "\">");
	{
		char key[64];

		snprintf(key, sizeof(key), "zone.kind.%s.abbr", kind ? kind : "");
		html_t(h, key);
	}
	H(h, "</abbr><br><small>");
	html_tv(h, "zone.status.", db_col(r, "@status"));
	H(h, "</small></td>");
	for (size_t i = 0; i < sizeof(ha) / sizeof(ha[0]); i++) {
		block_cell_open(h, true, ha[i][1]);
		html_fig(h, db_col(r, ha[i][0]), FIG_HA);
		H(h, "</td>");
	}
	block_cell_open(h, false, "zone.occupancy");
	block_meter(h, pct, i18n_get(h->lang, "zone.occupancy"));
	H(h, " ");
	html_fig(h, pct, FIG_PCT);
	H(h, "<br><small>");
	html_date(h, db_col(r, "occupancy_as_of"));
	H(h, "</small>");
	block_stale_mark(h, db_col(r, "occupancy_stale"));
	H(h, "</td>");
	count_cell(pg, "zone.projects", slug, false, db_col(r, "projects"),
	    db_col(r, "projects_sample"));
	count_cell(pg, "zone.overdue", slug, true, db_col(r, "overdue"),
	    db_col(r, "overdue_sample"));
	H(h, "</tr>");
	return 0;
}

int
page_zones(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db_param p[ZONES_BINDS];
	struct dir_rows rows = { pg, 0 };
	struct buf *main = h->b, table;
	const char *q = req->query_string != NULL ? req->query_string : "";
	const char *qm = *q != '\0' ? "?" : "";
	enum db_status rc;

	html_t(&pg->title, "zones.title");
	H(h, "<h1>");
	html_t(h, "zones.title");
	H(h, "</h1>");
	if ((rc = filters_form(req, h)) != DB_OK)
		return db_http_status(rc);
	/* the rows are written aside: the count line before them says how many they are */
	zones_bind(req, p);
	buf_init(&table);
	h->b = &table;
	rc = db_query(public_db(req), SQL_ZONES, p, ZONES_BINDS, zone_row, &rows);
	h->b = main;
	if (rc != DB_OK) {
		buf_free(&table);
		return db_http_status(rc);
	}
	H(h, "<p class=\"count\" role=\"status\">");
	html_t(h, "zones.count");
	H(h, ": <strong>");
	html_int(h, (long long)rows.n);
	H(h, "</strong></p><p class=\"note\">");
	html_t(h, "zones.projects.scope");
	H(h, "</p>");
	if (rows.n > 0) {
		struct db_param m[MAP_BINDS];
		const struct rows *z;

		memcpy(m, p, sizeof(p));
		m[ZONES_BINDS] = m[ZONES_BINDS + 1] = DB_NULL;
		if ((rc = map_read(req, m, &z)) != DB_OK) {
			buf_free(&table);
			return db_http_status(rc);
		}
		map_figure(req, pg, z, NULL);
		H(h, "<p><a href=\"");
		html_base(h);
		H(h, "/map");
		if (*q != '\0') {
			H(h, "?");
			html_href(h, q);
		}
		H(h, "\">");
		html_t(h, "map.link");
		H(h, "</a></p>");
		table_head(h);
		buf_append(main, table.data, table.len);
		H(h, "</tbody></table></div>");
	} else {
		H(h, "<p>");
		html_t(h, "zones.none");
		H(h, "</p>");
	}
	buf_free(&table);
	page_link(pg, OD_CSV, OD_LIST, NULL, "/zones.csv%s%s", qm, q);
	page_link(pg, OD_XML, OD_LIST, NULL, "/zones.xml%s%s", qm, q);
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/zones%s%s", qm, q);
	page_link(pg, OD_GEOJSON, OD_LIST, NULL, "/zones.geojson%s%s", qm, q);
	page_link_changes_feed(pg);
	return 200;
}

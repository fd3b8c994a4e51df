/* GET /map — the map of the zones (map.c) with the same data as a table beside it; the
 * directory's filters (zones_params) choose the zones. */
#include "map.h"
#include "page.h"

#include <stdio.h>

static void
table_head(struct html *h)
{
	static const struct block_col cols[] = {
		{ "zone.name", false }, { "zone.kind", false }, { "zone.available", true },
		{ "zone.occupancy", true }, { "map.col.band", false }, { "map.col.place", false },
		{ "map.col.boundary", false },
	};

	block_table_open(h, "map.table.caption", cols, sizeof(cols) / sizeof(cols[0]));
}

static void
table_row(struct page *pg, const struct rows *z, unsigned int i)
{
	struct html *h = &pg->h;
	const char *lat = rows_get(z, i, M_LAT), *lon = rows_get(z, i, M_LON);
	const char *boundary = rows_get(z, i, M_BOUNDARY);
	char key[32];

	H(h, "<tr data-slug=\"");
	html_text(h, rows_get(z, i, M_SLUG));
	H(h, "\"><th scope=\"row\"><a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, rows_get(z, i, M_SLUG));
	H(h, "\">");
	html_pick(h, rows_get(z, i, M_NAME), rows_get(z, i, M_NAME_EN));
	H(h, "</a>");
	page_sample_mark(pg, rows_get(z, i, M_SAMPLE));
	H(h, "</th>");
	block_cell_open(h, false, "zone.kind");
	html_tv(h, "zone.kind.", rows_get(z, i, M_KIND));
	H(h, "</td>");
	block_cell_open(h, true, "zone.available");
	html_fig(h, rows_get(z, i, M_AVAILABLE), FIG_HA);
	H(h, "</td>");
	block_cell_open(h, true, "zone.occupancy");
	html_fig(h, rows_get(z, i, M_PCT), FIG_PCT);
	H(h, "</td>");
	block_cell_open(h, false, "map.col.band");
	snprintf(key, sizeof(key), "map.band-%d", map_band(rows_get(z, i, M_PCT)));
	H(h, "<span class=\"swatch ");
	html_text(h, key + 4);
	H(h, "\" aria-hidden=\"true\"></span> ");
	html_t(h, key);
	H(h, "</td>");
	block_cell_open(h, false, "map.col.place");
	if (lat != NULL && lon != NULL) {
		html_text(h, lat);
		H(h, ", ");
		html_text(h, lon);
	} else
		html_t(h, "map.no_place");
	H(h, "</td>");
	block_cell_open(h, false, "map.col.boundary");
	if (boundary != NULL) {
		html_t(h, "map.boundary.yes");
		page_sample_mark(pg, rows_get(z, i, M_BOUNDARY_SAMPLE));
	} else
		html_t(h, "map.boundary.no");
	H(h, "</td></tr>");
}

int
page_map(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db_param p[MAP_BINDS];
	const struct rows *z;
	const char *q = req->query_string != NULL ? req->query_string : "";
	const char *qm = *q != '\0' ? "?" : "";
	enum db_status rc;

	zones_bind(req, p);
	p[ZONES_BINDS] = p[ZONES_BINDS + 1] = DB_NULL;
	if ((rc = map_read(req, p, &z)) != DB_OK)
		return db_http_status(rc);
	html_t(&pg->title, "map.title");
	H(h, "<h1>");
	html_t(h, "map.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "map.lead");
	H(h, "</p><p class=\"count\" role=\"status\">");
	html_t(h, "zones.count");
	H(h, ": <strong>");
	html_int(h, (long long)z->n);
	H(h, "</strong> · <a href=\"#map-table\">");
	html_t(h, "map.to_table");
	H(h, "</a></p>");
	map_figure(req, pg, z, NULL);
	if (z->n > 0) {
		H(h, "<div id=\"map-table\">");
		table_head(h);
		for (unsigned int i = 0; i < z->n; i++)
			table_row(pg, z, i);
		H(h, "</tbody></table></div></div>");
	} else {
		H(h, "<p>");
		html_t(h, "zones.none");
		H(h, "</p>");
	}
	page_link(pg, OD_GEOJSON, OD_LIST, NULL, "/zones.geojson%s%s", qm, q);
	page_link(pg, OD_CSV, OD_LIST, NULL, "/zones.csv%s%s", qm, q);
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/zones%s%s", qm, q);
	page_link_changes_feed(pg);
	return 200;
}

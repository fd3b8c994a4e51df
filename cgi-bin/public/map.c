/* The map of the zones as inline SVG (map.h): the projection, the zones' markers and
 * boundaries, the scale bar, the north arrow, the caption and the legend. */
#include "map.h"
#include "page.h"
#include "geo.h"
#include "site.h"

#include <math.h>
#include <stdio.h>

static const char *const map_cols[M__MAX] = { "@slug", "@kind", "@status", "name", "name_en",
    "total_ha", "leasable_ha", "leased_ha", "available_ha", "occupancy_pct", "occupancy_as_of",
    "latitude", "longitude", "boundary_geojson", "boundary_is_sample", "is_sample",
    "parent_slug" };

/* the worker's zones of the page's map, emptied for each request */
static struct rows map_rows = ROWS(map_cols);

/* The tile server the site configures (map_tiles_set), for the pannable enhancement. */
static struct {
	char	url[512];
	char	attribution[512];
	char	origin[HTTP_ORIGIN_MAX];
} tiles;

int
map_tiles_set(const char *url, const char *attribution)
{
	const char *host, *end;
	size_t n;

	memset(&tiles, 0, sizeof(tiles));
	if (url == NULL && attribution == NULL)
		return 0;
	if (url == NULL || attribution == NULL || strlen(url) >= sizeof(tiles.url) ||
	    *attribution == '\0' || strlen(attribution) >= sizeof(tiles.attribution))
		return -1;
	for (const char *c = url; *c != '\0'; c++)
		if (*c <= ' ' || *c >= 0x7f || strchr("\"'<>\\`", *c) != NULL)
			return -1;
	for (const char *c = attribution; *c != '\0'; c++)
		if ((unsigned char)*c < ' ')
			return -1;
	if (strstr(url, "{z}") == NULL || strstr(url, "{x}") == NULL || strstr(url, "{y}") == NULL)
		return -1;
	/* the origin: scheme and host, no template in it, so that the policy names one host */
	host = strncmp(url, "https://", 8) == 0 ? url + 8 : strncmp(url, "http://", 7) == 0 ?
	    url + 7 : NULL;
	if (host == NULL || (end = strchr(host, '/')) == NULL)
		return -1;
	n = (size_t)(end - url);
	if (n >= sizeof(tiles.origin))
		return -1;
	memcpy(tiles.origin, url, n);
	if (!http_origin_valid(tiles.origin)) {
		tiles.origin[0] = '\0';
		return -1;
	}
	snprintf(tiles.url, sizeof(tiles.url), "%s", url);
	snprintf(tiles.attribution, sizeof(tiles.attribution), "%s", attribution);
	return 0;
}

/* km a degree of latitude on the sphere of radius 6,371 km */
#define KM_A_DEGREE	111.195

enum db_status
map_read(struct request *req, const struct db_param p[MAP_BINDS], const struct rows **out)
{
	rows_reset(&map_rows);
	*out = &map_rows;
	return rows_read(&map_rows, public_db(req), SQL_MAP_ZONES, p, MAP_BINDS);
}

int
map_band(const char *pct)
{
	char *end;
	double v;

	if (pct == NULL || *pct == '\0')
		return 0;
	v = strtod(pct, &end);
	if (*end != '\0' || isnan(v))
		return 0;
	return v < 25 ? 1 : v < 50 ? 2 : v < 75 ? 3 : 4;
}

struct extent {
	double	west, south, east, north;
	bool	any;
};

static void
extent_add(struct extent *e, double lon, double lat)
{
	if (!e->any) {
		*e = (struct extent){ lon, lat, lon, lat, true };
		return;
	}
	e->west = fmin(e->west, lon);
	e->east = fmax(e->east, lon);
	e->south = fmin(e->south, lat);
	e->north = fmax(e->north, lat);
}

static void
extent_ring(void *ctx, unsigned int polygon, unsigned int ring, const json_t *positions)
{
	double lon, lat;

	(void)polygon;
	(void)ring;
	for (size_t i = 0; i < json_array_size(positions); i++) {
		geo_position(json_array_get(positions, i), &lon, &lat);
		extent_add(ctx, lon, lat);
	}
}

/* A zone's boundary, parsed; NULL when it has none (or it is not one, which the staff
 * program never stores). */
static json_t *
boundary_of(const struct rows *z, unsigned int i)
{
	const char *text = rows_get(z, i, M_BOUNDARY);
	json_t *g = text ? json_loads(text, 0, NULL) : NULL;

	if (g != NULL && geo_rings(g, NULL, NULL) < 0) {
		json_decref(g);
		g = NULL;
	}
	return g;
}

static bool
point_of(const struct rows *z, unsigned int i, double *lon, double *lat)
{
	const char *a = rows_get(z, i, M_LAT), *o = rows_get(z, i, M_LON);

	if (a == NULL || o == NULL)
		return false;
	*lat = strtod(a, NULL);
	*lon = strtod(o, NULL);
	return true;
}

struct proj {
	double	west, north, k, s;
	double	height;
};

/* The extent (map.h) and the projection of it; false when nothing has a place. */
static bool
project(const struct request *req, const struct rows *z, struct extent *e, struct proj *p)
{
	const struct public_site *site = public_site(req);
	struct extent data = { 0 };
	double lon, lat, k;

	for (unsigned int i = 0; i < z->n; i++) {
		json_t *g = boundary_of(z, i);

		if (point_of(z, i, &lon, &lat))
			extent_add(&data, lon, lat);
		if (g != NULL)
			geo_rings(g, extent_ring, &data);
		json_decref(g);
	}
	if (!data.any)
		return false;
	if (site != NULL && site->bbox[0] != NULL && site->bbox[1] != NULL &&
	    site->bbox[2] != NULL && site->bbox[3] != NULL) {
		*e = (struct extent){ strtod(site->bbox[0], NULL), strtod(site->bbox[1], NULL),
		    strtod(site->bbox[2], NULL), strtod(site->bbox[3], NULL), true };
		extent_add(e, data.west, data.south);
		extent_add(e, data.east, data.north);
	} else {
		double mx = fmax((data.east - data.west) / 20, 0.01);
		double my = fmax((data.north - data.south) / 20, 0.01);

		*e = (struct extent){ data.west - mx, data.south - my, data.east + mx,
		    data.north + my, true };
	}
	k = cos((e->south + e->north) / 2 * M_PI / 180);
	p->west = e->west;
	p->north = e->north;
	p->k = k;
	p->s = fmin((MAP_WIDTH - 2 * MAP_MARGIN) / ((e->east - e->west) * k),
	    (MAP_MAX_HEIGHT - 2 * MAP_MARGIN) / (e->north - e->south));
	p->height = round(2 * MAP_MARGIN + (e->north - e->south) * p->s);
	return true;
}

static void
num(struct html *h, double v)
{
	char s[48];

	snprintf(s, sizeof(s), "%.1f", v);
	html_text(h, s);
}

static void
deg(struct html *h, double v)
{
	char s[48];

	snprintf(s, sizeof(s), "%.6f", v);
	html_text(h, s);
}

struct ring_out {
	struct html		*h;
	const struct proj	*p;
};

static void
path_ring(void *ctx, unsigned int polygon, unsigned int ring, const json_t *positions)
{
	struct ring_out *o = ctx;
	double lon, lat;

	(void)polygon;
	(void)ring;
	for (size_t i = 0; i + 1 < json_array_size(positions); i++) {
		geo_position(json_array_get(positions, i), &lon, &lat);
		if (i == 0)
			H(o->h, "M");
		else
			H(o->h, " L");
		num(o->h, MAP_MARGIN + (lon - o->p->west) * o->p->k * o->p->s);
		H(o->h, " ");
		num(o->h, MAP_MARGIN + (o->p->north - lat) * o->p->s);
	}
	H(o->h, " Z ");
}

/* a zone's colour: band-N of its occupancy (map_band) */
static void
band_class(struct html *h, const struct rows *z, unsigned int i)
{
	char cls[16];

	snprintf(cls, sizeof(cls), "band-%d", map_band(rows_get(z, i, M_PCT)));
	html_text(h, cls);
}

/* The boundaries, under the markers: shapes only (each zone's link is its marker). */
static void
areas(struct page *pg, const struct rows *z, const struct proj *p, const char *current)
{
	struct html *h = &pg->h;
	struct ring_out o = { h, p };

	H(h, "<g class=\"areas\" aria-hidden=\"true\">");
	for (unsigned int i = 0; i < z->n; i++) {
		json_t *g = boundary_of(z, i);
		bool sample = rows_get(z, i, M_BOUNDARY_SAMPLE) != NULL &&
		    strcmp(rows_get(z, i, M_BOUNDARY_SAMPLE), "1") == 0;

		if (g == NULL)
			continue;
		page_sample(pg, rows_get(z, i, M_BOUNDARY_SAMPLE));
		H(h, "<path class=\"area ");
		band_class(h, z, i);
		if (sample)
			H(h, " sample");
		if (current != NULL && strcmp(current, rows_get(z, i, M_SLUG)) == 0)
			H(h, " current");
		H(h, "\" data-slug=\"");
		html_text(h, rows_get(z, i, M_SLUG));
		H(h, "\" d=\"");
		geo_rings(g, path_ring, &o);
		H(h, "\"></path>");
		json_decref(g);
	}
	H(h, "</g>");
}

/* a zone's text: its name, the land it has left, how full it is */
static void
zone_title(struct page *pg, const struct rows *z, unsigned int i)
{
	struct html *h = &pg->h;

	html_pick(h, rows_get(z, i, M_NAME), rows_get(z, i, M_NAME_EN));
	H(h, ": ");
	html_fig(h, rows_get(z, i, M_AVAILABLE), FIG_HA);
	H(h, " ");
	html_t(h, "map.available");
	if (rows_get(z, i, M_PCT) != NULL) {
		H(h, ", ");
		html_fig(h, rows_get(z, i, M_PCT), FIG_PCT);
		H(h, " ");
		html_t(h, "map.leased");
	}
	if (rows_get(z, i, M_SAMPLE) != NULL && strcmp(rows_get(z, i, M_SAMPLE), "1") == 0) {
		H(h, " (");
		html_t(h, "sample.mark");
		H(h, ")");
	}
}

/* a circle's cx and cy: where the projection puts lon, lat */
static void
center(struct html *h, const struct proj *p, double lon, double lat)
{
	H(h, " cx=\"");
	num(h, MAP_MARGIN + (lon - p->west) * p->k * p->s);
	H(h, "\" cy=\"");
	num(h, MAP_MARGIN + (p->north - lat) * p->s);
	H(h, "\"");
}

static void
markers(struct page *pg, const struct rows *z, const struct proj *p, const char *current)
{
	struct html *h = &pg->h;
	double lon, lat;

	for (unsigned int i = 0; i < z->n; i++) {
		const char *slug = rows_get(z, i, M_SLUG);
		bool kkt = rows_get(z, i, M_KIND) != NULL && strcmp(rows_get(z, i, M_KIND), "kkt") == 0;
		bool cur = current != NULL && strcmp(current, slug) == 0;

		if (!point_of(z, i, &lon, &lat))
			continue;
		page_sample(pg, rows_get(z, i, M_SAMPLE));
		H(h, "<a class=\"zone ");
		band_class(h, z, i);
		if (kkt)
			H(h, " kkt");
		if (cur)
			H(h, " current\" aria-current=\"page");
		H(h, "\" href=\"");
		html_base(h);
		H(h, "/zones/");
		html_urlpart(h, slug);
		H(h, "\" data-slug=\"");
		html_text(h, slug);
		H(h, "\" data-lat=\"");
		deg(h, lat);
		H(h, "\" data-lon=\"");
		deg(h, lon);
		H(h, "\"><title>");
		zone_title(pg, z, i);
		/* a target of 24 px around the dot */
		H(h, "</title><circle class=\"hit\"");
		center(h, p, lon, lat);
		H(h, " r=\"12\"></circle><circle class=\"dot\"");
		center(h, p, lon, lat);
		if (kkt)
			H(h, " r=\"8\"></circle></a>");
		else
			H(h, " r=\"6\"></circle></a>");
	}
}

/* The scale bar's length in km (map.h). */
static long
scale_km(const struct proj *p)
{
	double px_km = p->s / KM_A_DEGREE, best = 1;

	for (double decade = 1; decade <= 10000; decade *= 10)
		for (int m = 0; m < 3; m++) {
			double l = decade * (m == 0 ? 1 : m == 1 ? 2 : 5);

			if (l * px_km <= MAP_WIDTH / 4.0)
				best = l;
		}
	return (long)best;
}

/* the scale bar, bottom left, and the north arrow, top right */
static void
furniture(struct html *h, const struct proj *p, long km)
{
	double len = (double)km * p->s / KM_A_DEGREE, y = p->height - MAP_MARGIN;
	double nx = MAP_WIDTH - MAP_MARGIN - 14;

	H(h, "<g class=\"scale\" aria-hidden=\"true\" data-km=\"");
	html_int(h, km);
	H(h, "\"><path class=\"bar\" d=\"M");
	num(h, MAP_MARGIN);
	H(h, " ");
	num(h, y - 6);
	H(h, " V");
	num(h, y);
	H(h, " H");
	num(h, MAP_MARGIN + len);
	H(h, " V");
	num(h, y - 6);
	H(h, "\"></path><text x=\"");
	num(h, MAP_MARGIN);
	H(h, "\" y=\"");
	num(h, y - 10);
	H(h, "\">");
	html_int(h, km);
	H(h, " km</text></g><g class=\"north\" aria-hidden=\"true\"><path d=\"M");
	num(h, nx);
	H(h, " ");
	num(h, MAP_MARGIN);
	H(h, " l9 22 l-9 -6 l-9 6 Z\"></path><text x=\"");
	num(h, nx);
	H(h, "\" y=\"");
	num(h, MAP_MARGIN + 40);
	H(h, "\" text-anchor=\"middle\">");
	html_t(h, "map.north.abbr");
	H(h, "</text></g>");
}

static void
legend(struct html *h)
{
	static const char *const items[] = { "band-1", "band-2", "band-3", "band-4", "band-0" };

	H(h, "<ul class=\"map-legend\">");
	for (size_t i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
		H(h, "<li><span class=\"swatch ");
		html_text(h, items[i]);
		H(h, "\" aria-hidden=\"true\"></span>");
		html_tv(h, "map.", items[i]);
		H(h, "</li>");
	}
	H(h, "<li><span class=\"swatch kkt\" aria-hidden=\"true\"></span>");
	html_t(h, "map.legend.kkt");
	H(h, "</li><li><span class=\"swatch area sample\" aria-hidden=\"true\"></span>");
	html_t(h, "map.legend.sample");
	H(h, "</li></ul>");
}

void
map_figure(struct request *req, struct page *pg, const struct rows *z, const char *current)
{
	struct html *h = &pg->h;
	struct extent e;
	struct proj p;
	long km;

	if (!project(req, z, &e, &p))
		return;
	km = scale_km(&p);
	H(h, "<figure class=\"map\" aria-labelledby=\"map-cap\"");
	if (tiles.url[0] != '\0') {
		/* the pannable map over the configured tiles (htdocs/static/map.js), Leaflet from
		 * the site itself; images from that one host besides the site */
		http_page_policy_images(req, tiles.origin);
		H(&pg->head, "<link rel=\"stylesheet\" href=\"/static/leaflet/leaflet.css\">"
		    "<script src=\"/static/leaflet/leaflet.js\" defer></script>"
		    "<script src=\"/static/map.js?v=1\" defer></script>");
		H(h, " data-tiles=\"");
		html_text(h, tiles.url);
		H(h, "\" data-attribution=\"");
		html_text(h, tiles.attribution);
		H(h, "\" data-geojson=\"/zones.geojson\"");
	}
	H(h, "><div class=\"map-scroll\""
	    " data-scroll=\"x\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "map.title");
	H(h, "\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
	html_int(h, MAP_WIDTH);
	H(h, "\" height=\"");
	html_int(h, (long long)p.height);
	H(h, "\" viewBox=\"0 0 ");
	html_int(h, MAP_WIDTH);
	H(h, " ");
	html_int(h, (long long)p.height);
	H(h, "\" role=\"group\" aria-labelledby=\"map-t\" data-west=\"");
	deg(h, e.west);
	H(h, "\" data-south=\"");
	deg(h, e.south);
	H(h, "\" data-east=\"");
	deg(h, e.east);
	H(h, "\" data-north=\"");
	deg(h, e.north);
	H(h, "\" data-scale=\"");
	{
		char s[48];

		snprintf(s, sizeof(s), "%.6f", p.s);
		html_text(h, s);
	}
	H(h, "\"><title id=\"map-t\">");
	html_t(h, "map.title");
	H(h, "</title><rect class=\"ground\" width=\"100%\" height=\"100%\"></rect>");
	areas(pg, z, &p, current);
	markers(pg, z, &p, current);
	furniture(h, &p, km);
	H(h, "</svg></div>");
	legend(h);
	H(h, "<figcaption id=\"map-cap\">");
	html_t(h, "map.caption");
	H(h, " ");
	html_t(h, "map.scale");
	H(h, " ");
	html_int(h, km);
	H(h, " km.</figcaption></figure>");
}

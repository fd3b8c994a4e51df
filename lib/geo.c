/* Zones' boundaries as GeoJSON geometries (geo.h). */
#include "geo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*ring_fn)(void *, unsigned int, unsigned int, const json_t *);

/* The polygons of a geometry: a Polygon is one, a MultiPolygon's coordinates a list. */
static const char *
polygons_of(const json_t *g, const json_t **coords, bool *multi)
{
	const char *type;

	if (!json_is_object(g))
		return "geo.error.type";
	type = json_string_value(json_object_get(g, "type"));
	if (type == NULL || (strcmp(type, "Polygon") != 0 && strcmp(type, "MultiPolygon") != 0))
		return "geo.error.type";
	*multi = strcmp(type, "MultiPolygon") == 0;
	*coords = json_object_get(g, "coordinates");
	if (!json_is_array(*coords) || json_array_size(*coords) == 0)
		return "geo.error.coordinates";
	return NULL;
}

/* A position is an array of exactly two numbers: longitude, latitude. */
static bool
position_ok(const json_t *p)
{
	return json_is_array(p) && json_array_size(p) == 2 &&
	    json_is_number(json_array_get(p, 0)) && json_is_number(json_array_get(p, 1));
}

void
geo_position(const json_t *p, double *lon, double *lat)
{
	*lon = json_number_value(json_array_get(p, 0));
	*lat = json_number_value(json_array_get(p, 1));
}

/* Each ring of each polygon, checked for its form (arrays, positions of two numbers, at
 * least 4 positions, closed) and counted against the limit; fn (may be NULL) sees each. */
static const char *
walk(const json_t *g, ring_fn fn, void *ctx, unsigned int *nrings)
{
	const json_t *coords;
	bool multi;
	const char *why;
	size_t npolygons, positions = 0;

	*nrings = 0;
	if ((why = polygons_of(g, &coords, &multi)) != NULL)
		return why;
	npolygons = multi ? json_array_size(coords) : 1;
	for (size_t k = 0; k < npolygons; k++) {
		const json_t *poly = multi ? json_array_get(coords, k) : coords;

		if (!json_is_array(poly) || json_array_size(poly) == 0)
			return "geo.error.coordinates";
		for (size_t r = 0; r < json_array_size(poly); r++) {
			const json_t *ring = json_array_get(poly, r);
			size_t n = json_is_array(ring) ? json_array_size(ring) : 0;
			double lon0, lat0, lon1, lat1;

			if (!json_is_array(ring) || (n > 0 && json_is_number(json_array_get(ring, 0))))
				return "geo.error.coordinates";
			for (size_t i = 0; i < n; i++)
				if (!position_ok(json_array_get(ring, i)))
					return "geo.error.position";
			if ((positions += n) > GEO_MAX_POSITIONS)
				return "geo.error.too_many";
			if (n < 4)
				return "geo.error.ring_short";
			geo_position(json_array_get(ring, 0), &lon0, &lat0);
			geo_position(json_array_get(ring, n - 1), &lon1, &lat1);
			if (lon0 != lon1 || lat0 != lat1)
				return "geo.error.ring_open";
			if (fn != NULL)
				fn(ctx, (unsigned int)k, (unsigned int)r, ring);
			(*nrings)++;
		}
	}
	return NULL;
}

int
geo_rings(const json_t *g, ring_fn fn, void *ctx)
{
	unsigned int n;

	return walk(g, fn, ctx, &n) == NULL ? (int)n : -1;
}

static bool
inside(const struct geo_box *b, double lon, double lat)
{
	return lon >= b->west && lon <= b->east && lat >= b->south && lat <= b->north;
}

struct place_check {
	const struct geo_box	*box;
	const char		*why;
};

/* Every position within the ranges and the box; one that fits only with its two numbers
 * swapped was written [latitude, longitude]. */
static void
place_ring(void *ctx, unsigned int polygon, unsigned int ring, const json_t *positions)
{
	struct place_check *c = ctx;
	static const struct geo_box world = { -180, -90, 180, 90, true };
	const struct geo_box *box = c->box != NULL && c->box->set ? c->box : &world;
	double lon, lat;

	(void)polygon;
	(void)ring;
	for (size_t i = 0; c->why == NULL && i < json_array_size(positions); i++) {
		geo_position(json_array_get(positions, i), &lon, &lat);
		if (inside(box, lon, lat))
			continue;
		if (inside(box, lat, lon))
			c->why = "geo.error.swapped";
		else
			c->why = box == &world ? "geo.error.range" : "geo.error.outside";
	}
}

const char *
geo_boundary_check(const char *text, const struct geo_box *box, char **canonical)
{
	struct place_check c = { box, NULL };
	json_error_t err;
	json_t *g, *out;
	unsigned int nrings;
	const char *why;

	*canonical = NULL;
	if (strlen(text) > GEO_MAX_CHARS)
		return "geo.error.too_long";
	if ((g = json_loads(text, JSON_REJECT_DUPLICATES, &err)) == NULL)
		return "geo.error.json";
	why = walk(g, place_ring, &c, &nrings);
	if (why == NULL)
		why = c.why;
	if (why == NULL) {
		out = json_pack("{s:O, s:O}", "type", json_object_get(g, "type"), "coordinates",
		    json_object_get(g, "coordinates"));
		*canonical = out ? json_dumps(out, JSON_COMPACT | JSON_REAL_PRECISION(15)) : NULL;
		json_decref(out);
		if (*canonical == NULL)
			why = "geo.error.json";
	}
	json_decref(g);
	return why;
}

static void
count_ring(void *ctx, unsigned int polygon, unsigned int ring, const json_t *positions)
{
	(void)polygon;
	(void)ring;
	*(size_t *)ctx += json_array_size(positions);
}

char *
geo_summary(const char *text)
{
	json_t *g;
	size_t n = 0;
	char out[64];

	if (text == NULL)
		return NULL;
	g = json_loads(text, 0, NULL);
	if (g == NULL || geo_rings(g, count_ring, &n) < 0)
		snprintf(out, sizeof(out), "?");
	else
		snprintf(out, sizeof(out), "%s:%zu", json_string_value(json_object_get(g, "type")), n);
	json_decref(g);
	return strdup(out);
}

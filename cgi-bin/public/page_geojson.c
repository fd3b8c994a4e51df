/* GET /zones.geojson — the zones as an RFC 7946 FeatureCollection, with the directory's
 * filters (zones_params): for each zone one Feature whose geometry is its Point (null when
 * it has no coordinates), and, where a boundary is recorded, a second Feature whose
 * geometry is that Polygon or MultiPolygon; both carry the zone's facts as properties,
 * told apart by "geometry_role" ("point", "boundary") and their ids ("<slug>",
 * "<slug>/boundary"). Coordinates are [longitude, latitude] in WGS 84. */
#include "map.h"
#include "opendata.h"

#include <stdio.h>

static bool
flag(const char *v)
{
	return v != NULL && strcmp(v, "1") == 0;
}

static json_t *
properties(const struct rows *z, unsigned int i, const char *role)
{
	char path[128];
	char *url;
	json_t *o;

	snprintf(path, sizeof(path), "/zones/%s", rows_get(z, i, M_SLUG));
	url = od_url(path);
	o = json_pack("{s:s, s:s, s:s?, s:s?, s:s?, s:s?, s:o, s:o, s:o, s:o, s:o, s:s?, s:s?,"
	    " s:s?, s:b, s:b, s:b}",
	    "geometry_role", role,
	    "slug", rows_get(z, i, M_SLUG),
	    "name", rows_get(z, i, M_NAME),
	    "name_en", rows_get(z, i, M_NAME_EN),
	    "kind", rows_get(z, i, M_KIND),
	    "status", rows_get(z, i, M_STATUS),
	    "total_ha", od_number(rows_get(z, i, M_TOTAL)),
	    "leasable_ha", od_number(rows_get(z, i, M_LEASABLE)),
	    "leased_ha", od_number(rows_get(z, i, M_LEASED)),
	    "available_ha", od_number(rows_get(z, i, M_AVAILABLE)),
	    "occupancy_pct", od_number(rows_get(z, i, M_PCT)),
	    "occupancy_as_of", rows_get(z, i, M_AS_OF),
	    "parent", rows_get(z, i, M_PARENT),
	    "url", url,
	    "is_sample", flag(rows_get(z, i, M_SAMPLE)),
	    "has_boundary", rows_get(z, i, M_BOUNDARY) != NULL,
	    "boundary_is_sample", rows_get(z, i, M_BOUNDARY) != NULL &&
	    flag(rows_get(z, i, M_BOUNDARY_SAMPLE)));
	free(url);
	return o;
}

int
page_zones_geojson(struct request *req)
{
	struct db_param p[MAP_BINDS];
	const struct rows *z;
	const struct public_site *site = public_site(req);
	json_t *features = json_array(), *doc;
	enum db_status rc;
	char *s;

	od_cors(req);
	zones_bind(req, p);
	p[ZONES_BINDS] = p[ZONES_BINDS + 1] = DB_NULL;
	if ((rc = map_read(req, p, &z)) != DB_OK) {
		json_decref(features);
		return db_http_status(rc);
	}
	for (unsigned int i = 0; i < z->n; i++) {
		const char *lat = rows_get(z, i, M_LAT), *lon = rows_get(z, i, M_LON);
		const char *boundary = rows_get(z, i, M_BOUNDARY);
		json_t *point = json_null(), *g;
		char id[128];

		if (lat != NULL && lon != NULL)
			point = json_pack("{s:s, s:[o, o]}", "type", "Point", "coordinates",
			    od_number(lon), od_number(lat));
		json_array_append_new(features, json_pack("{s:s, s:s, s:o, s:o}", "type", "Feature",
		    "id", rows_get(z, i, M_SLUG), "geometry", point,
		    "properties", properties(z, i, "point")));
		/* the stored boundary is the geometry as the staff program checked it */
		if (boundary == NULL || (g = json_loads(boundary, 0, NULL)) == NULL)
			continue;
		snprintf(id, sizeof(id), "%s/boundary", rows_get(z, i, M_SLUG));
		json_array_append_new(features, json_pack("{s:s, s:s, s:o, s:o}", "type", "Feature",
		    "id", id, "geometry", g, "properties", properties(z, i, "boundary")));
	}
	doc = json_pack("{s:s, s:o, s:{s:s?, s:s?}}", "type", "FeatureCollection",
	    "features", features, "licence", "name", site ? site->licence_name : NULL,
	    "url", site ? site->licence_url : NULL);
	s = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(15));
	json_decref(doc);
	if (s == NULL)
		return 500;
	http_send(req, s, strlen(s), "application/geo+json");
	free(s);
	return PAGE_DONE;
}

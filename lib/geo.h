/* Zones' boundaries as GeoJSON geometries (RFC 7946): the check staff input goes through
 * (a Polygon or MultiPolygon of [longitude, latitude] positions in WGS 84, closed rings,
 * within the province's bounding box, bounded in size), and the walk over its rings that
 * the map and the GeoJSON download make. */
#ifndef MB_GEO_H
#define MB_GEO_H

#include <stdbool.h>

#include <jansson.h>

/* The largest boundary accepted: positions in all its rings, and characters of its text. */
#define GEO_MAX_POSITIONS	2000
#define GEO_MAX_CHARS		65536

/* A bounding box in decimal degrees; set false: none (only the ranges of longitude and
 * latitude are checked). */
struct geo_box {
	double	west, south, east, north;
	bool	set;
};

/* Checks a boundary typed by staff. Returns NULL with *canonical (malloc'd; the geometry
 * as stored: compact JSON of "type" then "coordinates", nothing else), or the catalog key
 * of the reason it is refused (geo.error.*), *canonical NULL. box may be NULL. */
const char	*geo_boundary_check(const char *text, const struct geo_box *box,
		    char **canonical);
/* Calls fn for each linear ring of a Polygon or MultiPolygon geometry (polygon: its index
 * among the polygons; ring: 0 for the outer ring); returns the number of rings, or -1 when
 * the value is not such a geometry with well-formed rings of [lon, lat] numbers. */
int		 geo_rings(const json_t *geometry,
		    void (*fn)(void *ctx, unsigned int polygon, unsigned int ring,
		    const json_t *positions), void *ctx);
/* A position's longitude and latitude (a ring's element, as geo_rings hands them). */
void		 geo_position(const json_t *position, double *lon, double *lat);

/* What the change history records of a boundary (its text is too long for it): "<type>:
 * <positions>", e.g. "Polygon:7"; NULL for NULL (caller frees). */
char		*geo_summary(const char *text);

#endif

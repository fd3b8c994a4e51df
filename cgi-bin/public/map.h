/* The map of the zones, drawn by the page itself as inline SVG (no script, no tiles): each
 * zone a link at its coordinates, with its boundary where one is recorded, coloured by its
 * occupancy band, a scale bar in km and a north arrow. /map, /zones, a zone's page and the
 * finder show it; /map has the same data as a table beside it.
 *
 * Projection (equirectangular, so that a test recomputes every marker): the extent is the
 * province's bounding box (provinces.bbox_*, migration 026), widened to every zone's point
 * and boundary; without a box, those alone, with a margin of a twentieth of their span (at
 * least 0.01°). With phi0 its middle latitude and k = cos(phi0):
 *
 *   s = min((MAP_WIDTH - 2 MAP_MARGIN) / ((east - west) k),
 *           (MAP_MAX_HEIGHT - 2 MAP_MARGIN) / (north - south))      px a degree of latitude
 *   x = MAP_MARGIN + (lon - west) k s      y = MAP_MARGIN + (north - lat) s
 *   height = round(2 MAP_MARGIN + (north - south) s)
 *
 * each written with one decimal. The <svg> carries the extent (data-west, data-south,
 * data-east, data-north) and s (data-scale); each zone's marker is the circle of class "dot"
 * at (x, y) inside the zone's <a data-slug>. The scale bar is L km long, L the largest of
 * 1, 2, 5 × a power of ten whose length L s / 111.195 px (a degree of latitude on the sphere
 * of radius 6,371 km) is at most a quarter of the width. The SVG is drawn at its own size in
 * px (no scaling, so that its text and its links' targets keep their size), in a region that
 * scrolls sideways on a narrow screen. */
#ifndef MB_MAP_H
#define MB_MAP_H

#include "public.h"
#include "rows.h"

struct page;	/* page.h (not included: the open data's handlers use this header too) */

#define MAP_WIDTH	640
#define MAP_MAX_HEIGHT	640
#define MAP_MARGIN	16

/* SQL_MAP_ZONES, as kept by map_read */
enum { M_SLUG, M_KIND, M_STATUS, M_NAME, M_NAME_EN, M_TOTAL, M_LEASABLE, M_LEASED, M_AVAILABLE,
    M_PCT, M_AS_OF, M_LAT, M_LON, M_BOUNDARY, M_BOUNDARY_SAMPLE, M_SAMPLE, M_PARENT, M__MAX };

/* The binds of SQL_MAP_ZONES: the directory's (zones_bind), then a status left out. */
#define MAP_BINDS	(ZONES_BINDS + 2)

/* The zones the binds select, kept in the worker's set (valid until the next call). */
enum db_status	 map_read(struct request *, const struct db_param p[MAP_BINDS],
		    const struct rows **);
/* The map of the zones: a <figure> with the SVG, its caption (what it shows, the scale) and
 * its legend; current (a zone's slug, or NULL) is drawn highlighted. Nothing when no zone
 * has coordinates. Marks the page sample when a sample figure is shown. */
void		 map_figure(struct request *, struct page *, const struct rows *,
		    const char *current);
/* The tile server of the pannable enhancement (README, Configuration: map_tiles_url,
 * map_tiles_attribution): both NULL for none; a URL template of http or https with {z},
 * {x} and {y} in its path and a fixed host, and its attribution text. Returns 0, or -1 when
 * they are not that (nothing is set). */
int		 map_tiles_set(const char *url, const char *attribution);
/* A zone's occupancy band, 0 (no land to lease) to 4 (75 % and more leased), for its
 * colour (class band-N) and its text (catalog map.band.N). */
int		 map_band(const char *occupancy_pct);

#endif

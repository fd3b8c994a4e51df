/* The public program: statements, shared helpers and the page handlers. */
#ifndef MB_PUBLIC_H
#define MB_PUBLIC_H

#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "dbxml.h"
#include "http.h"
#include "params.h"
#include "render.h"
#include "router.h"
#include "server.h"

enum public_sql {
#define S(id, sql) id,
#include "sql/site.def"
#include "sql/home.def"
#include "sql/targets.def"
#include "sql/zones.def"
#include "sql/zone.def"
#include "sql/projects.def"
#include "sql/project.def"
#include "sql/changes.def"
#include "sql/indices.def"
#include "sql/finder.def"
#include "sql/map.def"
#include "sql/opendata.def"
#include "sql/announcements.def"
#include "sql/alerts.def"
#include "sql/inquiry.def"
#undef S
	SQL__MAX
};

extern const char *const public_sql[SQL__MAX];
/* The program as the server runs it (app.c). */
extern const struct app_spec public_app;

/* The changes an Atom feed lists, newest first; a zone's change page lists the same. */
#define FEED_ENTRIES	50

/* The worker's database handle. */
struct db	*public_db(struct request *);
/* An optional text parameter as a query parameter (NULL when absent). */
struct db_param	 public_opt_text(const struct request *, const char *name);
/* The n characters at s as a positive id written as the program writes ids (decimal
 * digits, no sign, no leading zero, at most max_digits), or 0 when they are not one: a
 * path, a cursor or a sitemap's part has one spelling. */
long long	 public_id(const char *s, size_t n, unsigned int max_digits);
/* The path argument as a positive id of at most 9 digits, or 0 when it is not one (the
 * page is then 404). */
long long	 public_path_id(const struct request *, unsigned int);

int	page_home(struct request *);
int	page_zones(struct request *);
int	page_zone(struct request *);
int	page_zone_changes(struct request *);
int	page_projects(struct request *);
int	page_project(struct request *);
int	page_project_changes(struct request *);
int	page_document(struct request *);
int	page_changes(struct request *);
int	page_targets(struct request *);
int	page_indices(struct request *);
int	page_index(struct request *);
int	page_finder(struct request *);
/* The map of the zones (page_map.c, map.c) and their GeoJSON (page_geojson.c). */
int	page_map(struct request *);
int	page_zones_geojson(struct request *);
/* The boards' announcements (page_announcements.c): the list, one, its feed, API and CSV
 * (a zone's board's latest: boards.h). */
int	page_announcements(struct request *);
int	page_announcement(struct request *);
int	page_feed_announcements(struct request *);
int	api_announcements(struct request *);
int	page_announcements_csv(struct request *);
extern const struct param_decl announcements_params[];
extern const struct param_decl announcements_board_params[];

extern const struct param_decl zones_params[];
extern const struct param_decl projects_params[];
extern const struct param_decl changes_params[];
extern const struct param_decl index_params[];
extern const struct param_decl finder_params[];
/* The finder's filters (finder_params) as the binds of SQL_FINDER: minimum hectares, kind
 * twice, the rent's maximum, the sector and the wastewater's minimum twice each. */
#define FINDER_BINDS	9
void	finder_bind(struct request *, struct db_param *);
/* The directory's filters (zones_params) as the binds of its statements' WHERE: kind,
 * board, min_ha and status, each twice; the page, its downloads and the API share them. */
#define ZONES_BINDS	8
void	zones_bind(struct request *, struct db_param p[ZONES_BINDS]);
/* ?before=<id> of the change history, a page's and the API's */
#define CHANGES_BEFORE_PARAM	{ .name = "before", .type = PARAM_INT, .min = 1, .max = 4000000000LL }

/* Open data (opendata.c, api_v1.c, page_download.c, page_oc4ids.c, page_feeds.c,
 * page_sitemap.c; docs/open-data.md). */
int	api_index(struct request *);
int	api_not_found(struct request *);
int	api_zones(struct request *);
int	api_zone(struct request *);
int	api_projects(struct request *);
int	api_project(struct request *);
int	api_project_history(struct request *);
int	api_targets(struct request *);
int	api_indices(struct request *);
int	api_gov_index(struct request *);
int	api_changes(struct request *);
/* The API's declared parameters: the pages' and ?limit= (api_v1.c). */
extern const struct param_decl api_projects_params[];
extern const struct param_decl api_changes_params[];
/* The answer to an error of an API route (the routes' ERRORS_JSON): JSON with CORS. */
void	api_error(struct request *, int status, const struct param_error *);
int	page_projects_csv(struct request *);
int	page_projects_json(struct request *);
int	page_projects_xml(struct request *);
int	page_zones_csv(struct request *);
int	page_zones_xml(struct request *);
int	page_finder_csv(struct request *);
int	page_changes_csv(struct request *);
int	page_targets_csv(struct request *);
int	page_indices_csv(struct request *);
int	page_data_xml(struct request *);
int	page_oc4ids(struct request *);
int	page_feed_changes(struct request *);
int	page_feed_zone(struct request *);
int	page_feed_status(struct request *);
int	page_feed_project(struct request *);
int	page_feed_projects(struct request *);
int	page_sitemap_index(struct request *);
int	page_sitemap_part(struct request *);
int	page_data(struct request *);
int	page_api_doc(struct request *);
int	page_openapi(struct request *);
int	page_schema(struct request *);
extern const struct param_decl indices_csv_params[];

#endif

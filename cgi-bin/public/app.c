/* The public program's application: its statements, its route table (path → handler,
 * parameters, template), what every page shows (decorate), its start-up and the data
 * generation its page cache is keyed by. main.c only starts it. */
#include "public.h"
#include "alerts.h"
#include "inquiry.h"
#include "map.h"
#include "page.h"
#include "registry.h"
#include "site.h"

#include <stdio.h>
#include <string.h>

const char *const public_sql[SQL__MAX] = {
#define S(id, sql) [id] = sql,
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
};

#define GET_HEAD	(METHOD_GET | METHOD_HEAD)

/* Vietnamese at these paths, English under /en/ with the same paths. */
static const struct route public_routes[] = {
	{ "/",		GET_HEAD, ROLE_NONE, page_home,  NULL,         RENDER_WRITTEN, ERRORS_HTML },
	{ "/zones",	GET_HEAD, ROLE_NONE, page_zones, zones_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/zones/{}",	GET_HEAD, ROLE_NONE, page_zone, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/map",	GET_HEAD, ROLE_NONE, page_map, zones_params, RENDER_WRITTEN, ERRORS_HTML },
	/* an inquiry to the zone's board (page_inquiry.c): never cached */
	{ "/zones/{}/inquiry", GET_HEAD | METHOD_POST, ROLE_NONE, page_inquiry, inquiry_params,
	    RENDER_WRITTEN, ERRORS_HTML },
	{ "/zones/{}/changes", GET_HEAD, ROLE_NONE, page_zone_changes, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/projects",	GET_HEAD, ROLE_NONE, page_projects, projects_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/projects/{}", GET_HEAD, ROLE_NONE, page_project, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/projects/{}/changes", GET_HEAD, ROLE_NONE, page_project_changes, NULL,
	    RENDER_WRITTEN, ERRORS_HTML },
	{ "/changes",	GET_HEAD, ROLE_NONE, page_changes, changes_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/documents/{}", GET_HEAD, ROLE_NONE, page_document, NULL, NULL, ERRORS_HTML },
	{ "/targets",	GET_HEAD, ROLE_NONE, page_targets, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/indices",	GET_HEAD, ROLE_NONE, page_indices, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/indices/{}", GET_HEAD, ROLE_NONE, page_index, index_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/finder",	GET_HEAD, ROLE_NONE, page_finder, finder_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/announcements", GET_HEAD, ROLE_NONE, page_announcements, announcements_params,
	    RENDER_WRITTEN, ERRORS_HTML },
	{ "/announcements/{}", GET_HEAD, ROLE_NONE, page_announcement, NULL,
	    RENDER_WRITTEN, ERRORS_HTML },
	/* e-mail alerts (page_alerts.c): with the inquiries, the only POSTs of the public program */
	{ "/alerts",	GET_HEAD | METHOD_POST, ROLE_NONE, page_alerts, alerts_params,
	    RENDER_WRITTEN, ERRORS_HTML },
	{ "/alerts/confirm", GET_HEAD | METHOD_POST, ROLE_NONE, page_alerts_confirm,
	    alerts_token_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/alerts/unsubscribe", GET_HEAD | METHOD_POST, ROLE_NONE, page_alerts_unsubscribe,
	    alerts_token_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/alerts/manage", GET_HEAD, ROLE_NONE, page_alerts_manage, alerts_token_params,
	    RENDER_WRITTEN, ERRORS_HTML },
	{ "/alerts/delete", METHOD_POST, ROLE_NONE, page_alerts_delete, alerts_token_params,
	    RENDER_WRITTEN, ERRORS_HTML },
	/* open data (docs/open-data.md): the API answers its errors in JSON */
	{ "/api",	GET_HEAD, ROLE_NONE, page_api_doc, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/api/v1",	GET_HEAD, ROLE_NONE, api_index, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/openapi.json", GET_HEAD, ROLE_NONE, page_openapi, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/zones", GET_HEAD, ROLE_NONE, api_zones, zones_params, NULL, ERRORS_JSON },
	{ "/api/v1/zones/{}", GET_HEAD, ROLE_NONE, api_zone, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/projects", GET_HEAD, ROLE_NONE, api_projects, api_projects_params, NULL, ERRORS_JSON },
	{ "/api/v1/projects/{}", GET_HEAD, ROLE_NONE, api_project, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/projects/{}/history", GET_HEAD, ROLE_NONE, api_project_history, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/targets", GET_HEAD, ROLE_NONE, api_targets, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/indices", GET_HEAD, ROLE_NONE, api_indices, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/indices/{}", GET_HEAD, ROLE_NONE, api_gov_index, index_params, NULL, ERRORS_JSON },
	{ "/api/v1/changes", GET_HEAD, ROLE_NONE, api_changes, api_changes_params, NULL, ERRORS_JSON },
	{ "/api/v1/announcements", GET_HEAD, ROLE_NONE, api_announcements, announcements_board_params,
	    NULL, ERRORS_JSON },
	{ "/api/v1/{}",	GET_HEAD, ROLE_NONE, api_not_found, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/{}/{}", GET_HEAD, ROLE_NONE, api_not_found, NULL, NULL, ERRORS_JSON },
	{ "/api/v1/{}/{}/{}", GET_HEAD, ROLE_NONE, api_not_found, NULL, NULL, ERRORS_JSON },
	{ "/projects.csv", GET_HEAD, ROLE_NONE, page_projects_csv, projects_params, NULL, ERRORS_HTML },
	{ "/projects.json", GET_HEAD, ROLE_NONE, page_projects_json, projects_params, NULL, ERRORS_HTML },
	{ "/projects.xml", GET_HEAD, ROLE_NONE, page_projects_xml, projects_params, NULL, ERRORS_HTML },
	{ "/zones.csv",	GET_HEAD, ROLE_NONE, page_zones_csv, zones_params, NULL, ERRORS_HTML },
	{ "/zones.xml",	GET_HEAD, ROLE_NONE, page_zones_xml, zones_params, NULL, ERRORS_HTML },
	{ "/zones.geojson", GET_HEAD, ROLE_NONE, page_zones_geojson, zones_params, NULL, ERRORS_HTML },
	{ "/finder.csv", GET_HEAD, ROLE_NONE, page_finder_csv, finder_params, NULL, ERRORS_HTML },
	{ "/changes.csv", GET_HEAD, ROLE_NONE, page_changes_csv, NULL, NULL, ERRORS_HTML },
	{ "/targets.csv", GET_HEAD, ROLE_NONE, page_targets_csv, NULL, NULL, ERRORS_HTML },
	{ "/announcements.csv", GET_HEAD, ROLE_NONE, page_announcements_csv,
	    announcements_board_params, NULL, ERRORS_HTML },
	{ "/indices.csv", GET_HEAD, ROLE_NONE, page_indices_csv, indices_csv_params, NULL, ERRORS_HTML },
	{ "/data",	GET_HEAD, ROLE_NONE, page_data, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/data/minhbach.xml", GET_HEAD, ROLE_NONE, page_data_xml, NULL, NULL, ERRORS_HTML },
	{ "/data/oc4ids.json", GET_HEAD, ROLE_NONE, page_oc4ids, NULL, NULL, ERRORS_HTML },
	{ "/schema/{}",	GET_HEAD, ROLE_NONE, page_schema, NULL, NULL, ERRORS_HTML },
	{ "/feeds/changes.atom", GET_HEAD, ROLE_NONE, page_feed_changes, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/feeds/projects.atom", GET_HEAD, ROLE_NONE, page_feed_projects, projects_params,
	    RENDER_WRITTEN, ERRORS_HTML },
	{ "/feeds/announcements.atom", GET_HEAD, ROLE_NONE, page_feed_announcements,
	    announcements_board_params, RENDER_WRITTEN, ERRORS_HTML },
	{ "/feeds/zones/{}", GET_HEAD, ROLE_NONE, page_feed_zone, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/feeds/status/{}", GET_HEAD, ROLE_NONE, page_feed_status, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/feeds/projects/{}", GET_HEAD, ROLE_NONE, page_feed_project, NULL, RENDER_WRITTEN, ERRORS_HTML },
	{ "/sitemap.xml", GET_HEAD, ROLE_NONE, page_sitemap_index, NULL, NULL, ERRORS_HTML },
	{ "/sitemaps/{}", GET_HEAD, ROLE_NONE, page_sitemap_part, NULL, NULL, ERRORS_HTML },
	{ NULL, 0, 0, NULL, NULL, NULL, ERRORS_HTML },
};

struct db *
public_db(struct request *req)
{
	return ((struct worker *)req->app)->db;
}

struct db_param
public_opt_text(const struct request *req, const char *name)
{
	const char *v = param_text(req, name);

	return v ? DB_TEXT(v) : DB_NULL;
}

long long
public_id(const char *s, size_t n, unsigned int max_digits)
{
	long long v = 0;

	if (n == 0 || n > max_digits || n > 18 || s[0] == '0')
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

long long
public_path_id(const struct request *req, unsigned int k)
{
	const char *s = k < req->npath_args ? req->path_args[k] : NULL;

	return s != NULL ? public_id(s, strlen(s), 9) : 0;
}

/* Every page and error page carries the site's name and province (site.c). A database
 * that is down leaves them out; the page still says what happened. */
static void
public_decorate(struct request *req)
{
	int found;

	/* published data may be reused briefly by browsers and caches, then revalidated */
	req->cache_control = "public, max-age=2";
	if (public_site_read(public_db(req), req, &found) == DB_OK && found &&
	    public_site(req)->changed_at != NULL)
		http_set_last_modified(req, public_site(req)->changed_at);
}

/* Reads the program's own keys before the workers fork: public_origin, the origin of
 * every absolute link (feeds, API, sitemaps, OC4IDS), and alert_secret (alerts.h).
 * Returns 0, or -1 with a message. */
static int
public_init(struct config *cfg)
{
	const char *origin = config_get(cfg, "public_origin", NULL);

	if (origin == NULL || od_origin_set(origin) != 0) {
		fprintf(stderr, "%s: `public_origin` must be the site's address as the public "
		    "reaches it, e.g. https://minhbach.example.gov.vn (scheme and lower-case host, "
		    "an optional port, no path)\n", cfg->path);
		return -1;
	}
	if (map_tiles_set(config_get(cfg, "map_tiles_url", NULL),
	    config_get(cfg, "map_tiles_attribution", NULL)) != 0) {
		fprintf(stderr, "%s: `map_tiles_url` and `map_tiles_attribution` go together: a "
		    "tile URL template of http or https with {z}, {x} and {y} in its path and one "
		    "host (no {s}), e.g. https://tile.example.org/{z}/{x}/{y}.png, and the text "
		    "crediting its source\n", cfg->path);
		return -1;
	}
	return alerts_init(cfg);
}

static const struct render_writer public_writer = { layout_write, layout_error };

const struct app_spec public_app = {
	.name = "minhbach-public",
	.routes = public_routes,
	.sql = public_sql,
	.nsql = SQL__MAX,
	.authorize = NULL,
	.init = public_init,
	.decorate = public_decorate,
	.json_error = api_error,
	.generation = public_generation,
	.replica_probe = &public_sql[SQL_GENERATION],
	.sql_parts = registry_parts,
	.nsql_parts = RP__PARTS,
	.writer = &public_writer,
};

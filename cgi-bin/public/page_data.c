/* GET /data — every download with its format, licence, size and last update, the API and
 * the feeds, with the site's data described as a schema.org Dataset; GET /api — the JSON
 * API described for people (the machine-readable description is /api/v1/openapi.json). */
#include "atom.h"
#include "site.h"

#include <stdio.h>

/* the counts of SQL_OD_COUNTS */
enum { N_PROJECTS, N_ZONES, N_CHANGES, N_TARGETS, N_SCORES, N__MAX };
static const char *const count_columns[N__MAX] = { "projects", "zones", "changes", "targets",
    "index_scores" };

static const struct {
	const char	*key, *href, *format;
	int		 count;		/* N__MAX: none shown */
} downloads[] = {
	{ "data.d.projects", "/projects.csv", "CSV (UTF-8)", N_PROJECTS },
	{ "data.d.projects", "/projects.json", "JSON", N_PROJECTS },
	{ "data.d.projects", "/projects.xml", "XML (minhbach-1.xsd)", N_PROJECTS },
	{ "data.d.zones", "/zones.csv", "CSV (UTF-8)", N_ZONES },
	{ "data.d.zones", "/zones.xml", "XML (minhbach-1.xsd)", N_ZONES },
	{ "data.d.geojson", "/zones.geojson", "GeoJSON (RFC 7946)", N_ZONES },
	{ "data.d.finder", "/finder.csv", "CSV (UTF-8)", N__MAX },
	{ "data.d.changes", "/changes.csv", "CSV (UTF-8)", N_CHANGES },
	{ "data.d.targets", "/targets.csv", "CSV (UTF-8)", N_TARGETS },
	{ "data.d.indices", "/indices.csv", "CSV (UTF-8)", N_SCORES },
	{ "data.d.announcements", "/announcements.csv", "CSV (UTF-8)", N__MAX },
	{ "data.d.all_xml", "/data/minhbach.xml", "XML (minhbach-1.xsd)", N__MAX },
	{ "data.d.oc4ids", "/data/oc4ids.json", "JSON (OC4IDS 0.9)", N_PROJECTS },
};

/* the files that describe the formats */
static const struct {
	const char	*href, *key;
} standards[] = {
	{ "/schema/minhbach-1.xsd", "data.d.schema" },
	{ "/api/v1/openapi.json", "data.d.openapi" },
	{ "/data/oc4ids.json", "data.d.oc4ids" },
	{ "/sitemap.xml", "data.d.sitemap" },
};

/* A table's head: one column a catalog key, numeric_col's cell (if any) right-aligned. */
static void
table_head(struct html *h, const char *const *keys, size_t n, size_t numeric_col)
{
	H(h, "<thead><tr>");
	for (size_t i = 0; i < n; i++) {
		if (i == numeric_col)
			H(h, "<th scope=\"col\" class=\"num\">");
		else
			H(h, "<th scope=\"col\">");
		html_t(h, keys[i]);
		H(h, "</th>");
	}
	H(h, "</tr></thead>");
}

struct counts {
	char	v[N__MAX][24];
};

static int
counts_row(void *ctx, const struct db_row *r)
{
	struct counts *c = ctx;

	for (unsigned int k = 0; k < N__MAX; k++)
		snprintf(c->v[k], sizeof(c->v[k]), "%s", db_col(r, count_columns[k]) ?
		    db_col(r, count_columns[k]) : "");
	return 1;
}

/* the data as a schema.org Dataset, in the head */
static void
dataset(struct html *h, const struct public_site *s, const char *modified)
{
	H(h, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
	    "\"@type\":\"Dataset\",\"name\":");
	html_json(h, s ? s->title : NULL);
	H(h, ",\"alternateName\":");
	html_json(h, s ? s->title_en : NULL);
	H(h, ",\"description\":");
	html_json(h, i18n_get(h->lang, "data.lead"));
	H(h, ",\"url\":\"/data\",\"license\":");
	html_json(h, s ? s->licence_url : NULL);
	H(h, ",\"dateModified\":");
	html_json(h, modified);
	H(h, ",\"creator\":{\"@type\":\"GovernmentOrganization\",\"name\":");
	html_json(h, s ? s->publisher : NULL);
	H(h, "},\"distribution\":["
	    "{\"@type\":\"DataDownload\",\"encodingFormat\":\"text/csv\",\"contentUrl\":\"/projects.csv\"},"
	    "{\"@type\":\"DataDownload\",\"encodingFormat\":\"application/json\",\"contentUrl\":\"/projects.json\"},"
	    "{\"@type\":\"DataDownload\",\"encodingFormat\":\"application/xml\",\"contentUrl\":\"/data/minhbach.xml\"},"
	    "{\"@type\":\"DataDownload\",\"encodingFormat\":\"application/json\",\"contentUrl\":\"/data/oc4ids.json\"},"
	    "{\"@type\":\"DataDownload\",\"encodingFormat\":\"text/csv\",\"contentUrl\":\"/zones.csv\"},"
	    "{\"@type\":\"DataDownload\",\"encodingFormat\":\"application/geo+json\",\"contentUrl\":\"/zones.geojson\"}]}"
	    "</script>");
}

static void
licence_link(struct html *h, const struct public_site *s)
{
	H(h, "<a href=\"");
	html_href(h, s ? s->licence_url : NULL);
	H(h, "\" rel=\"license\">");
	html_text(h, s ? s->licence_name : NULL);
	H(h, "</a>");
}

static void
download_rows(struct html *h, const struct public_site *s, const struct counts *c,
    const char *modified)
{
	for (size_t i = 0; i < sizeof(downloads) / sizeof(downloads[0]); i++) {
		int k = downloads[i].count;

		H(h, "<tr><th scope=\"row\"><a href=\"");
		html_href(h, downloads[i].href);
		H(h, "\">");
		html_t(h, downloads[i].key);
		H(h, "</a><br><small><code>");
		html_text(h, downloads[i].href);
		H(h, "</code></small></th><td data-label=\"");
		html_t(h, "data.col.format");
		H(h, "\">");
		html_text(h, downloads[i].format);
		H(h, "</td><td class=\"num\" data-label=\"");
		html_t(h, "data.col.rows");
		H(h, "\">");
		if (k < N__MAX && c->v[k][0] != '\0')
			html_fig(h, c->v[k], FIG_COUNT);
		H(h, "</td><td data-label=\"");
		html_t(h, "data.licence");
		H(h, "\">");
		licence_link(h, s);
		H(h, "</td><td data-label=\"");
		html_t(h, "data.updated");
		H(h, "\"><time datetime=\"");
		html_text(h, modified);
		H(h, "\">");
		html_date(h, s ? s->changed_at : NULL);
		H(h, "</time></td></tr>");
	}
}

/* an item of the feeds' list: its label and the feed's link */
static void
feed_item(struct html *h, const char *key, const char *path)
{
	H(h, "<li>");
	html_t(h, key);
	H(h, ": <a href=\"");
	html_base(h);
	html_href(h, path);
	H(h, "\"><code>");
	html_text(h, path);
	H(h, "</code></a></li>");
}

int
page_data(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	const struct public_site *s = public_site(req);
	const char *changed = s ? s->changed_at : NULL;
	static const char *const download_cols[] = { "data.col.what", "data.col.format",
	    "data.col.rows", "data.licence", "data.updated" };
	struct counts c = { 0 };
	enum db_status rc;
	char modified[32];

	rc = db_query(public_db(req), SQL_OD_COUNTS, NULL, 0, counts_row, &c);
	if (rc != DB_OK && rc != DB_ABORTED)
		return db_http_status(rc);
	atom_time(modified, changed);
	dataset(&pg->head, s, modified);
	html_t(&pg->title, "data.title");
	H(h, "<h1>");
	html_t(h, "data.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "data.lead");
	H(h, "</p><dl class=\"facts wide\"><dt>");
	html_t(h, "data.licence");
	H(h, "</dt><dd>");
	html_t(h, "data.licence.text");
	H(h, " ");
	licence_link(h, s);
	H(h, "</dd><dt>");
	html_t(h, "data.updated");
	H(h, "</dt><dd><time datetime=\"");
	html_text(h, modified);
	H(h, "\">");
	html_date(h, changed);
	H(h, " ");
	if (changed != NULL && strlen(changed) > 11)
		html_textn(h, changed + 11, strnlen(changed + 11, 5));
	H(h, " UTC</time></dd></dl><p class=\"note\">");
	html_t(h, "data.sample");
	H(h, "</p><h2 id=\"downloads\">");
	html_t(h, "data.downloads");
	H(h, "</h2><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, "data.downloads.caption");
	H(h, "</caption>");
	table_head(h, download_cols, 5, 2);
	H(h, "<tbody>");
	download_rows(h, s, &c, modified);
	H(h, "</tbody></table></div><p>");
	html_t(h, "data.filters");
	H(h, " <a href=\"/projects.csv?status=revoked\"><code>/projects.csv?status=revoked</code></a>,"
	    " <a href=\"/zones.csv?kind=kcn\"><code>/zones.csv?kind=kcn</code></a>.</p>"
	    "<h2 id=\"api\">");
	html_t(h, "data.api");
	H(h, "</h2><p>");
	html_t(h, "data.api.text");
	H(h, "</p><ul><li><a href=\"");
	html_base(h);
	H(h, "/api\">");
	html_t(h, "data.api.doc");
	H(h, "</a></li><li><a href=\"/api/v1\"><code>/api/v1</code></a></li></ul><h2 id=\"feeds\">");
	html_t(h, "data.feeds");
	H(h, "</h2><p>");
	html_t(h, "data.feeds.text");
	H(h, "</p><ul>");
	feed_item(h, "data.feed.all", "/feeds/changes.atom");
	feed_item(h, "data.feed.zone", "/feeds/zones/van-don.atom");
	H(h, "<li>");
	html_t(h, "data.feed.status");
	H(h, ": <a href=\"");
	html_base(h);
	H(h, "/feeds/status/revoked.atom\"><code>/feeds/status/revoked.atom</code></a>, <a href=\"");
	html_base(h);
	H(h, "/feeds/status/delayed.atom\"><code>/feeds/status/delayed.atom</code></a></li><li>");
	html_t(h, "data.feed.project");
	H(h, ": <code>/feeds/projects/&lt;id&gt;.atom</code></li>");
	feed_item(h, "data.d.announcements", "/feeds/announcements.atom");
	feed_item(h, "data.feed.search", "/feeds/projects.atom?q=van+don");
	H(h, "</ul><h2 id=\"standards\">");
	html_t(h, "data.standards");
	H(h, "</h2><ul>");
	for (size_t i = 0; i < sizeof(standards) / sizeof(standards[0]); i++) {
		H(h, "<li><a href=\"");
		html_href(h, standards[i].href);
		H(h, "\"><code>");
		html_text(h, standards[i].href);
		H(h, "</code></a> — ");
		html_t(h, standards[i].key);
		H(h, "</li>");
	}
	H(h, "</ul>");
	return 200;
}

/* the API's endpoints: path, what (catalog key), parameters, an example */
static const struct {
	const char	*path, *key, *params, *example;
} endpoints[] = {
	{ "/api/v1", "api.e.index", NULL, "/api/v1" },
	{ "/api/v1/zones", "api.e.zones", "kind, board, min_ha, status", "/api/v1/zones?kind=kcn" },
	{ "/api/v1/zones/{slug}", "api.e.zone", NULL, "/api/v1/zones/van-don" },
	{ "/api/v1/projects", "api.e.projects", "q, zone, board, status, country, sector, authority,"
	    " min_capital, max_capital, year, overdue, sort, after, limit",
	    "/api/v1/projects?status=revoked&sort=date_desc" },
	{ "/api/v1/projects/{id}", "api.e.project", NULL, "/api/v1/projects/1" },
	{ "/api/v1/projects/{id}/history", "api.e.history", NULL, "/api/v1/projects/1/history" },
	{ "/api/v1/targets", "api.e.targets", NULL, "/api/v1/targets" },
	{ "/api/v1/indices", "api.e.indices", NULL, "/api/v1/indices" },
	{ "/api/v1/indices/{pci|par|sipas|papi}", "api.e.gov_index", "year", "/api/v1/indices/pci" },
	{ "/api/v1/changes", "api.e.changes", "before, limit", "/api/v1/changes" },
	{ "/api/v1/announcements", "data.d.announcements", "board", "/api/v1/announcements" },
	{ "/api/v1/openapi.json", "api.e.openapi", NULL, "/api/v1/openapi.json" },
};

static const char *const api_conventions[] = { "api.conv.names", "api.conv.dates",
    "api.conv.money", "api.conv.codes", "api.conv.paging", "api.conv.cache", "api.conv.errors",
    "data.sample" };

int
page_api_doc(struct request *req)
{
	static const char *const api_cols[] = { "api.col.path", "api.col.what", "api.col.params" };
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct buf origin;

	html_t(&pg->title, "api.title");
	H(h, "<p class=\"crumbs\"><a href=\"");
	html_base(h);
	H(h, "/data\">");
	html_t(h, "data.title");
	H(h, "</a></p><h1>");
	html_t(h, "api.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "api.lead");
	H(h, "</p><p>");
	html_t(h, "api.base");
	H(h, ": <code>");
	buf_init(&origin);
	od_origin(&origin);
	html_text(h, origin.data);
	buf_free(&origin);
	H(h, "/api/v1</code> · OpenAPI: <a href=\"/api/v1/openapi.json\"><code>/api/v1/openapi.json"
	    "</code></a></p><h2>");
	html_t(h, "api.conventions");
	H(h, "</h2><ul>");
	for (size_t i = 0; i < sizeof(api_conventions) / sizeof(api_conventions[0]); i++) {
		H(h, "<li>");
		html_t(h, api_conventions[i]);
		H(h, "</li>");
	}
	H(h, "</ul><h2>");
	html_t(h, "api.endpoints");
	H(h, "</h2><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, "api.endpoints");
	H(h, "</caption>");
	table_head(h, api_cols, 3, 3);
	H(h, "<tbody>");
	for (size_t i = 0; i < sizeof(endpoints) / sizeof(endpoints[0]); i++) {
		H(h, "<tr><th scope=\"row\"><code>GET ");
		html_text(h, endpoints[i].path);
		H(h, "</code></th><td data-label=\"");
		html_t(h, "api.col.what");
		H(h, "\">");
		html_t(h, endpoints[i].key);
		H(h, "<br><small>");
		html_t(h, "api.example");
		H(h, ": <a href=\"");
		html_href(h, endpoints[i].example);
		H(h, "\"><code>");
		html_text(h, endpoints[i].example);
		H(h, "</code></a></small></td><td data-label=\"");
		html_t(h, "api.col.params");
		H(h, "\">");
		if (endpoints[i].params != NULL) {
			H(h, "<code>");
			html_text(h, endpoints[i].params);
			H(h, "</code>");
		}
		H(h, "</td></tr>");
	}
	H(h, "</tbody></table></div>");
	return 200;
}

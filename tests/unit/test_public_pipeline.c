/* Unit tests: the public program's whole pipeline (server_handle with its routes, declared
 * parameters, handlers and templates; libpublic) on requests built in memory, against the
 * test instance's MariaDB: a page answers; a bad declared parameter is a 400 page naming the
 * field in the page's language, and on an API route a 400 in JSON; a filter reaches the
 * SQL; pages written in C (the registry, the zones, the announcements) answer; an unknown
 * record is 404; a POST is 405. Skipped without ./portal test. */
#include "public.h"
#include "map.h"
#include "pipeline.h"
#include "tap.h"

#include <stdio.h>

static struct worker w;

/* Runs one request through the public pipeline; returns the whole response. */
static char *
run(const char *method, const char *uri)
{
	char e[3][512], *envp[4] = { e[0], e[1], e[2], NULL };

	snprintf(e[0], sizeof(e[0]), "REQUEST_METHOD=%s", method);
	snprintf(e[1], sizeof(e[1]), "REQUEST_URI=%s", uri);
	snprintf(e[2], sizeof(e[2]), "CONTENT_LENGTH=0");
	return pipeline_run(&w, envp, NULL);
}

static bool
has(const char *r, const char *status, const char *text)
{
	return r != NULL && strncmp(r, status, strlen(status)) == 0 &&
	    (text == NULL || strstr(r, text) != NULL);
}

static void
pipeline(void)
{
	char *r;

	r = run("GET", "/projects");
	ok(has(r, "Status: 200", "<table"), "the registry answers with its table");
	free(r);
	r = run("GET", "/projects?status=bogus");
	ok(has(r, "Status: 400", "<code>status</code>"), "a bad status is a 400 naming the field");
	free(r);
	r = run("GET", "/en/projects?status=bogus");
	ok(has(r, "Status: 400", "is not one of the accepted values"), "in the page's language");
	free(r);
	r = run("GET", "/api/v1/projects?limit=0");
	ok(has(r, "Status: 400", "\"limit\""), "an API route answers a bad limit with a 400 naming it");
	ok(r != NULL && strstr(r, "Content-Type: application/json") != NULL, "in JSON");
	free(r);
	r = run("GET", "/projects?board=%3Cb%3E");
	ok(has(r, "Status: 400", "<code>board</code>"), "a board that is no slug is refused by its declaration");
	free(r);
	r = run("GET", "/projects/999999999");
	ok(has(r, "Status: 404", NULL), "an unknown project is 404");
	free(r);
	r = run("GET", "/zones?kind=kkt");
	ok(has(r, "Status: 200", "<a href=\"/zones/van-don\">"), "the zone directory lists a zone of its filter");
	free(r);
	r = run("GET", "/en/zones/van-don");
	ok(has(r, "Status: 200", "\"@type\":\"Place\",\"identifier\":\"van-don\""),
	    "a zone's page carries its JSON-LD");
	ok(r != NULL && strstr(r, "<figure class=\"chart\">") != NULL &&
	    strstr(r, "id=\"ann-h\"") != NULL, "with its occupancy chart and its board's announcements");
	free(r);
	r = run("GET", "/zones/nope");
	ok(has(r, "Status: 404", NULL), "an unknown zone is 404");
	free(r);
	r = run("GET", "/announcements?board=bql-kkt-van-don");
	ok(has(r, "Status: 200", "<option value=\"bql-kkt-van-don\" selected>"),
	    "the announcements keep their board filter");
	free(r);
	r = run("GET", "/announcements?page=9999");
	ok(has(r, "Status: 404", NULL), "a page of announcements past the last is 404");
	free(r);
	r = run("GET", "/announcements/999999");
	ok(has(r, "Status: 404", NULL), "an unknown announcement is 404");
	free(r);
	r = run("POST", "/projects");
	ok(has(r, "Status: 405", NULL), "a POST to a page is 405");
	if (r != NULL && strncmp(r, "Status: 405", 11) != 0)
		printf("# %.200s\n", r);
	free(r);
}

/* The map's tile server (map_tiles_set, from the configuration's map_tiles_url and
 * map_tiles_attribution): checked, and when set, the pages with a map load the enhancement
 * and allow images from exactly that host; the others keep the plain policy. */
static void
tiles(void)
{
	char *r;

	ok(map_tiles_set(NULL, NULL) == 0, "no tile server: the map is the SVG alone");
	ok(map_tiles_set("https://tiles.example.org/{z}/{x}/{y}.png", NULL) == -1,
	    "a tile URL without its attribution is refused");
	ok(map_tiles_set("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "x") == -1,
	    "a tile URL whose host is a template is refused (the policy names one host)");
	ok(map_tiles_set("https://tiles.example.org/tiles.png", "x") == -1,
	    "a tile URL without {z}, {x}, {y} is refused");
	ok(map_tiles_set("javascript:alert(1)//{z}/{x}/{y}", "x") == -1,
	    "a tile URL of another scheme is refused");
	ok(map_tiles_set("https://tiles.example.org/{z}/{x}/{y}.png?a=\"b", "x") == -1,
	    "a tile URL with a quote is refused");
	ok(map_tiles_set("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png",
	    "© OpenStreetMap <contributors>") == 0, "a tile server is taken");
	r = run("GET", "/map?kind=kkt");
	ok(has(r, "Status: 200", "Content-Security-Policy: default-src 'self'; object-src 'none'; "
	    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; img-src 'self' "
	    "https://tiles.example.org:8443\r\n"), "/map allows images from exactly the tile host");
	ok(r != NULL && strstr(r, "X-Frame-Options: DENY") != NULL &&
	    strstr(r, "<script src=\"/static/leaflet/leaflet.js\" defer></script>") != NULL &&
	    strstr(r, "data-tiles=\"https://tiles.example.org:8443/osm/{z}/{x}/{y}.png\" "
	    "data-attribution=\"© OpenStreetMap &lt;contributors&gt;\"") != NULL,
	    "and loads Leaflet from the site, with the tiles and their attribution escaped");
	ok(r != NULL && strstr(r, "<svg") != NULL, "the SVG map stays in the page");
	free(r);
	r = run("GET", "/en/zones/cai-lan");
	ok(has(r, "Status: 200", "img-src 'self' https://tiles.example.org:8443\r\n"),
	    "a zone's page with its map too");
	free(r);
	r = run("GET", "/projects?sort=name");
	ok(has(r, "Status: 200", NULL) && strstr(r, "img-src") == NULL &&
	    strstr(r, "leaflet") == NULL, "a page without a map keeps the plain policy");
	free(r);
	map_tiles_set(NULL, NULL);
	r = run("GET", "/map?kind=kcn");
	ok(has(r, "Status: 200", "<svg") && strstr(r, "img-src") == NULL &&
	    strstr(r, "data-tiles") == NULL, "without a tile server, no script and no other host");
	free(r);
}

int
main(void)
{
	struct config cfg;

	if (getenv("PORTAL_INSTANCE_DIR") == NULL) {
		printf("1..0 # SKIP no test instance (PORTAL_INSTANCE_DIR)\n");
		return 0;
	}
	if (!pipeline_open(&w, &cfg, &public_app, "minhbach-public")) {
		ok(0, "the public program's configuration, catalog, templates and database");
		return done();
	}
	pipeline();
	tiles();
	pipeline_close(&w, &cfg);
	return done();
}

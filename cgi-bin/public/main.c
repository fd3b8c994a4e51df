/* minhbach-public: the FastCGI program that serves every public page from published data,
 * through a database account that can only read the pub_* views. */
#include "public.h"

#include <string.h>

const char *const public_sql[SQL__MAX] = {
#define S(id, sql) [id] = sql,
#include "sql/site.def"
#include "sql/home.def"
#include "sql/targets.def"
#include "sql/zones.def"
#undef S
};

#define GET_HEAD	(METHOD_GET | METHOD_HEAD)

/* Vietnamese at these paths, English under /en/ with the same paths. */
static const struct route public_routes[] = {
	{ "/",		GET_HEAD, ROLE_NONE, page_home,  NULL,         "public/home" },
	{ "/zones",	GET_HEAD, ROLE_NONE, page_zones, zones_params, "public/zones" },
	{ NULL, 0, 0, NULL, NULL, NULL },
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

/* Every page and error page carries the site's name and province. A database that is
 * down leaves them out; the page still says what happened. */
static void
public_decorate(struct request *req)
{
	xmlNodePtr site = xml_elem(req->page, "site");
	int found;

	xml_attr(req->page, "program", "public");
	if (dbxml_row(public_db(req), SQL_SITE, NULL, 0, site, &found) != DB_OK || !found) {
		xmlUnlinkNode(site);
		xmlFreeNode(site);
	}
}

static const struct app_spec public_spec = {
	.name = "minhbach-public",
	.routes = public_routes,
	.sql = public_sql,
	.nsql = SQL__MAX,
	.authorize = NULL,
	.decorate = public_decorate,
};

int
main(int argc, char **argv)
{
	return server_main(&public_spec, argc, argv);
}

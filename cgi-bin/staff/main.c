/* minhbach-staff: the FastCGI program behind /staff/, where the management boards' staff
 * prepare, review and publish changes. Its database account may change working tables
 * but runs no DDL. */
#include "staff.h"

const char *const staff_sql[STAFF_SQL__MAX] = {
#define S(id, sql) [id] = sql,
#include "sql/site.def"
#undef S
};

#define GET_HEAD	(METHOD_GET | METHOD_HEAD)

static const struct route staff_routes[] = {
	{ "/staff/login", GET_HEAD, ROLE_NONE, page_login, NULL, "staff/login" },
	{ NULL, 0, 0, NULL, NULL, NULL },
};

struct db *
staff_db(struct request *req)
{
	return ((struct worker *)req->app)->db;
}

static void
staff_decorate(struct request *req)
{
	xmlNodePtr site = xml_elem(req->page, "site");
	int found;

	xml_attr(req->page, "program", "staff");
	req->cache_control = "no-store";
	xml_attr(req->page, "base", req->lang == LANG_EN ? "/en" : "");
	if (dbxml_row(staff_db(req), SQL_STAFF_SITE, NULL, 0, site, &found) != DB_OK || !found) {
		xmlUnlinkNode(site);
		xmlFreeNode(site);
	}
}

static const struct app_spec staff_spec = {
	.name = "minhbach-staff",
	.routes = staff_routes,
	.sql = staff_sql,
	.nsql = STAFF_SQL__MAX,
	.authorize = NULL,
	.decorate = staff_decorate,
};

int
main(int argc, char **argv)
{
	return server_main(&staff_spec, argc, argv);
}

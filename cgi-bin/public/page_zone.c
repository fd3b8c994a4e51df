/* GET /zones/<slug> — one zone: its land, occupancy history, parent or child zones, and
 * its projects grouped by status (its parks' included). */
#include "public.h"

#define ZONE_PROJECTS_PER_STATUS	15

int
page_zone(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr zone = xml_elem(req->page, "zone");
	struct db_param slug = DB_TEXT(req->path_args[0]);
	struct db_param pp[2] = { slug, DB_INT(ZONE_PROJECTS_PER_STATUS) };
	enum db_status rc;
	int found;

	if ((rc = dbxml_row(db, SQL_ZONE, &slug, 1, zone, &found)) != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	rc = dbxml_rows(db, SQL_ZONE_CHILDREN, &slug, 1, xml_elem(zone, "children"), "child", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_ZONE_HISTORY, &slug, 1, xml_elem(zone, "history"), "snapshot",
		    NULL);
	if (rc == DB_OK) {
		struct db_param f[4] = { slug, slug, slug, slug };

		rc = dbxml_row(db, SQL_ZONE_FOLLOW_UP, f, 4, xml_elem(zone, "follow_up"), &found);
	}
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_ZONE_STATUS_COUNTS, &slug, 1, xml_elem(zone, "statuses"),
		    "status", NULL);
	if (rc == DB_OK) {
		xmlNodePtr projects = xml_elem(zone, "projects");

		xml_attr_int(projects, "per_status", ZONE_PROJECTS_PER_STATUS);
		rc = dbxml_rows(db, SQL_ZONE_PROJECTS, pp, 2, projects, "project", NULL);
	}
	if (rc == DB_OK)
		rc = public_zone_announcements(req, zone, req->path_args[0]);
	return db_http_status(rc);
}

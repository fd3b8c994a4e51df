/* GET /zones/<slug> — one zone: its land, occupancy history, parent or child zones, and
 * its projects grouped by status (its parks' included); GET /zones/<slug>/changes — the
 * published changes of the zone, its parks and their projects, as its Atom feed lists. */
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

int
page_zone_changes(struct request *req)
{
	xmlNodePtr rec = xml_elem(req->page, "record"), changes;
	struct db_param slug = DB_TEXT(req->path_args[0]);
	struct db_param p[3] = { slug, slug, DB_INT(FEED_ENTRIES) };
	enum db_status rc;
	int found;

	xml_attr(rec, "entity", "zone");
	if ((rc = dbxml_row(public_db(req), SQL_ZONE, &slug, 1, rec, &found)) != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	changes = xml_elem(rec, "changes");
	xml_attr_int(changes, "limit", FEED_ENTRIES);
	rc = dbxml_rows(public_db(req), SQL_CHANGES_OF_ZONE, p, 3, changes, "change", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(public_db(req), SQL_CHANGES_OF_ZONE_FIELDS, p, 3, changes, "field",
		    NULL);
	return db_http_status(rc);
}

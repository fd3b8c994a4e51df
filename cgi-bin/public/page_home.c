/* GET / — the province dashboard: occupancy, projects by status, the current targets
 * against actuals, the latest published changes and the latest index ranks. */
#include "public.h"

int
page_home(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr home = xml_elem(req->page, "home");
	struct db_param today = DB_TEXT(req->today);
	struct db_param limit = DB_INT(8);
	enum db_status rc;
	int found;

	rc = dbxml_rows(db, SQL_HOME_OCCUPANCY, NULL, 0, xml_elem(home, "occupancy"), "kind", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_HOME_STATEMENT, NULL, 0, xml_elem(home, "statements"),
		    "statement", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_HOME_STATUS_COUNTS, NULL, 0, xml_elem(home, "statuses"),
		    "status", NULL);
	if (rc == DB_OK)
		rc = dbxml_row(db, SQL_HOME_OVERDUE, NULL, 0, xml_elem(home, "overdue"), &found);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_TARGETS_CURRENT, &today, 1, xml_elem(home, "targets"),
		    "target", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_HOME_INDICES, NULL, 0, xml_elem(home, "indices"), "index", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_HOME_CHANGES, &limit, 1, xml_elem(home, "changes"), "change",
		    NULL);
	return db_http_status(rc);
}

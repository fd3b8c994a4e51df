/* GET /staff/ — the start page: the zones of one's boards with their edit links, the
 * change requests of one's boards (drafts, waiting for review, recently decided), and the
 * e-mail alerts' subscribers per zone (counts, never an address). */
#include "staff.h"

int
page_dashboard(struct request *req)
{
	struct session *s = auth_session(req);
	xmlNodePtr dash = xml_elem(req->page, "dashboard");
	struct db_param me[4] = { DB_INT(s->user_id), DB_INT(s->admin), DB_INT(s->user_id),
	    DB_INT(s->user_id) };
	enum db_status rc;

	rc = dbxml_rows(staff_db(req), SQL_MY_ZONES, NULL, 0, xml_elem(dash, "zones"), "zone", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(staff_db(req), SQL_REQUESTS_LIST, me, 4, xml_elem(dash, "requests"),
		    "request", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(staff_db(req), SQL_ALERT_COUNTS, NULL, 0, xml_elem(dash, "alerts"),
		    "zone", NULL);
	return db_http_status(rc);
}

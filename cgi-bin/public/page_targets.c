/* GET /targets — every period's targets against the actuals computed from project
 * records, with the rule for each actual stated on the page. */
#include "public.h"

int
page_targets(struct request *req)
{
	return db_http_status(dbxml_rows(public_db(req), SQL_TARGETS_ALL, NULL, 0,
	    xml_elem(req->page, "targets"), "target", NULL));
}

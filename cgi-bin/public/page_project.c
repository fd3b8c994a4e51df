/* GET /projects/<id> — one project: facts, legal documents, the timeline of every status
 * change with its reason and legal basis, review findings; GET /projects/<id>/changes. */
#include "public.h"

int
page_project(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr project = xml_elem(req->page, "project");
	struct db_param id = DB_INT(public_path_id(req, 0));
	enum db_status rc;
	int found;

	if (id.i == 0)
		return 404;
	if ((rc = dbxml_row(db, SQL_PROJECT, &id, 1, project, &found)) != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	rc = dbxml_rows(db, SQL_PROJECT_DOCUMENTS, &id, 1, xml_elem(project, "documents"),
	    "document", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_PROJECT_EVENTS, &id, 1, xml_elem(project, "events"), "event",
		    NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_PROJECT_FINDINGS, &id, 1, xml_elem(project, "findings"),
		    "finding", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_PROJECT_DISBURSEMENTS, &id, 1,
		    xml_elem(project, "disbursements"), "disbursement", NULL);
	return db_http_status(rc);
}

int
page_project_changes(struct request *req)
{
	xmlNodePtr rec = xml_elem(req->page, "record");
	struct db_param id = DB_INT(public_path_id(req, 0));
	enum db_status rc;
	int found;

	xml_attr(rec, "entity", "project");
	if (id.i == 0)
		return 404;
	if ((rc = dbxml_row(public_db(req), SQL_PROJECT, &id, 1, rec, &found)) != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	return db_http_status(public_changes_of(req, xml_elem(rec, "changes"), "project", id.i));
}

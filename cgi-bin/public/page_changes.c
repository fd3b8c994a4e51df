/* GET /changes — the latest published changes province-wide, newest first, paged by id. */
#include "public.h"

#define CHANGES_PER_PAGE	50

const struct param_decl changes_params[] = {
	{ .name = "before", .type = PARAM_INT, .min = 1, .max = 4000000000LL },
	{ .name = NULL },
};

int
page_changes(struct request *req)
{
	struct db *db = public_db(req);
	xmlNodePtr changes = xml_elem(req->page, "changes");
	const struct param_value *before = param(req, "before");
	struct db_param b = before->count ? DB_INT(before->i[0]) : DB_NULL;
	struct db_param p[3] = { b, b, DB_INT(CHANGES_PER_PAGE + 1) };
	unsigned long n;
	enum db_status rc;

	xml_attr(changes, "before", param_text(req, "before"));
	rc = dbxml_rows(db, SQL_CHANGES_LATEST, p, 3, changes, "change", &n);
	if (rc == DB_OK && n > CHANGES_PER_PAGE) {
		/* one more than a page: there is a next page, starting after the last shown */
		xmlNodePtr last = xmlGetLastChild(changes), shown;

		xmlUnlinkNode(last);
		xmlFreeNode(last);
		shown = xmlGetLastChild(changes);
		xml_attr(changes, "next", (const char *)xmlHasProp(shown, BAD_CAST "id")->children->content);
	}
	p[2] = DB_INT(CHANGES_PER_PAGE);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_CHANGES_FIELDS, p, 3, changes, "field", NULL);
	return db_http_status(rc);
}

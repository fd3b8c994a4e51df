/* GET /changes — the latest published changes province-wide, newest first, paged by id. */
#include "keyset.h"
#include "public.h"

#define CHANGES_PER_PAGE	50

const struct param_decl changes_params[] = {
	CHANGES_BEFORE_PARAM,
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
	struct keyset_page page = { .limit = CHANGES_PER_PAGE };
	enum db_status rc;

	xml_attr(changes, "before", param_text(req, "before"));
	rc = keyset_rows(db, SQL_CHANGES_LATEST, p, 3, changes, "change", "@id", "@id", &page);
	if (rc == DB_OK && page.more && page.last != NULL)
		xml_attr_int(changes, "next", page.last_id);
	keyset_free(&page);
	p[2] = DB_INT(CHANGES_PER_PAGE);
	if (rc == DB_OK)
		rc = dbxml_rows(db, SQL_CHANGES_FIELDS, p, 3, changes, "field", NULL);
	return db_http_status(rc);
}

/* Inquiries to the boards (README "Asking a board"; migration 029):
 *   GET  /staff/inquiries                 those of the user's boards (an admin: all),
 *                                         newest first, open or answered
 *   POST /staff/inquiries/<id>/answered   marks one answered (a user of one of its boards)
 *   POST /staff/inquiries/<id>/delete     deletes one, at its sender's request (admins only:
 *                                         the route's role)
 * The POSTs go through the prologue's origin and CSRF checks; each is audited. */
#include "staff.h"

int
page_inquiries(struct request *req)
{
	struct session *s = auth_session(req);
	xmlNodePtr list = xml_elem(req->page, "inquiries");
	struct db_param p[6];

	for (unsigned int i = 0; i < 6; i += 2) {
		p[i] = DB_INT(s->admin);
		p[i + 1] = DB_INT(s->user_id);
	}
	return db_http_status(dbxml_rows(staff_db(req), SQL_INQUIRIES, p, 6, list, "inquiry", NULL));
}

/* The inquiry of the path, if the user may see it: 0 (*id set), 404 or 403. */
static int
inquiry_of_path(struct request *req, long long *id)
{
	struct session *s = auth_session(req);
	const char *a = req->path_args[0];
	char *end = NULL, *visible = NULL;
	int found = 0;
	enum db_status rc;

	*id = strtoll(a, &end, 10);
	if (*a < '1' || *a > '9' || *end != '\0' || strlen(a) > 9)
		return 404;
	{
		struct db_param p[3] = { DB_INT(s->admin), DB_INT(s->user_id), DB_INT(*id) };

		rc = db_fetch_one(staff_db(req), SQL_INQUIRY_VISIBLE, p, 3, &visible, 1, &found);
	}
	if (rc != DB_OK)
		return db_http_status(rc);
	if (!found) {
		free(visible);
		return 404;
	}
	found = visible != NULL && strcmp(visible, "1") == 0;
	free(visible);
	return found ? 0 : 403;
}

int
page_inquiry_answered(struct request *req)
{
	struct session *s = auth_session(req);
	unsigned long long n = 0;
	long long id;
	int status;

	if ((status = inquiry_of_path(req, &id)) != 0)
		return status;
	{
		struct db_param p[2] = { DB_INT(s->user_id), DB_INT(id) };
		enum db_status rc = db_exec(staff_db(req), SQL_INQUIRY_ANSWERED, p, 2, &n, NULL);

		if (rc != DB_OK)
			return db_http_status(rc);
	}
	if (n > 0)
		audit(req, "inquiry_answered", "inquiry", id, NULL);
	return staff_redirect(req, "/staff/inquiries");
}

int
page_inquiry_delete(struct request *req)
{
	unsigned long long n = 0;
	long long id;
	int status;

	if ((status = inquiry_of_path(req, &id)) != 0)
		return status;
	{
		struct db_param p = DB_INT(id);
		enum db_status rc = db_exec(staff_db(req), SQL_INQUIRY_DELETE, &p, 1, &n, NULL);

		if (rc != DB_OK)
			return db_http_status(rc);
	}
	if (n > 0)
		audit(req, "inquiry_delete", "inquiry", id, NULL);
	return staff_redirect(req, "/staff/inquiries");
}

/* Administration (admins only): GET/POST /staff/users — users and their roles on the
 * boards; GET /staff/audit — the audit log. */
#include "staff.h"

#include <ctype.h>

int
page_users(struct request *req)
{
	xmlNodePtr users = xml_elem(req->page, "users");
	enum db_status rc;

	rc = dbxml_rows(staff_db(req), SQL_USERS, NULL, 0, users, "user", NULL);
	if (rc == DB_OK)
		rc = dbxml_rows(staff_db(req), SQL_BOARDS_ALL, NULL, 0, xml_elem(users, "boards"),
		    "board", NULL);
	return db_http_status(rc);
}

static bool
username_ok(const char *u)
{
	size_t n = strlen(u);

	if (n < 2 || n > 60)
		return false;
	for (; *u; u++)
		if (!islower((unsigned char)*u) && !isdigit((unsigned char)*u) && !strchr("._-", *u))
			return false;
	return true;
}

static int
users_error(struct request *req, const char *field, const char *why)
{
	xmlNodePtr e = xml_elem(req->page, "form-error");

	xml_attr(e, "field", field);
	xml_attr(e, "reason", why);
	req->resp.status = 400;
	return page_users(req);
}

/* action=create (username, display_name, password, admin), role_add / role_remove
 * (user_id, role, board), deactivate / activate (user_id). */
int
page_users_post(struct request *req)
{
	struct session *s = auth_session(req);
	const char *action = param_text(req, "action");
	const char *role = param_text(req, "role"), *board = param_text(req, "board");
	long long uid = param_int(req, "user_id", 0);
	enum db_status rc;
	unsigned long long n = 0;

	if (action == NULL)
		return users_error(req, "action", "error.param.required");
	if (strcmp(action, "create") == 0) {
		const char *u = param_text(req, "username"), *d = param_text(req, "display_name");
		const char *pw = param_text(req, "password");
		char hash[128];
		size_t chars = 0;
		unsigned long long id;

		if (u == NULL || !username_ok(u))
			return users_error(req, "username", "users.error.username");
		if (d == NULL)
			return users_error(req, "display_name", "error.param.required");
		for (const char *c = pw ? pw : ""; *c; c++)
			if (((unsigned char)*c & 0xc0) != 0x80)
				chars++;
		if (pw == NULL || chars < PASSWORD_MIN || strlen(pw) > 1024)
			return users_error(req, "password", "password.error.short");
		if (auth_hash_password(pw, hash) != 0)
			return 500;
		{
			struct db_param p[4] = { DB_TEXT(u), DB_TEXT(d), DB_TEXT(hash),
			    DB_INT(param_text(req, "admin") != NULL) };

			rc = db_exec(staff_db(req), SQL_USER_INSERT, p, 4, NULL, &id);
		}
		if (rc == DB_CONFLICT)
			return users_error(req, "username", "users.error.taken");
		if (rc != DB_OK)
			return db_http_status(rc);
		audit(req, "user_create", "staff_user", (long long)id, u);
	} else if (strcmp(action, "role_add") == 0 || strcmp(action, "role_remove") == 0) {
		bool add = strcmp(action, "role_add") == 0;
		struct db_param p[3] = { DB_INT(uid), DB_TEXT(role), DB_TEXT(board) };

		if (role == NULL)
			return users_error(req, "role", "error.param.required");
		if (board == NULL)
			return users_error(req, "board", "error.param.required");
		rc = db_exec(staff_db(req), add ? SQL_ROLE_ADD : SQL_ROLE_REMOVE, p, 3, &n, NULL);
		if (rc != DB_OK)
			return db_http_status(rc);
		if (n > 0) {
			char detail[200];

			snprintf(detail, sizeof(detail), "%s:%s", role, board);
			audit(req, add ? "role_add" : "role_remove", "staff_user", uid, detail);
		}
	} else if (strcmp(action, "deactivate") == 0 || strcmp(action, "activate") == 0) {
		bool on = strcmp(action, "activate") == 0;
		struct db_param p[3] = { DB_INT(on), DB_INT(uid), DB_INT(s->user_id) };

		rc = db_exec(staff_db(req), SQL_USER_SET_ACTIVE, p, 3, &n, NULL);
		if (rc == DB_OK && !on)
			rc = db_exec(staff_db(req), SQL_USER_SESSIONS_END, p + 1, 1, NULL, NULL);
		if (rc != DB_OK)
			return db_http_status(rc);
		if (n > 0)
			audit(req, on ? "user_activate" : "user_deactivate", "staff_user", uid, NULL);
	} else
		return users_error(req, "action", "error.param.enum");
	return staff_redirect(req, "/staff/users");
}

static const struct param_decl audit_params[] = {
	{ .name = "before", .type = PARAM_INT, .min = 1, .max = 1LL << 60 },
	{ .name = NULL },
};

int
page_audit(struct request *req)
{
	xmlNodePtr log = xml_elem(req->page, "audit");
	const char *before = kv_get(&req->query, "before");
	struct db_param p[2] = { DB_NULL, DB_NULL };
	long long b;
	double d;

	if (before != NULL) {
		if (param_check(&audit_params[0], before, &b, &d) != NULL)
			return http_bad_param(req, "before", "error.param.int");
		p[0] = p[1] = DB_INT(b);
	}
	return db_http_status(dbxml_rows(staff_db(req), SQL_AUDIT_LIST, p, 2, log, "entry", NULL));
}

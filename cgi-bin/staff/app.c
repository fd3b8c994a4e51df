/* The staff program as the pipeline sees it: its routes (path, methods, role, handler,
 * declared form, template), the prologue every route with a role goes through, what every
 * page shows, and what it reads at start. */
#include "staff.h"
#include "import.h"

#define GET_HEAD	(METHOD_GET | METHOD_HEAD)
#define POST		METHOD_POST

static const struct route staff_routes[] = {
	{ "/staff/login", GET_HEAD, ROLE_NONE, page_login, NULL, "staff/login", ERRORS_HTML },
	{ "/staff/login", POST, ROLE_NONE, page_login_post, login_form, "staff/login", ERRORS_HTML },
	{ "/staff/logout", POST, ROLE_STAFF, page_logout, NULL, NULL, ERRORS_HTML },
	{ "/staff/", GET_HEAD, ROLE_STAFF, page_dashboard, NULL, "staff/dashboard", ERRORS_HTML },
	{ "/staff/password", GET_HEAD, ROLE_STAFF, page_password, NULL, "staff/password", ERRORS_HTML },
	{ "/staff/password", POST, ROLE_STAFF, page_password_post, password_form, "staff/password", ERRORS_HTML },
	{ "/staff/projects", GET_HEAD, ROLE_STAFF, page_staff_projects, staff_projects_params, "staff/projects", ERRORS_HTML },
	{ "/staff/zones/{}/edit", GET_HEAD, ROLE_EDITOR, page_zone_edit, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/zones/{}/edit", POST, ROLE_EDITOR, page_zone_edit_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/zones/{}/facts", GET_HEAD, ROLE_EDITOR, page_facts_edit, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/zones/{}/facts", POST, ROLE_EDITOR, page_facts_edit_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/edit", GET_HEAD, ROLE_EDITOR, page_project_edit, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/edit", POST, ROLE_EDITOR, page_project_edit_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/status", GET_HEAD, ROLE_EDITOR, page_status, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/status", POST, ROLE_EDITOR, page_status_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/finding", GET_HEAD, ROLE_EDITOR, page_add, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/finding", POST, ROLE_EDITOR, page_add_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/document", GET_HEAD, ROLE_EDITOR, page_add, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/projects/{}/document", POST, ROLE_EDITOR, page_add_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/boards/{}/announcement", GET_HEAD, ROLE_EDITOR, page_add, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/boards/{}/announcement", POST, ROLE_EDITOR, page_add_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/boards/{}/target", GET_HEAD, ROLE_EDITOR, page_add, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/boards/{}/target", POST, ROLE_EDITOR, page_add_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/boards/{}/index", GET_HEAD, ROLE_EDITOR, page_add, NULL, "staff/edit", ERRORS_HTML },
	{ "/staff/boards/{}/index", POST, ROLE_EDITOR, page_add_post, edit_form, "staff/edit", ERRORS_HTML },
	{ "/staff/changes/{}", GET_HEAD, ROLE_STAFF, page_change, NULL, "staff/change", ERRORS_HTML },
	{ "/staff/changes/{}/file", GET_HEAD, ROLE_STAFF, page_change_file, NULL, NULL, ERRORS_HTML },
	{ "/staff/changes/{}/{}", POST, ROLE_STAFF, page_change_action, change_form, "staff/change", ERRORS_HTML },
	{ "/staff/import", GET_HEAD, ROLE_EDITOR, page_import, NULL, "staff/import", ERRORS_HTML },
	{ "/staff/import", POST, ROLE_EDITOR, page_import_post, import_form, "staff/import", ERRORS_HTML },
	{ "/staff/users", GET_HEAD, ROLE_ADMIN, page_users, NULL, "staff/users", ERRORS_HTML },
	{ "/staff/users", POST, ROLE_ADMIN, page_users_post, users_form, "staff/users", ERRORS_HTML },
	/* inquiries to the boards (page_inquiries.c): only an admin deletes one */
	{ "/staff/inquiries", GET_HEAD, ROLE_STAFF, page_inquiries, NULL, "staff/inquiries", ERRORS_HTML },
	{ "/staff/inquiries/{}/answered", POST, ROLE_STAFF, page_inquiry_answered, NULL, NULL, ERRORS_HTML },
	{ "/staff/inquiries/{}/delete", POST, ROLE_ADMIN, page_inquiry_delete, NULL, NULL, ERRORS_HTML },
	{ "/staff/audit", GET_HEAD, ROLE_ADMIN, page_audit, NULL, "staff/audit", ERRORS_HTML },
	{ NULL, 0, 0, NULL, NULL, NULL, ERRORS_HTML },
};

/* The prologue of every page that needs a session: signed in, else to the sign-in page;
 * the role the route needs; and for a POST, the origin and the CSRF token. */
static enum authz
staff_authorize(struct request *req, int *status)
{
	struct session *s;
	int rc = auth_load(req);

	if (rc > 1) {
		*status = rc;
		return AUTHZ_REFUSED;
	}
	if (rc == 1) {
		staff_redirect(req, "/staff/login");
		return AUTHZ_ANSWERED;
	}
	s = auth_session(req);
	switch (req->route->role) {
	case ROLE_EDITOR:
		if (!auth_has_any_role(s, "editor"))
			s->refusal = "role editor";
		break;
	case ROLE_REVIEWER:
		if (!auth_has_any_role(s, "reviewer"))
			s->refusal = "role reviewer";
		break;
	case ROLE_ADMIN:
		if (!s->admin)
			s->refusal = "role admin";
		break;
	default:
		break;
	}
	if (s->refusal == NULL && req->method == METHOD_POST && !auth_post_ok(req))
		s->refusal = "csrf or origin";
	if (s->refusal == NULL)
		return AUTHZ_PASS;
	*status = 403;
	return AUTHZ_REFUSED;
}

/* Every 403 the staff program answers is recorded: the path, and why when known (the
 * role, the CSRF check; otherwise a board the user has no role on). An error page comes
 * through here with its status set, a page rendered by its handler with 200. */
static void
audit_refusal(struct request *req)
{
	struct session *s = auth_session(req);
	struct buf d;

	if (req->resp.status != 403)
		return;
	buf_init(&d);
	buf_printf(&d, "%s %s%s: %s", req->method == METHOD_POST ? "POST" : "GET",
	    staff_base(req), req->path, s && s->refusal ? s->refusal : s ? "board" : "origin");
	audit(req, "forbidden", NULL, 0, d.data);
	buf_free(&d);
}

static void
staff_decorate(struct request *req)
{
	xmlNodePtr site = xml_elem(req->page, "site");
	struct session *s = auth_session(req);
	int found;

	audit_refusal(req);
	xml_attr(req->page, "program", "staff");
	req->cache_control = "no-store";
	if (dbxml_row(staff_db(req), SQL_STAFF_SITE, NULL, 0, site, &found) != DB_OK || !found) {
		xmlUnlinkNode(site);
		xmlFreeNode(site);
	}
	if (s != NULL) {
		xmlNodePtr u = xml_elem(req->page, "user");
		struct db_param p = DB_INT(s->user_id);

		xml_attr_int(u, "id", s->user_id);
		xml_attr(u, "username", s->username);
		xml_attr(u, "name", s->display_name);
		xml_attr(u, "csrf", s->csrf);
		if (s->admin)
			xml_attr(u, "admin", "1");
		(void)dbxml_rows(staff_db(req), SQL_ROLES, &p, 1, u, "role", NULL);
	}
}

/* The program's own configuration: the schema the XML import is validated against, and
 * the origin (scheme, host, port) every POST must come from. */
static int
staff_init(struct config *cfg)
{
	const char *schema = config_get(cfg, "schema_file", DATADIR "/minhbach/htdocs/schema/minhbach-1.xsd");
	const char *origin = config_get(cfg, "public_origin", NULL);

	if (origin != NULL && !http_origin_valid(origin)) {
		log_error("public_origin: want scheme://host[:port], with no path: %s", origin);
		return -1;
	}
	auth_set_origin(origin);
	return import_schema_load(schema);
}

const struct app_spec staff_app = {
	.name = "minhbach-staff",
	.routes = staff_routes,
	.sql = staff_sql,
	.nsql = STAFF_SQL__MAX,
	.authorize = staff_authorize,
	.init = staff_init,
	.decorate = staff_decorate,
};

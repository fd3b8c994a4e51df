/* What every part of the staff program uses: its statements, its database handle, links
 * and redirects in the user's language, and the fields of the staff forms. */
#include "staff.h"

const char *const staff_sql[STAFF_SQL__MAX] = {
#define S(id, sql) [id] = sql,
#include "sql/site.def"
#include "sql/auth.def"
#include "sql/records.def"
#include "sql/requests.def"
#include "sql/admin.def"
#include "sql/projects.def"
#include "sql/inquiries.def"
#undef S
};

struct db *
staff_db(struct request *req)
{
	return ((struct worker *)req->app)->db;
}

const char *
staff_base(const struct request *req)
{
	return req->lang == LANG_EN ? "/en" : "";
}

int
staff_redirect(struct request *req, const char *path)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s%s", staff_base(req), path);
	http_redirect(req, b.data);
	buf_free(&b);
	return PAGE_DONE;
}

/* sign-in and password: the limits are checked on the form, which says so in place */
const struct param_decl login_form[] = {
	{ .name = "username", .type = PARAM_TEXT },
	{ .name = "password", .type = PARAM_TEXT },
	{ .name = NULL },
};

const struct param_decl password_form[] = {
	{ .name = "current", .type = PARAM_TEXT },
	{ .name = "new", .type = PARAM_TEXT },
	{ .name = "again", .type = PARAM_TEXT },
	{ .name = NULL },
};

static const char *const edit_actions[] = { "save", "submit", NULL };

const struct param_decl edit_form[] = {
	{ .name = "note", .type = PARAM_TEXT },	/* required and bounded on the form itself */
	{ .name = "note_en", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "action", .type = PARAM_ENUM, .choices = edit_actions },
	{ .name = "version", .type = PARAM_INT, .min = 0, .max = 4294967295LL },
	{ .name = NULL },
};

const struct param_decl change_form[] = {
	{ .name = "comment", .type = PARAM_TEXT, .max = 2000 },
	{ .name = NULL },
};

const struct param_decl import_form[] = {
	{ .name = "note", .type = PARAM_TEXT },
	{ .name = "note_en", .type = PARAM_TEXT, .max = 2000 },
	{ .name = NULL },
};

static const char *const user_actions[] = { "create", "role_add", "role_remove", "deactivate",
    "activate", NULL };
static const char *const user_roles[] = { "editor", "reviewer", NULL };

const struct param_decl users_form[] = {
	{ .name = "action", .type = PARAM_ENUM, .choices = user_actions },
	{ .name = "user_id", .type = PARAM_INT, .min = 1, .max = 4294967295LL },
	{ .name = "role", .type = PARAM_ENUM, .choices = user_roles },
	{ .name = "board", .type = PARAM_SLUG },
	{ .name = "username", .type = PARAM_TEXT, .max = 60 },
	{ .name = "display_name", .type = PARAM_TEXT, .max = 200 },
	{ .name = "password", .type = PARAM_TEXT, .max = 1024 },
	{ .name = "admin", .type = PARAM_TEXT, .max = 8 },
	{ .name = NULL },
};

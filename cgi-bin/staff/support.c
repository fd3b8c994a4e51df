/* What every part of the staff program uses: its statements, its database handle, links
 * and redirects in the user's language, and the raw form values. */
#include "staff.h"

const char *const staff_sql[STAFF_SQL__MAX] = {
#define S(id, sql) [id] = sql,
#include "sql/site.def"
#include "sql/auth.def"
#include "sql/records.def"
#include "sql/requests.def"
#include "sql/admin.def"
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

const char *
form(const struct request *req, const char *name)
{
	return kv_get(&req->form, name);
}

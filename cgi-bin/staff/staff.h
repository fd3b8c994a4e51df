/* The staff program: statements, shared helpers, declared forms and the page handlers. */
#ifndef MB_STAFF_H
#define MB_STAFF_H

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "db.h"
#include "dbxml.h"
#include "http.h"
#include "log.h"
#include "params.h"
#include "render.h"
#include "router.h"
#include "server.h"

enum staff_sql {
#define S(id, sql) id,
#include "sql/site.def"
#include "sql/auth.def"
#include "sql/records.def"
#include "sql/requests.def"
#include "sql/admin.def"
#include "sql/projects.def"
#include "sql/inquiries.def"
#undef S
	STAFF_SQL__MAX
};

extern const char *const staff_sql[STAFF_SQL__MAX];

#include "auth.h"
#include "records.h"
#include "rows.h"

/* The routes, prologue, decoration and start of the program (app.c). */
extern const struct app_spec staff_app;

struct db	*staff_db(struct request *);
/* "/en" or "": the language prefix for links and redirects. */
const char	*staff_base(const struct request *);
/* A 303 to base + path. */
int		 staff_redirect(struct request *, const char *path);

/* The declared fields of the staff forms (route params: validated before the handler, a
 * bad value answered 400 naming the field). The record fields of the edit forms are
 * declared in records.c and checked field by field on the form itself. */
extern const struct param_decl login_form[];	/* username, password */
extern const struct param_decl password_form[];	/* current, new, again */
extern const struct param_decl edit_form[];	/* note, action, version */
extern const struct param_decl change_form[];	/* comment */
extern const struct param_decl import_form[];	/* note */
extern const struct param_decl users_form[];	/* action and its fields */
/* the registry's filters (lib/registry_filters.h), for GET /staff/projects */
extern const struct param_decl staff_projects_params[];

int	page_login(struct request *);
int	page_login_post(struct request *);
int	page_logout(struct request *);
int	page_password(struct request *);
int	page_password_post(struct request *);
int	page_dashboard(struct request *);
int	page_staff_projects(struct request *);
int	page_zone_edit(struct request *);
int	page_zone_edit_post(struct request *);
int	page_facts_edit(struct request *);
int	page_facts_edit_post(struct request *);
int	page_project_edit(struct request *);
int	page_project_edit_post(struct request *);
int	page_status(struct request *);
int	page_status_post(struct request *);
int	page_add(struct request *);
int	page_import(struct request *);
int	page_import_post(struct request *);
int	page_add_post(struct request *);
int	page_change(struct request *);
int	page_change_action(struct request *);
int	page_change_file(struct request *);
int	page_users(struct request *);
int	page_users_post(struct request *);
int	page_audit(struct request *);
int	page_inquiries(struct request *);
int	page_inquiry_answered(struct request *);
int	page_inquiry_delete(struct request *);

#endif

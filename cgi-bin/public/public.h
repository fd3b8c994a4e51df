/* The public program: statements, shared helpers and the page handlers. */
#ifndef MB_PUBLIC_H
#define MB_PUBLIC_H

#include "db.h"
#include "dbxml.h"
#include "http.h"
#include "params.h"
#include "render.h"
#include "router.h"
#include "server.h"

enum public_sql {
#define S(id, sql) id,
#include "sql/site.def"
#include "sql/home.def"
#include "sql/targets.def"
#include "sql/zones.def"
#undef S
	SQL__MAX
};

extern const char *const public_sql[SQL__MAX];

/* The worker's database handle. */
struct db	*public_db(struct request *);
/* An optional text parameter as a query parameter (NULL when absent). */
struct db_param	 public_opt_text(const struct request *, const char *name);

int	page_home(struct request *);
int	page_zones(struct request *);

extern const struct param_decl zones_params[];

#endif

/* The staff program: statements, shared helpers and the page handlers. */
#ifndef MB_STAFF_H
#define MB_STAFF_H

#include "db.h"
#include "dbxml.h"
#include "http.h"
#include "params.h"
#include "render.h"
#include "router.h"
#include "server.h"

enum staff_sql {
#define S(id, sql) id,
#include "sql/site.def"
#undef S
	STAFF_SQL__MAX
};

extern const char *const staff_sql[STAFF_SQL__MAX];

struct db	*staff_db(struct request *);

int	page_login(struct request *);

#endif

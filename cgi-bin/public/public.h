/* The public program: statements, shared helpers and the page handlers. */
#ifndef MB_PUBLIC_H
#define MB_PUBLIC_H

#include <stdlib.h>
#include <string.h>

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
#include "sql/zone.def"
#include "sql/projects.def"
#include "sql/project.def"
#include "sql/changes.def"
#include "sql/indices.def"
#include "sql/finder.def"
#undef S
	SQL__MAX
};

extern const char *const public_sql[SQL__MAX];

/* The worker's database handle. */
struct db	*public_db(struct request *);
/* An optional text parameter as a query parameter (NULL when absent). */
struct db_param	 public_opt_text(const struct request *, const char *name);
/* The path argument as a positive id, or 0 when it is not one (the page is then 404). */
long long	 public_path_id(const struct request *, unsigned int);
/* Fills <changes> with a record's published changes and their fields. */
enum db_status	 public_changes_of(struct request *, xmlNodePtr, const char *entity, long long id);

int	page_home(struct request *);
int	page_zones(struct request *);
int	page_zone(struct request *);
int	page_zone_changes(struct request *);
int	page_projects(struct request *);
int	page_project(struct request *);
int	page_project_changes(struct request *);
int	page_document(struct request *);
int	page_changes(struct request *);
int	page_targets(struct request *);
int	page_indices(struct request *);
int	page_index(struct request *);
int	page_finder(struct request *);

extern const struct param_decl zones_params[];
extern const struct param_decl projects_params[];
extern const struct param_decl changes_params[];
extern const struct param_decl index_params[];
extern const struct param_decl finder_params[];

#endif

/* The choices of zone, board, country and sector (SQL_PROJECT_FACETS), read once per data
 * generation by each worker: the registry's filters (projects_form.c) and the names a
 * project's page shows beside its codes (page_project.c), which it would otherwise join on
 * every request (docs/performance.md, "A project's page"). */
#ifndef MB_FACETS_H
#define MB_FACETS_H

#include "public.h"

enum { FACET_FACET, FACET_VALUE, FACET_LABEL, FACET_LABEL_EN, FACET_ID, FACET__COLS };

/* Makes the choices those of the request's data generation (read again only after a
 * publication, or after facets_forget). */
enum db_status		 facets_read(struct request *);
/* The choices are read again by the next facets_read (one was missing: a publication
 * happened after they were read). */
void			 facets_forget(void);
/* Column col (FACET_*) of choice i, NULL for SQL NULL, while i < facets_count(). */
unsigned int		 facets_count(void);
const char		*facets_get(unsigned int i, unsigned int col);
/* The choice of facet whose value is value (compared without letter case: country codes are
 * lower-case here, upper-case in the records), or -1. */
int			 facets_find(const char *facet, const char *value);
/* The zone whose id is id, or -1. */
int			 facets_zone(const char *id);

#endif

/* The records of a project's page (project_records.c). */
#ifndef MB_PROJECT_RECORDS_H
#define MB_PROJECT_RECORDS_H

#include "page.h"

/* The timeline, the legal documents and the review findings of project id, as sections of
 * pg, each status change and finding with its legal basis. */
enum db_status	project_records(struct page *, struct db *, struct db_param *id);

#endif

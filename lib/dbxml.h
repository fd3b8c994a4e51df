/* Query results straight into the data document: one element per row, one child
 * element per non-NULL column, named after the column. */
#ifndef MB_DBXML_H
#define MB_DBXML_H

#include <libxml/tree.h>

#include "db.h"

/* Appends <row_name><col>value</col>…</row_name> under parent for every row. Columns
 * whose name starts with '@' become attributes instead. *count (may be NULL) gets the
 * number of rows. */
enum db_status	dbxml_rows(struct db *, unsigned int stmt, const struct db_param *, unsigned int n,
		    xmlNodePtr parent, const char *row_name, unsigned long *count);
/* Fills an element with a row's columns as dbxml_row does, for a caller that reads the
 * rows itself. */
void		dbxml_fill(xmlNodePtr, const struct db_row *);
/* Appends one row as dbxml_rows does, for a caller that reads the rows itself; returns
 * the row's element. */
xmlNodePtr	dbxml_append(xmlNodePtr parent, const char *row_name, const struct db_row *);
/* Fills the existing element with the columns of the first row. *found tells whether
 * there was one. */
enum db_status	dbxml_row(struct db *, unsigned int stmt, const struct db_param *, unsigned int n,
		    xmlNodePtr into, int *found);

#endif

/* Rows of a statement kept while a page is written — a chart needs its whole series before
 * its first point, a change's fields come after the changes, zones compared side by side:
 * the values of the columns a page names, all in one buffer, a few allocations for all the
 * rows and none per row. A set kept by a page for the worker's life and emptied for each
 * request (rows_reset) allocates nothing once warm. */
#ifndef MB_ROWS_H
#define MB_ROWS_H

#include <stddef.h>

#include "buf.h"
#include "db.h"

struct rows {
	const char *const	*cols;	/* the columns kept, by name */
	unsigned int		 ncols;
	unsigned int		 n;	/* rows kept */
	unsigned int		 cap;	/* rows at has room for */
	size_t			*at;	/* n × ncols offsets into text; ROWS_NULL: SQL NULL */
	struct buf		 text;	/* the values, each ended by its NUL */
};

#define ROWS_NULL	((size_t)-1)
/* a set keeping the columns of the array cols */
#define ROWS(cols)	{ (cols), sizeof(cols) / sizeof((cols)[0]), 0, 0, NULL, { NULL, 0, 0 } }

/* A db_query callback (ctx: the set): keeps the row's columns. */
int		 rows_add(void *ctx, const struct db_row *);
/* Runs statement sql and keeps its rows after those already kept. */
enum db_status	 rows_read(struct rows *, struct db *, unsigned int sql, const struct db_param *,
		    unsigned int nparams);
/* The value of column col of row i: NULL for SQL's NULL or no such row. */
const char	*rows_get(const struct rows *, unsigned int i, unsigned int col);
/* Empties the set, keeping its memory. */
void		 rows_reset(struct rows *);
void		 rows_free(struct rows *);
/* The values of the columns named (NULL where absent or NULL) of one row into out; names
 * in the statement's order cost one comparison each. */
void		 row_cols(const struct db_row *, const char *const *names, unsigned int n,
		    const char **out);

#endif

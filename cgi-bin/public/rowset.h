/* The rows of a statement kept while a page is written (a page that shows them twice, or
 * in another order than they come): their values, by the columns' names, in one buffer. */
#ifndef MB_ROWSET_H
#define MB_ROWSET_H

#include "public.h"

struct rowset {
	const char *const	*cols;	/* the columns kept, by name (db_col) */
	unsigned int		 ncols;
	struct buf		 text;	/* the values, each NUL-terminated */
	size_t			*off;	/* nrows × ncols offsets into text; SIZE_MAX: NULL */
	unsigned int		 nrows;
};

/* Runs the statement and appends its rows. */
enum db_status	 rowset_read(struct request *, struct rowset *, unsigned int stmt,
		    const struct db_param *, unsigned int n);
/* The value of column k of row i: NULL for SQL NULL or no such row. */
const char	*rowset_get(const struct rowset *, unsigned int i, unsigned int k);
void		 rowset_free(struct rowset *);

#endif

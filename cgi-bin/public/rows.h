/* Rows of a statement kept for a page that writes them only once it has read them all (a
 * chart needs the whole series before its first point; a table may come after it): the
 * values of the named columns, all in one buffer. */
#ifndef MB_ROWS_H
#define MB_ROWS_H

#include "db.h"
#include "buf.h"

struct rows {
	const char *const	*cols;	/* the columns kept, by name (db_col) */
	unsigned int		 ncols;
	unsigned int		 n;	/* rows read */
	struct buf		 text;	/* the values, each ended by its NUL */
	size_t			*at;	/* n * ncols offsets into text; ROWS_NULL: NULL */
};

#define ROWS_NULL	((size_t)-1)

void		 rows_init(struct rows *, const char *const *cols, unsigned int ncols);
/* Appends the rows of statement sql. */
enum db_status	 rows_read(struct rows *, struct db *, unsigned int sql, const struct db_param *,
		    unsigned int nparams);
/* The value of column col of row i, NULL for SQL's NULL. */
const char	*rows_get(const struct rows *, unsigned int i, unsigned int col);
void		 rows_free(struct rows *);

#endif

/* Rows kept for a while: a page that must write some rows after others it reads later (a
 * change's fields under the change, zones compared side by side) copies the columns it
 * needs into one store, its values in one buffer. A store is kept by its page for the
 * worker's life and emptied for each request, so that a warm worker allocates nothing. */
#ifndef MB_ROWSTORE_H
#define MB_ROWSTORE_H

#include <stddef.h>

#include "buf.h"
#include "db.h"

struct rowstore {
	const char *const	*cols;		/* the columns kept, by name */
	unsigned int		 ncols;
	unsigned int		 n, cap;	/* rows */
	size_t			*at;		/* ncols offsets a row into text; SIZE_MAX: NULL */
	struct buf		 text;		/* the values, each NUL-terminated */
};

#define ROWSTORE(cols)	{ (cols), sizeof(cols) / sizeof((cols)[0]), 0, 0, NULL, { NULL, 0, 0 } }

/* The values of the columns named (NULL where absent or NULL) into out; cheapest with the
 * names in the statement's order. */
void		 row_cols(const struct db_row *, const char *const *names, unsigned int n,
		    const char **out);
/* Empties the store (keeping its memory). */
void		 rowstore_reset(struct rowstore *);
/* A db_query callback: keeps the row's columns (ctx: the store). */
int		 rowstore_add(void *ctx, const struct db_row *);
/* Column k of row i, or NULL. */
const char	*rowstore_get(const struct rowstore *, unsigned int i, unsigned int k);

#endif

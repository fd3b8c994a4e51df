/* Rows of a statement kept for a page (rows.h). */
#include "rows.h"

#include <stdlib.h>
#include <string.h>

void
rows_init(struct rows *r, const char *const *cols, unsigned int ncols)
{
	*r = (struct rows){ .cols = cols, .ncols = ncols };
	buf_init(&r->text);
}

static int
rows_row(void *ctx, const struct db_row *row)
{
	struct rows *r = ctx;
	size_t *at;

	r->at = xgrow(r->at, r->n, r->ncols * sizeof(size_t));
	at = r->at + (size_t)r->n * r->ncols;
	for (unsigned int k = 0; k < r->ncols; k++) {
		const char *v = db_col(row, r->cols[k]);

		at[k] = v != NULL ? r->text.len : ROWS_NULL;
		if (v != NULL)
			buf_append(&r->text, v, strlen(v) + 1);
	}
	r->n++;
	return 0;
}

enum db_status
rows_read(struct rows *r, struct db *db, unsigned int sql, const struct db_param *p,
    unsigned int nparams)
{
	return db_query(db, sql, p, nparams, rows_row, r);
}

const char *
rows_get(const struct rows *r, unsigned int i, unsigned int col)
{
	size_t at;

	if (i >= r->n || col >= r->ncols)
		return NULL;
	at = r->at[(size_t)i * r->ncols + col];
	return at == ROWS_NULL ? NULL : r->text.data + at;
}

void
rows_free(struct rows *r)
{
	buf_free(&r->text);
	free(r->at);
	r->at = NULL;
	r->n = 0;
}

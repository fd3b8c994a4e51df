/* Rows of a statement kept while a page is written (rows.h). */
#include "rows.h"

#include <stdlib.h>
#include <string.h>

int
rows_add(void *ctx, const struct db_row *row)
{
	struct rows *r = ctx;
	const char *v[64];
	size_t *at;

	if (r->ncols > sizeof(v) / sizeof(v[0]))
		abort();	/* a page keeps a few columns, never this many */
	row_cols(row, r->cols, r->ncols, v);
	if (r->n == r->cap) {
		r->cap = r->cap > 0 ? 2 * r->cap : 16;
		r->at = xrealloc(r->at, (size_t)r->cap * r->ncols * sizeof(size_t));
	}
	at = r->at + (size_t)r->n * r->ncols;
	for (unsigned int k = 0; k < r->ncols; k++) {
		at[k] = v[k] != NULL ? r->text.len : ROWS_NULL;
		if (v[k] != NULL)
			buf_append(&r->text, v[k], strlen(v[k]) + 1);
	}
	r->n++;
	return 0;
}

enum db_status
rows_read(struct rows *r, struct db *db, unsigned int sql, const struct db_param *p,
    unsigned int nparams)
{
	return db_query(db, sql, p, nparams, rows_add, r);
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
rows_reset(struct rows *r)
{
	r->n = 0;
	buf_reset(&r->text);
}

void
rows_free(struct rows *r)
{
	free(r->at);
	r->at = NULL;
	r->n = r->cap = 0;
	buf_free(&r->text);
}

/* Each name is looked for from the column after the previous one found. */
void
row_cols(const struct db_row *r, const char *const *names, unsigned int n, const char **out)
{
	unsigned int at = 0;

	for (unsigned int k = 0; k < n; k++) {
		out[k] = NULL;
		for (unsigned int j = 0; j < r->ncols; j++) {
			unsigned int i = (at + j) % r->ncols;

			if (strcmp(r->names[i], names[k]) == 0) {
				out[k] = r->values[i];
				at = i + 1;
				break;
			}
		}
	}
}

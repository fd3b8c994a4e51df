/* Rows kept for a while (rowstore.h). */
#include "rowstore.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each name is looked for from the column after the previous one found: names listed in
 * the statement's order cost one comparison each. */
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

void
rowstore_reset(struct rowstore *s)
{
	s->n = 0;
	buf_reset(&s->text);
}

int
rowstore_add(void *ctx, const struct db_row *r)
{
	struct rowstore *s = ctx;
	size_t *at;

	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->at = xrealloc(s->at, (size_t)s->cap * s->ncols * sizeof(*s->at));
	}
	at = s->at + (size_t)s->n * s->ncols;
	for (unsigned int k = 0; k < s->ncols; k++) {
		const char *v = db_col(r, s->cols[k]);

		if (v == NULL) {
			at[k] = SIZE_MAX;
			continue;
		}
		at[k] = s->text.len;
		buf_append(&s->text, v, strlen(v) + 1);
	}
	s->n++;
	return 0;
}

const char *
rowstore_get(const struct rowstore *s, unsigned int i, unsigned int k)
{
	size_t at;

	if (i >= s->n || k >= s->ncols)
		return NULL;
	at = s->at[(size_t)i * s->ncols + k];
	return at == SIZE_MAX ? NULL : s->text.data + at;
}

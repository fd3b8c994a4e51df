/* The rows of a statement kept while a page is written (rowset.h): a few allocations for
 * all the rows, none per row. */
#include "rowset.h"

#include <stdint.h>

static int
rowset_add(void *ctx, const struct db_row *r)
{
	struct rowset *rs = ctx;

	for (unsigned int k = 0; k < rs->ncols; k++) {
		const char *v = db_col(r, rs->cols[k]);
		size_t at = (size_t)rs->nrows * rs->ncols + k;

		rs->off = xgrow(rs->off, at, sizeof(size_t));
		rs->off[at] = v != NULL ? rs->text.len : SIZE_MAX;
		if (v != NULL)
			buf_append(&rs->text, v, strlen(v) + 1);
	}
	rs->nrows++;
	return 0;
}

enum db_status
rowset_read(struct request *req, struct rowset *rs, unsigned int stmt,
    const struct db_param *p, unsigned int n)
{
	return db_query(public_db(req), stmt, p, n, rowset_add, rs);
}

const char *
rowset_get(const struct rowset *rs, unsigned int i, unsigned int k)
{
	size_t o = i < rs->nrows && k < rs->ncols ? rs->off[(size_t)i * rs->ncols + k] : SIZE_MAX;

	return o == SIZE_MAX ? NULL : rs->text.data + o;
}

void
rowset_free(struct rowset *rs)
{
	buf_free(&rs->text);
	free(rs->off);
	rs->off = NULL;
	rs->nrows = 0;
}

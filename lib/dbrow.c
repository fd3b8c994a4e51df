/* Result rows read by column name into named struct fields, never by position. */
#include "dbrow.h"
#include "buf.h"
#include "log.h"

#include <stdlib.h>
#include <string.h>

struct named {
	unsigned int		 idx;
	const char *const	*names;
	unsigned int		 n;
	char			**out;
	int			 found;
	const char		*missing;	/* a wanted name the result lacks */
};

static int
column_of(const struct db_row *r, const char *name)
{
	for (unsigned int i = 0; i < r->ncols; i++)
		if (strcmp(r->names[i], name) == 0)
			return (int)i;
	return -1;
}

const char *
db_row_value(const struct db_row *r, const char *name)
{
	int i = column_of(r, name);

	return i < 0 ? NULL : r->values[i];
}

static int
named_row(void *ctx, const struct db_row *r)
{
	struct named *nm = ctx;

	for (unsigned int k = 0; k < nm->n; k++) {
		int i = column_of(r, nm->names[k]);

		if (i < 0) {
			nm->missing = nm->names[k];
			return 1;
		}
		if (r->values[i] != NULL)
			nm->out[k] = xstrndup(r->values[i], r->lengths[i]);
	}
	nm->found = 1;
	return 1;	/* one row */
}

enum db_status
db_fetch_named(struct db *db, unsigned int idx, const struct db_param *p, unsigned int n,
    const char *const *names, unsigned int ncols, char **out, int *found)
{
	struct named nm = { idx, names, ncols, out, 0, NULL };
	enum db_status rc;

	for (unsigned int k = 0; k < ncols; k++)
		out[k] = NULL;
	rc = db_query(db, idx, p, n, named_row, &nm);
	*found = nm.found;
	if (nm.missing != NULL) {
		log_error("statement %u has no column %s", idx, nm.missing);
		db_values_free(out, ncols);
		*found = 0;
		return DB_ERROR;
	}
	return rc == DB_ABORTED ? DB_OK : rc;
}

enum db_status
db_fetch_struct(struct db *db, unsigned int idx, const struct db_param *p, unsigned int n,
    const struct db_col *cols, unsigned int ncols, void *out, int *found)
{
	const char **names = xcalloc(ncols ? ncols : 1, sizeof(*names));
	char **v = xcalloc(ncols ? ncols : 1, sizeof(*v));
	enum db_status rc;

	for (unsigned int k = 0; k < ncols; k++)
		names[k] = cols[k].name;
	rc = db_fetch_named(db, idx, p, n, names, ncols, v, found);
	for (unsigned int k = 0; k < ncols; k++) {
		char *field = (char *)out + cols[k].offset;

		switch (cols[k].type) {
		case DBC_TEXT:
			memcpy(field, &v[k], sizeof(char *));
			v[k] = NULL;	/* the struct owns it */
			break;
		case DBC_INT: {
			long long i = v[k] != NULL ? atoll(v[k]) : 0;

			memcpy(field, &i, sizeof(i));
			break;
		}
		case DBC_BOOL: {
			bool b = v[k] != NULL && strcmp(v[k], "0") != 0;

			memcpy(field, &b, sizeof(b));
			break;
		}
		}
	}
	db_values_free(v, ncols);
	free(v);
	free(names);
	return rc;
}

void
db_struct_free(const struct db_col *cols, unsigned int ncols, void *out)
{
	for (unsigned int k = 0; k < ncols; k++)
		if (cols[k].type == DBC_TEXT) {
			char **field = (char **)(void *)((char *)out + cols[k].offset);

			free(*field);
			*field = NULL;
		}
}

const char *
db_cols_missing(const struct db_col *cols, unsigned int ncols, const char *const *names,
    unsigned int nnames)
{
	for (unsigned int k = 0; k < ncols; k++) {
		unsigned int i = 0;

		while (i < nnames && strcmp(names[i], cols[k].name) != 0)
			i++;
		if (i == nnames)
			return cols[k].name;
	}
	return NULL;
}

/* Result rows read by column name into named struct fields, never by position: reordering
 * a SELECT cannot change which value a decision reads, and a column the struct expects but
 * the statement lacks is an error, not a shifted value. */
#ifndef MB_DBROW_H
#define MB_DBROW_H

#include <stdbool.h>
#include <stddef.h>

#include "db.h"

enum db_col_type {
	DBC_TEXT,	/* char *, malloc'd (NULL for SQL NULL); freed by db_struct_free */
	DBC_INT,	/* long long (0 for SQL NULL) */
	DBC_BOOL,	/* bool: true for a value other than NULL and "0" */
};

/* One column: its name in the result (the SELECT's column or alias) is the struct
 * field's name, and the field's C type must be the one of the column type; a field of
 * another type does not compile (_Generic has no association for it). */
struct db_col {
	const char		*name;
	enum db_col_type	 type;
	size_t			 offset;
};

#define DBC_FIELD_(st, f, t, ctype)	{ #f, t, offsetof(st, f) + \
	0 * sizeof(_Generic(((st *)0)->f, ctype: 0)) }
#define DBC_TEXT(st, f)	DBC_FIELD_(st, f, DBC_TEXT, char *)
#define DBC_INT(st, f)	DBC_FIELD_(st, f, DBC_INT, long long)
#define DBC_BOOL(st, f)	DBC_FIELD_(st, f, DBC_BOOL, bool)
#define DBC_COUNT(cols)	(sizeof(cols) / sizeof((cols)[0]))

/* Runs statement idx, expected to return at most one row, and fills out's fields from
 * the columns of the same names (zeroed first; *found tells whether there was a row).
 * Returns DB_ERROR, logged with the statement's index and the column, when the result
 * has no column of a declared name. */
enum db_status	db_fetch_struct(struct db *, unsigned int idx, const struct db_param *,
		    unsigned int n, const struct db_col *, unsigned int ncols, void *out,
		    int *found);
/* The same as text values, in the order of names (for a column list built at run
 * time): out[i] is the value of the column names[i] (free with db_values_free). */
enum db_status	db_fetch_named(struct db *, unsigned int idx, const struct db_param *,
		    unsigned int n, const char *const *names, unsigned int ncols, char **out,
		    int *found);
/* In a db_query callback: the value of the column of that name (NULL for SQL NULL or when
 * the row has no such column). */
const char	*db_row_value(const struct db_row *, const char *name);
/* Frees the TEXT fields of a struct db_fetch_struct filled. */
void		db_struct_free(const struct db_col *, unsigned int ncols, void *out);
/* The first column of a row whose name is not among cols, or NULL: for the tests that
 * check a statement's columns against its struct. */
const char	*db_cols_missing(const struct db_col *, unsigned int ncols,
		    const char *const *names, unsigned int nnames);

#endif

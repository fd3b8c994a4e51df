/* Keyset paging, one row more than a page, then the cursor (/projects, /changes, the API). */
#ifndef MB_KEYSET_H
#define MB_KEYSET_H

#include <stdbool.h>

#include "dbxml.h"

/* Ask for limit + 1 rows and pass each row's sort key and id to keyset_row, which returns
 * true while the row is on the page and false for the row past it. Then more tells
 * whether there is a next page, which starts after last ("key~id" of the page's last row;
 * last_id its id); first_key and first_id are the page's first row (for the cursor of the
 * previous page). Rows without a key or an id give no cursor. */
struct keyset_page {
	unsigned long	 limit, n;
	bool		 more;
	char		*first_key;
	long long	 first_id;
	char		*last;
	long long	 last_id;
};

bool	keyset_row(struct keyset_page *, const char *key, const char *id);
void	keyset_free(struct keyset_page *);
/* Runs the statement and appends the rows of the page under parent, as dbxml_rows does;
 * the sort key is the column key_col, the id the column id_col. */
enum db_status	keyset_rows(struct db *, unsigned int stmt, const struct db_param *, unsigned int n,
		    xmlNodePtr parent, const char *row_name, const char *key_col,
		    const char *id_col, struct keyset_page *);

#endif

/* Keyset paging, one row more than a page, then the cursor (/projects, /changes, the API). */
#ifndef MB_KEYSET_H
#define MB_KEYSET_H

#include <stdbool.h>

#include "db.h"

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
#endif

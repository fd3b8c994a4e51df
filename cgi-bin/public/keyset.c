/* Keyset paging: a page asks for one row more than it shows; the row past the page says
 * that there is a next one, which starts after the page's last row. */
#include "keyset.h"
#include "buf.h"

#include <stdlib.h>

bool
keyset_row(struct keyset_page *pg, const char *key, const char *id)
{
	pg->n++;
	if (pg->n == 1 && key != NULL && id != NULL) {
		pg->first_key = xstrdup(key);
		pg->first_id = strtoll(id, NULL, 10);
	}
	if (pg->n == pg->limit && key != NULL && id != NULL) {
		struct buf c;

		buf_init(&c);
		buf_printf(&c, "%s~%s", key, id);
		pg->last = c.data;
		pg->last_id = strtoll(id, NULL, 10);
	}
	if (pg->n <= pg->limit)
		return true;
	pg->more = true;
	return false;
}

void
keyset_free(struct keyset_page *pg)
{
	free(pg->first_key);
	free(pg->last);
}

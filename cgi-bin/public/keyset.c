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

struct keyset_xml {
	xmlNodePtr		 parent;
	const char		*row_name, *key_col, *id_col;
	struct keyset_page	*page;
};

static int
keyset_xml_row(void *ctx, const struct db_row *r)
{
	struct keyset_xml *x = ctx;

	if (keyset_row(x->page, db_col(r, x->key_col), db_col(r, x->id_col)))
		dbxml_append(x->parent, x->row_name, r);
	return 0;
}

enum db_status
keyset_rows(struct db *db, unsigned int stmt, const struct db_param *p, unsigned int n,
    xmlNodePtr parent, const char *row_name, const char *key_col, const char *id_col,
    struct keyset_page *page)
{
	struct keyset_xml x = { parent, row_name, key_col, id_col, page };

	return db_query(db, stmt, p, n, keyset_xml_row, &x);
}

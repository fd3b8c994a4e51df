/* Query results straight into the data document: one element per row, one child
 * element per non-NULL column, named after the column. */
#include "dbxml.h"

struct dbxml_ctx {
	xmlNodePtr	 parent;
	const char	*row_name;
	unsigned long	 count;
	int		 single;
};

void
dbxml_fill(xmlNodePtr row, const struct db_row *r)
{
	for (unsigned int i = 0; i < r->ncols; i++) {
		if (r->values[i] == NULL)
			continue;
		if (r->names[i][0] == '@')
			xmlSetProp(row, BAD_CAST (r->names[i] + 1), BAD_CAST r->values[i]);
		else
			xmlNewTextChild(row, NULL, BAD_CAST r->names[i], BAD_CAST r->values[i]);
	}
}

xmlNodePtr
dbxml_append(xmlNodePtr parent, const char *row_name, const struct db_row *r)
{
	xmlNodePtr row = xmlNewChild(parent, NULL, BAD_CAST row_name, NULL);

	dbxml_fill(row, r);
	return row;
}

static int
dbxml_on_row(void *p, const struct db_row *r)
{
	struct dbxml_ctx *c = p;

	if (c->single) {
		dbxml_fill(c->parent, r);
		c->count++;
		return 1;	/* one is all we want */
	}
	dbxml_append(c->parent, c->row_name, r);
	c->count++;
	return 0;
}

enum db_status
dbxml_rows(struct db *db, unsigned int stmt, const struct db_param *p, unsigned int n,
    xmlNodePtr parent, const char *row_name, unsigned long *count)
{
	struct dbxml_ctx c = { parent, row_name, 0, 0 };
	enum db_status rc = db_query(db, stmt, p, n, dbxml_on_row, &c);

	if (count != NULL)
		*count = c.count;
	return rc;
}

enum db_status
dbxml_row(struct db *db, unsigned int stmt, const struct db_param *p, unsigned int n,
    xmlNodePtr into, int *found)
{
	struct dbxml_ctx c = { into, NULL, 0, 1 };
	enum db_status rc = db_query(db, stmt, p, n, dbxml_on_row, &c);

	*found = c.count > 0;
	return rc == DB_ABORTED ? DB_OK : rc;
}

/* The site's facts, taken while SQL_SITE's row is read into the page (public_decorate, once
 * before every handler), so that C never reads them back out of the data document; and
 * the configured origin of every absolute link. */
#include "site.h"

/* A worker serves one request at a time: the facts of the request being served, owned
 * here, replaced by the next request's. */
static struct {
	const struct request	*req;
	char			*values[6];
	struct public_site	 facts;
} site_current;

static const char *const site_columns[6] = { "province_code", "publisher", "licence_name",
    "licence_url", "generation", "changed_at" };

struct site_read {
	xmlNodePtr	 into;
	int		 found;
};

static int
site_row(void *ctx, const struct db_row *r)
{
	struct site_read *s = ctx;
	const char **facts[6] = { &site_current.facts.province_code,
	    &site_current.facts.publisher, &site_current.facts.licence_name,
	    &site_current.facts.licence_url, &site_current.facts.generation,
	    &site_current.facts.changed_at };

	dbxml_fill(s->into, r);
	for (unsigned int k = 0; k < 6; k++) {
		const char *v = db_col(r, site_columns[k]);

		site_current.values[k] = v ? xstrdup(v) : NULL;
		*facts[k] = site_current.values[k];
	}
	s->found = 1;
	return 1;	/* one row */
}

enum db_status
public_site_read(struct db *db, struct request *req, xmlNodePtr into, int *found)
{
	struct site_read s = { into, 0 };
	enum db_status rc;

	for (unsigned int k = 0; k < 6; k++) {
		free(site_current.values[k]);
		site_current.values[k] = NULL;
	}
	memset(&site_current.facts, 0, sizeof(site_current.facts));
	site_current.req = NULL;
	rc = db_query(db, SQL_SITE, NULL, 0, site_row, &s);
	if (rc == DB_ABORTED)
		rc = DB_OK;
	*found = s.found;
	if (rc == DB_OK && s.found)
		site_current.req = req;
	return rc;
}

const struct public_site *
public_site(const struct request *req)
{
	return req != NULL && site_current.req == req ? &site_current.facts : NULL;
}

/* The configured origin (public_origin), set once before the workers fork. */
static char od_public_origin[HTTP_ORIGIN_MAX];

int
od_origin_set(const char *origin)
{
	if (!http_origin_valid(origin))
		return -1;
	memcpy(od_public_origin, origin, strlen(origin) + 1);
	return 0;
}

void
od_origin(struct buf *b)
{
	buf_puts(b, od_public_origin);
}

char *
od_url(const char *v)
{
	struct buf b;

	if (v == NULL || v[0] != '/')
		return v ? xstrdup(v) : NULL;
	buf_init(&b);
	od_origin(&b);
	buf_puts(&b, v);
	return b.data;
}

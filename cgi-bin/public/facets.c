/* The choices of zone, board, country and sector, kept while the data generation they were
 * read under is the current one. */
#include "facets.h"
#include "metrics.h"
#include "site.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const facet_columns[FACET__COLS] = { "@facet", "@value", "label",
    "label_en", "@kind", "@id" };
static struct {
	char		*generation;
	char		**v;		/* FACET__COLS values a row */
	unsigned int	 n;
} facets;

static int
facet_row(void *ctx, const struct db_row *r)
{
	(void)ctx;
	facets.v = xgrow(facets.v, facets.n, FACET__COLS * sizeof(char *));
	for (unsigned int k = 0; k < FACET__COLS; k++) {
		const char *v = db_col(r, facet_columns[k]);

		facets.v[facets.n * FACET__COLS + k] = v ? xstrdup(v) : NULL;
	}
	facets.n++;
	return 0;
}

void
facets_forget(void)
{
	for (unsigned int i = 0; i < facets.n * FACET__COLS; i++)
		free(facets.v[i]);
	free(facets.v);
	free(facets.generation);
	facets.v = NULL;
	facets.n = 0;
	facets.generation = NULL;
}

enum db_status
facets_read(struct request *req)
{
	const struct public_site *s = public_site(req);
	enum db_status rc;

	if (s != NULL && s->generation != NULL && facets.generation != NULL &&
	    strcmp(s->generation, facets.generation) == 0) {
		metrics_cache(METRICS_CACHE_FACETS, true);
		return DB_OK;
	}
	metrics_cache(METRICS_CACHE_FACETS, false);
	facets_forget();
	rc = db_query(public_db(req), SQL_PROJECT_FACETS, NULL, 0, facet_row, NULL);
	if (rc == DB_OK && s != NULL && s->generation != NULL)
		facets.generation = xstrdup(s->generation);
	return rc;
}

unsigned int
facets_count(void)
{
	return facets.n;
}

const char *const *
facets_row(unsigned int i)
{
	return i < facets.n ? (const char *const *)facets.v + i * FACET__COLS : NULL;
}

static const char *const *
facets_match(const char *facet, unsigned int col, const char *value)
{
	if (value == NULL)
		return NULL;
	for (unsigned int i = 0; i < facets.n; i++) {
		const char *const *f = facets_row(i);

		if (f[FACET_FACET] != NULL && f[col] != NULL && strcmp(f[FACET_FACET], facet) == 0 &&
		    strcasecmp(f[col], value) == 0)
			return f;
	}
	return NULL;
}

const char *const *
facets_find(const char *facet, const char *value)
{
	return facets_match(facet, FACET_VALUE, value);
}

const char *const *
facets_zone(const char *id)
{
	return facets_match("zone", FACET_ID, id);
}

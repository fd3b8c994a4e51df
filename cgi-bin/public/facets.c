/* The choices of zone, board, country and sector, kept while the data generation they were
 * read under is the current one. */
#include "facets.h"
#include "metrics.h"
#include "rows.h"
#include "site.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const facet_columns[FACET__COLS] = { "@facet", "@value", "label",
    "label_en", "@id" };
static struct rows facets = ROWS(facet_columns);
static char facets_generation[32];	/* "" when none is kept */

void
facets_forget(void)
{
	rows_reset(&facets);
	facets_generation[0] = '\0';
}

enum db_status
facets_read(struct request *req)
{
	const struct public_site *s = public_site(req);
	enum db_status rc;

	if (s != NULL && s->generation != NULL && facets_generation[0] != '\0' &&
	    strcmp(s->generation, facets_generation) == 0) {
		metrics_cache(METRICS_CACHE_FACETS, true);
		return DB_OK;
	}
	metrics_cache(METRICS_CACHE_FACETS, false);
	facets_forget();
	rc = rows_read(&facets, public_db(req), SQL_PROJECT_FACETS, NULL, 0);
	if (rc == DB_OK && s != NULL && s->generation != NULL)
		snprintf(facets_generation, sizeof(facets_generation), "%s", s->generation);
	return rc;
}

unsigned int
facets_count(void)
{
	return facets.n;
}

const char *
facets_get(unsigned int i, unsigned int col)
{
	return rows_get(&facets, i, col);
}

static int
facets_match(const char *facet, unsigned int col, const char *value)
{
	if (value == NULL)
		return -1;
	for (unsigned int i = 0; i < facets.n; i++) {
		const char *f = rows_get(&facets, i, FACET_FACET), *v = rows_get(&facets, i, col);

		if (f != NULL && v != NULL && strcmp(f, facet) == 0 && strcasecmp(v, value) == 0)
			return (int)i;
	}
	return -1;
}

int
facets_find(const char *facet, const char *value)
{
	return facets_match(facet, FACET_VALUE, value);
}

int
facets_zone(const char *id)
{
	return facets_match("zone", FACET_ID, id);
}

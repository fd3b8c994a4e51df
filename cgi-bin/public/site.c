/* The site's facts (SQL_SITE: title, publisher, licence, generation …), kept for as long as
 * the data generation they were read under is the current one (public_decorate asks before
 * every handler); and the configured origin of every absolute link. */
#include "site.h"
#include "metrics.h"

#include <stdio.h>

/* The site's row, kept by the worker for as long as the data generation it was read under
 * is the current one: every request reads the generation (one primary-key lookup), and the
 * site's row only after a publication. */
enum { SITE_PROVINCE, SITE_PROVINCE_NAME, SITE_PROVINCE_NAME_EN, SITE_TITLE, SITE_TITLE_EN,
    SITE_PUBLISHER, SITE_PUBLISHER_EN, SITE_CONTACT, SITE_LICENCE, SITE_LICENCE_URL,
    SITE_GENERATION, SITE_CHANGED, SITE_PROJECTS, SITE_USD, SITE_HA, SITE_SAMPLE, SITE_WEST,
    SITE_SOUTH, SITE_EAST, SITE_NORTH, SITE__MAX };

static const char *const site_columns[SITE__MAX] = { "province_code", "province_name",
    "province_name_en", "title", "title_en", "publisher", "publisher_en", "contact_email",
    "licence_name", "licence_url", "generation", "changed_at", "projects", "registered_usd",
    "land_ha", "is_sample", "bbox_west", "bbox_south", "bbox_east", "bbox_north" };

static struct {
	const struct request	*req;		/* the request the facts are for */
	char			*values[SITE__MAX];
	bool			 found;
	struct public_site	 facts;
} site_current;

static int
site_row(void *ctx, const struct db_row *r)
{
	(void)ctx;
	for (unsigned int k = 0; k < SITE__MAX; k++) {
		const char *v = db_col(r, site_columns[k]);

		site_current.values[k] = v ? xstrdup(v) : NULL;
	}
	site_current.found = true;
	return 1;	/* one row */
}

static int
generation_row(void *ctx, const struct db_row *r)
{
	if (r->ncols > 0 && r->values[0] != NULL)
		*(unsigned long long *)ctx = strtoull(r->values[0], NULL, 10);
	return 0;
}

int
public_generation(struct request *req, unsigned long long *gen)
{
	*gen = 0;
	if (db_query(public_db(req), SQL_GENERATION, NULL, 0, generation_row, gen) != DB_OK)
		return -1;
	return *gen > 0 ? 0 : -1;
}

enum db_status
public_site_read(struct db *db, struct request *req, int *found)
{
	char generation[32] = "";
	unsigned long long gen;
	enum db_status rc;
	const char **facts[] = {
		[SITE_PROVINCE] = &site_current.facts.province_code,
		[SITE_PROVINCE_NAME] = &site_current.facts.province_name,
		[SITE_PROVINCE_NAME_EN] = &site_current.facts.province_name_en,
		[SITE_TITLE] = &site_current.facts.title,
		[SITE_TITLE_EN] = &site_current.facts.title_en,
		[SITE_PUBLISHER] = &site_current.facts.publisher,
		[SITE_PUBLISHER_EN] = &site_current.facts.publisher_en,
		[SITE_CONTACT] = &site_current.facts.contact_email,
		[SITE_LICENCE] = &site_current.facts.licence_name,
		[SITE_LICENCE_URL] = &site_current.facts.licence_url,
		[SITE_GENERATION] = &site_current.facts.generation,
		[SITE_CHANGED] = &site_current.facts.changed_at,
		[SITE_PROJECTS] = &site_current.facts.projects,
		[SITE_USD] = &site_current.facts.totals[1],
		[SITE_HA] = &site_current.facts.totals[2],
		[SITE_SAMPLE] = &site_current.facts.totals[3],
		[SITE_WEST] = &site_current.facts.bbox[0],
		[SITE_SOUTH] = &site_current.facts.bbox[1],
		[SITE_EAST] = &site_current.facts.bbox[2],
		[SITE_NORTH] = &site_current.facts.bbox[3],
	};

	site_current.req = NULL;
	*found = 0;
	/* the page cache has just read it for this request, or it is read now */
	gen = req->page_generation;
	if (gen == 0 && (rc = db_query(db, SQL_GENERATION, NULL, 0, generation_row, &gen)) != DB_OK)
		return rc;
	if (gen > 0)
		snprintf(generation, sizeof(generation), "%llu", gen);
	if (generation[0] == '\0' || !site_current.found ||
	    strcmp(generation, site_current.values[SITE_GENERATION] ?
	    site_current.values[SITE_GENERATION] : "") != 0) {
		metrics_cache(METRICS_CACHE_SITE, false);
		for (unsigned int k = 0; k < SITE__MAX; k++) {
			free(site_current.values[k]);
			site_current.values[k] = NULL;
		}
		site_current.found = false;
		rc = db_query(db, SQL_SITE, NULL, 0, site_row, NULL);
		if (rc == DB_ABORTED)
			rc = DB_OK;
		if (rc != DB_OK)
			return rc;
		memset(&site_current.facts, 0, sizeof(site_current.facts));
		for (unsigned int k = 0; k < SITE__MAX; k++)
			if (k < sizeof(facts) / sizeof(facts[0]) && facts[k] != NULL)
				*facts[k] = site_current.values[k];
		site_current.facts.totals[0] = site_current.facts.projects;
	} else {
		metrics_cache(METRICS_CACHE_SITE, true);
	}
	*found = site_current.found;
	if (site_current.found)
		site_current.req = req;
	return DB_OK;
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

/* The site's facts (pub_site and the data generation): read once a request, for the
 * page's <site> and for the C that needs them (feeds, OC4IDS, the API, ETags); and the
 * configured origin of every absolute link. */
#ifndef MB_SITE_H
#define MB_SITE_H

#include "public.h"

struct public_site {
	const char	*province_code;
	const char	*province_name;
	const char	*province_name_en;
	const char	*title;
	const char	*title_en;
	const char	*publisher;
	const char	*publisher_en;
	const char	*contact_email;
	const char	*licence_name;
	const char	*licence_url;
	const char	*generation;
	const char	*changed_at;	/* "YYYY-MM-DD hh:mm:ss", UTC */
	const char	*projects;	/* how many projects are published */
	/* the registry's count of them all, as registry_count_fetch gives it: how many, their
	 * registered capital (USD), land (ha), whether a sample project is among them */
	const char	*totals[4];
	/* the province's bounding box, west, south, east, north (decimal degrees); NULLs
	 * when none is recorded (migration 026) */
	const char	*bbox[4];
};

/* The generation of the published data (one primary-key lookup), for the worker's page
 * cache (lib/pagecache.c) and the facts below. Returns 0, or -1 when it cannot be read. */
int			 public_generation(struct request *, unsigned long long *);
/* The site's facts for req: read again only when the data generation changed (one lookup
 * of the generation a request). Returns DB_OK with *found, or the failure (the facts are
 * then absent). */
enum db_status		 public_site_read(struct db *, struct request *, int *found);
/* The facts read for this request, or NULL when they could not be read. */
const struct public_site *public_site(const struct request *);

/* The site's canonical origin ("https://host[:port]", public_origin in the configuration),
 * for every absolute link: never the request's Host, which a client chooses (a forged one
 * would reach caches shared by everyone). Appended to b. */
void		 od_origin(struct buf *);
/* A link as the world sees it: a path (starting with '/') after the origin, anything else
 * as it is; NULL for NULL. Caller frees. */
char		*od_url(const char *);
/* Sets the origin from the configuration: http or https, a lower-case host name or
 * address, an optional port, nothing after. Returns 0, or -1 when the value is not one. */
int		 od_origin_set(const char *);

#endif

/* A zone's facts that decide a site (zone_facts.c): the zone page's section and the rows of
 * the finder's comparison. */
#ifndef MB_ZONE_FACTS_H
#define MB_ZONE_FACTS_H

#include "page.h"

/* The section of the zone slug's page: each group of facts with its date and source, each
 * fact not published said so. */
enum db_status	zone_facts_section(struct request *, struct page *, const char *slug);
/* The facts of the compared zones (slugs, n ≤ 3, in their order): one <tr> a fact with a
 * <td> a zone when table, else (one zone) <dt>/<dd> pairs. */
enum db_status	zone_facts_compare(struct request *, struct page *, const char *const *slugs,
		    unsigned int n, bool table);
/* The finder's choice of sectors: <option>s, cur selected. */
enum db_status	zone_facts_sector_options(struct request *, struct html *, const char *cur);

#endif

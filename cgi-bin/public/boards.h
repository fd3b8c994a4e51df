/* What the pages of the zones, of the boards' announcements and of the registry share: a
 * filter's <select>, the boards as its choices, and a zone's board's latest announcements
 * on the zone's page. */
#ifndef MB_BOARDS_H
#define MB_BOARDS_H

#include "page.h"

/* A filter's <select> (id, name, label: a catalog key) opened, with "all" first: the
 * caller writes its other <option>s and closes it with </select></div> (page_projects.c). */
void		form_select_open(struct html *, const char *id, const char *name,
		    const char *label);
/* The <option>s of every management board (SQL_BOARDS), the one whose slug is cur
 * selected (page_zones.c). */
enum db_status	boards_options(struct request *, struct html *, const char *cur);
/* The section of the latest announcements of the zone's board (page_announcements.c). */
enum db_status	boards_zone_announcements(struct request *, struct page *, const char *slug,
		    const char *board_slug);

#endif

/* E-mail alerts, the public side (page_alerts.c, alert_follow.c): the Follow box, the
 * pages that subscribe, confirm, unsubscribe, manage and delete, and what the sender
 * (minhbachctl send-alerts, tools/alerts.c) shares with them. */
#ifndef MB_ALERTS_H
#define MB_ALERTS_H

#include "page.h"

struct config;

/* Reads alert_secret (optional: without it the alerts are off, no Follow box is shown and
 * their pages are 404). Returns 0, or -1 with a message when it is too short. */
int	alerts_init(struct config *);
/* The Follow box of a page: kind "project" (target its id), "zone" (its slug) or "search"
 * (the registry's normalized query string, "" for every project). Nothing when alerts are
 * off. The same for every visitor, so the page stays cacheable. */
void	alerts_follow_box(struct page *, const char *kind, const char *target);

/* Whether a POST comes from the site's own pages (its Origin, else its Referer, is the
 * configured public_origin). */
bool		 alerts_same_origin(struct request *);
/* The handle the alerts and the inquiries write through: the primary, never a replica. */
struct db	*alerts_db(struct request *);
/* A page about one address, token or form (its title and <h1> the catalog's title_key):
 * kept by no cache (the worker's, nginx's through X-Accel-Expires, the browser's). */
struct page	*alerts_private_page(struct request *, const char *title_key);

/* A registry search kept by a subscription: its query string parsed into tmp (zeroed by
 * the caller) and validated as the registry validates it (projects_params). Returns 0, or
 * -1 when it is not a valid search (tmp is then freed). */
int	alert_search_parse(struct request *tmp, const char *query);
void	alert_search_free(struct request *tmp);

int	page_alerts(struct request *);
int	page_alerts_confirm(struct request *);
int	page_alerts_unsubscribe(struct request *);
int	page_alerts_manage(struct request *);
int	page_alerts_delete(struct request *);
extern const struct param_decl alerts_params[];
extern const struct param_decl alerts_token_params[];

#endif

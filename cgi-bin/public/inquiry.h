/* Inquiries to the management boards (README "Asking a board"): the form a zone's page and
 * the finder's comparison carry (inquiry_form.c), and POST /zones/<slug>/inquiry, which
 * stores one through migration 029's inquiry_submit (page_inquiry.c). The staff read them
 * at /staff/inquiries; nothing of an inquiry is ever shown publicly.
 *
 * Against spam, without a third-party service: a form token signed with alert_secret
 * (lib/alert_token.h, kind ALERT_INQUIRY) for when the form was written and the zones it
 * offers, refused sooner than INQUIRY_MIN_SECONDS after that and later than
 * INQUIRY_TOKEN_HOURS; a honeypot field (`website`) people are told to leave empty; and at
 * most 5 stored inquiries an hour per client address (inquiry_submit). */
#ifndef MB_INQUIRY_H
#define MB_INQUIRY_H

#include "page.h"
#include "rows.h"

/* A token is good from this many seconds after its form was written ... */
#define INQUIRY_MIN_SECONDS	3
/* ... for this many hours: a zone's page is kept by the page cache for at most one data
 * generation and one UTC day, so the form of a cached page leaves at least a day to fill. */
#define INQUIRY_TOKEN_HOURS	48
/* the zones one inquiry may name: the finder compares at most three */
#define INQUIRY_ZONES_MAX	3

/* The form, for the zones of rows zones (columns slug, name, name_en at the indices
 * given; at most INQUIRY_ZONES_MAX): one zone is named by a hidden field, more by
 * checkboxes, all ticked. It posts to the first zone's /zones/<slug>/inquiry. Nothing
 * when the alerts' secret is not set. Reads the countries and sectors. */
enum db_status	inquiry_box(struct request *, struct page *, const struct rows *zones,
		    unsigned int slug, unsigned int name, unsigned int name_en);
/* The same form again after a refusal, with the request's values and the zones it ticked
 * (page_inquiry.c). */
enum db_status	inquiry_box_again(struct request *, struct page *, const struct rows *zones);

int	page_inquiry(struct request *);
extern const struct param_decl inquiry_params[];

#endif

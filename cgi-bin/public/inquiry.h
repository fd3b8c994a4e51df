/* Inquiries to the management boards (README "Asking a board"): the form a zone's page and
 * the finder's comparison carry (inquiry_form.c), and POST /zones/<slug>/inquiry, which
 * stores one through migration 029's inquiry_submit (page_inquiry.c). The staff read them
 * at /staff/inquiries; nothing of an inquiry is ever shown publicly.
 *
 * Against spam, without a third-party service: a form token signed with alert_secret
 * (lib/alert_token.h, kind ALERT_INQUIRY) for the UTC day the form was written and the
 * zones it offers, refused once INQUIRY_TOKEN_HOURS have passed since that day began; a
 * honeypot field (`website`) people are told to leave empty; and at most 5 stored
 * inquiries an hour per client address (inquiry_submit).
 *
 * The token names the day, not the second: a zone's page and the finder's comparison are
 * the same bytes, with the same ETag, for every request of one data generation and one UTC
 * day (the workers' page cache, nginx's, a browser's If-None-Match, a restore that must
 * give back the very pages of the backup). For the same reason no "sent too soon after
 * the form was opened" check can work: the page a visitor reads may have been written
 * hours earlier for someone else. */
#ifndef MB_INQUIRY_H
#define MB_INQUIRY_H

#include "page.h"
#include "rows.h"

/* A token is good for this many hours from the start of its UTC day: a form read at any
 * time of that day leaves at least 48 hours to fill it. */
#define INQUIRY_TOKEN_HOURS	72
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

/* Publication of a change request (publish.c), for the change page. */
#ifndef MB_STAFF_PUBLISH_H
#define MB_STAFF_PUBLISH_H

#include "staff.h"

/* Applies a submitted change request in one transaction: checks the reviewer, the record's
 * version and the rules again, changes the record, writes the public change history, marks
 * the request published, bumps the data generation and writes the audit row. Returns 0, or
 * an HTTP status (403, 404, or 409, 503, 500 with *why set to a catalog key, and *field to
 * the field a broken data constraint concerns, when it is known; else NULL); nothing is
 * written unless 0. */
int	publish_request(struct request *, long long request_id, const char **why,
	    const char **field);
/* The form field a MariaDB error names through its constraint or key (a foreign key, a
 * CHECK, a unique key of the record tables), or NULL. */
const char *publish_constraint_field(const char *error);

#endif

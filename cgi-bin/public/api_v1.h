/* What the JSON API's handler files share (api_v1.c, api_v1_more.c). */
#ifndef MB_API_V1_H
#define MB_API_V1_H

#include "keyset.h"
#include "opendata.h"

/* ?limit=, the length of an API page (1..1000, default 50), declared beside a route's
 * other parameters. */
#define API_LIMIT_DEFAULT	50
#define API_LIMIT_PARAM	{ .name = "limit", .type = PARAM_INT, .min = 1, .max = 1000 }

/* Appends the statement's rows as JSON objects of fields to items. */
enum db_status	collect(struct request *, unsigned int stmt, const struct db_param *, unsigned int n,
		    const struct od_field *fields, json_t *items);
/* The same for a keyset page (keyset_row): the sort key is the column key_col, the id the
 * column id; the row past the page is left out. */
enum db_status	collect_page(struct request *, unsigned int stmt, const struct db_param *,
		    unsigned int n, const struct od_field *fields, json_t *items,
		    struct keyset_page *, const char *key_col);
/* Answers a database failure in JSON (see od_json_error). */
int		api_db_error(struct request *, enum db_status);
/* Answers {"count", "items"} when rc is DB_OK, else the database failure; takes items. */
int		api_send_list(struct request *, enum db_status rc, json_t *items);
/* What every API response starts with (CORS). */
void		api_begin(struct request *);

#endif

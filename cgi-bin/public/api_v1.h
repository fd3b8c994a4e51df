/* What the JSON API's handler files share (api_v1.c, api_v1_more.c). */
#ifndef MB_API_V1_H
#define MB_API_V1_H

#include "keyset.h"
#include "opendata.h"

/* Appends the statement's rows as JSON objects of fields to items. */
enum db_status	collect(struct request *, unsigned int stmt, const struct db_param *, unsigned int n,
		    const struct od_field *fields, json_t *items);
/* The same for a keyset page (keyset_row): the sort key is the column key_col, the id the
 * column id; the row past the page is left out. */
enum db_status	collect_page(struct request *, unsigned int stmt, const struct db_param *,
		    unsigned int n, const struct od_field *fields, json_t *items,
		    struct keyset_page *, const char *key_col);
/* The value of a parameter validated against decls (req->params parallel to decls). */
const struct param_value *od_param(const struct request *, const struct param_decl *,
		    const char *name);
const char	*od_param_text(const struct request *, const struct param_decl *, const char *);
/* Answers a database failure in JSON (see od_json_error). */
int		api_db_error(struct request *, enum db_status);
/* Validates the query against decls; on a bad value answers 400 in JSON and returns -1. */
int		api_params(struct request *, const struct param_decl *);
/* The same with ?limit= declared beside them: the page length (1..1000, default 50), or
 * -1 after answering 400. */
long long	api_paged_params(struct request *, const struct param_decl *);
/* What every API response starts with (CORS). */
void		api_begin(struct request *);

#endif

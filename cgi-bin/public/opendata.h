/* Open data: what the API, the downloads, the OC4IDS package, the feeds and the sitemap
 * share — records described once as field lists that give both the JSON objects and the
 * CSV columns, streamed output, validators (weak ETags), CORS and JSON errors. */
#ifndef MB_OPENDATA_H
#define MB_OPENDATA_H

#include <stdbool.h>

#include <jansson.h>

#include "public.h"
#include "site.h"

/* How a column becomes a JSON value (and CSV columns). Names with a dot nest: "zone.slug"
 * is {"zone": {"slug": …}} in JSON and the column zone_slug in CSV. */
enum od_kind {
	OD_TEXT,	/* string */
	OD_INT,		/* integer */
	OD_NUM,		/* decimal number (hectares, percent, scores) */
	OD_BOOL,	/* 0/1 → false/true */
	OD_CODE,	/* {"code", "label": {"vi", "en"}}, labels from the catalog: aux = key prefix */
	OD_LABELLED,	/* the same, labels from the columns aux (vi) and aux2 (en) */
	OD_NAME,	/* {"vi", "en"}: col is Vietnamese, aux the English column */
	OD_MONEY,	/* {"amount", "currency"}: currency from the column aux, or aux2 literally */
	OD_URL,		/* a link: a path ("/documents/7") made absolute with the origin */
};

struct od_field {
	const char	*name;
	const char	*col;
	enum od_kind	 kind;
	const char	*aux;
	const char	*aux2;
};

/* A DECIMAL's text as a JSON number: an integer when it has no fraction. */
json_t		*od_number(const char *);
/* The row as a JSON object, every field present (null when the column is NULL). */
json_t		*od_row_json(const struct od_field *, const struct db_row *);
/* The CSV header line and one row of the same fields (CRLF-terminated). */
void		 od_csv_header(struct buf *, const struct od_field *);
void		 od_csv_row(struct buf *, const struct od_field *, const struct db_row *);

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
/* Access-Control-Allow-Origin for the API. */
void		 od_cors(struct request *);
/* Sends a JSON document with http_send (ETag, 304 on a match), then frees it. */
int		 od_json_send(struct request *, json_t *);
/* A JSON error body: {"error": {"status", "field", "reason", "message": {vi, en}}}. */
int		 od_json_error(struct request *, int status, const char *field, const char *reason_key);

/* A streamed response. od_stream_begin sets the type, the download's file name (may be
 * NULL), a weak ETag made of the data generation, the date and the request, and answers
 * 304 when If-None-Match matches. Returns true when the response is complete already
 * (304, or HEAD): the caller then writes nothing. */
struct od_out {
	struct request	*req;
	struct buf	 b;
	bool		 failed;
};
bool		 od_stream_begin(struct request *, const char *content_type, const char *filename);
void		 od_out_init(struct od_out *, struct request *);
/* Writes the buffer out once it holds more than a few kilobytes (force: always). Returns
 * -1 once the client is gone. */
int		 od_out_flush(struct od_out *, bool force);
void		 od_out_json(struct od_out *, json_t *);	/* appends and frees */
void		 od_out_free(struct od_out *);
/* Ends a streamed response whose statements ended with rc, and frees o. When they all ran
 * (or the client left: DB_ABORTED) it writes closing (may be NULL), flushes, and returns
 * PAGE_DONE. When one failed before anything was sent it returns the HTTP status (the
 * caller answers with an error page). When one failed after the headers went out it writes
 * no closing part and aborts the response (http_abort: logged, connection cut), so no
 * client takes the partial file for a whole one; returns PAGE_DONE. */
int		 od_stream_end(struct od_out *, enum db_status rc, const char *closing);

/* The value of a parameter validated against decls (req->params parallel to decls). */
const struct param_value *od_param(const struct request *, const struct param_decl *,
		    const char *name);
const char	*od_param_text(const struct request *, const struct param_decl *, const char *);
/* The registry's statement for sort index k (the order of projects_params' sort choices). */
unsigned int	 od_projects_sql(long long sort);

/* Field lists, shared by the API and the downloads. */
extern const struct od_field od_project_fields[];
extern const struct od_field od_zone_fields[];
extern const struct od_field od_target_fields[];

#endif

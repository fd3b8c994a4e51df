/* Open data: what the API, the downloads, the OC4IDS package, the feeds and the sitemap
 * share — records described once as field lists that give both the JSON objects and the
 * CSV columns (opendata.c); responses and streams (od_stream.h); the origin (site.h). */
#ifndef MB_OPENDATA_H
#define MB_OPENDATA_H

#include <stdbool.h>

#include <jansson.h>

#include "od_stream.h"
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
	OD_KEYS,	/* {"vi", "en"}: the catalog's "key: arg" (col: the key, aux: the arg
			 * column), else the text of the column aux2 in Vietnamese only */
	OD_LIST,	/* codes, comma-separated: a JSON array of strings, the CSV's text */
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
/* {"vi": vi, "en": en}, either null when NULL. */
json_t		*od_labels(const char *vi, const char *en);
/* The row as a JSON object, every field present (null when the column is NULL). */
json_t		*od_row_json(const struct od_field *, const struct db_row *);
/* The CSV header line and one row of the same fields (CRLF-terminated). */
void		 od_csv_header(struct buf *, const struct od_field *);
void		 od_csv_row(struct buf *, const struct od_field *, const struct db_row *);

/* Field lists, shared by the API and the downloads. */
extern const struct od_field od_project_fields[];
extern const struct od_field od_zone_fields[];
extern const struct od_field od_target_fields[];
extern const struct od_field od_announcement_fields[];

#endif

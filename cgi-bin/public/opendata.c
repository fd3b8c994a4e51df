/* Open data: field lists that give JSON objects and CSV columns, streamed output with weak
 * ETags, CORS and JSON errors. */
#include "opendata.h"
#include "csv.h"

#include <libxml/xpath.h>
#include <sodium.h>

#include <stdio.h>

/* The project as the API, /projects.json and /projects.csv give it. */
const struct od_field od_project_fields[] = {
	{ "id", "id", OD_INT, NULL, NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "status", "status", OD_CODE, "status.", NULL },
	{ "status_since", "status_since", OD_TEXT, NULL, NULL },
	{ "overdue", "overdue", OD_BOOL, NULL, NULL },
	{ "zone.slug", "zone_slug", OD_TEXT, NULL, NULL },
	{ "zone.kind", "zone_kind", OD_CODE, "zone.kind.", NULL },
	{ "zone.name", "zone_name", OD_NAME, "zone_name_en", NULL },
	{ "investor.id", "investor_id", OD_INT, NULL, NULL },
	{ "investor.name", "investor", OD_TEXT, NULL, NULL },
	{ "investor.country", "country", OD_LABELLED, "country_name", "country_name_en" },
	{ "sector", "sector", OD_LABELLED, "sector_name", "sector_name_en" },
	{ "authority", "authority", OD_CODE, "authority.", NULL },
	{ "registered_capital", "registered_capital", OD_MONEY, "currency", NULL },
	{ "disbursed_capital", "disbursed_capital", OD_MONEY, "currency", NULL },
	{ "registered_usd", "registered_usd", OD_MONEY, NULL, "USD" },
	{ "disbursed_usd", "disbursed_usd", OD_MONEY, NULL, "USD" },
	{ "land_ha", "land_ha", OD_NUM, NULL, NULL },
	{ "approved_on", "approved_on", OD_TEXT, NULL, NULL },
	{ "planned_start", "planned_start", OD_TEXT, NULL, NULL },
	{ "actual_start", "actual_start", OD_TEXT, NULL, NULL },
	{ "planned_operation", "planned_operation", OD_TEXT, NULL, NULL },
	{ "actual_operation", "actual_operation", OD_TEXT, NULL, NULL },
	{ "permit_expires_on", "permit_expires_on", OD_TEXT, NULL, NULL },
	{ "is_secondary", "is_secondary", OD_BOOL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ "version", "version", OD_INT, NULL, NULL },
	{ "updated_at", "updated_at", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

const struct od_field od_zone_fields[] = {
	{ "slug", "slug", OD_TEXT, NULL, NULL },
	{ "kind", "kind", OD_CODE, "zone.kind.", NULL },
	{ "status", "status", OD_CODE, "zone.status.", NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "board.slug", "board_slug", OD_TEXT, NULL, NULL },
	{ "board.name", "board_name", OD_NAME, "board_name_en", NULL },
	{ "parent", "parent_slug", OD_TEXT, NULL, NULL },
	{ "total_ha", "total_ha", OD_NUM, NULL, NULL },
	{ "leasable_ha", "leasable_ha", OD_NUM, NULL, NULL },
	{ "leased_ha", "leased_ha", OD_NUM, NULL, NULL },
	{ "available_ha", "available_ha", OD_NUM, NULL, NULL },
	{ "occupancy_pct", "occupancy_pct", OD_NUM, NULL, NULL },
	{ "occupancy_as_of", "occupancy_as_of", OD_TEXT, NULL, NULL },
	{ "developer", "developer", OD_TEXT, NULL, NULL },
	{ "location", "location", OD_TEXT, NULL, NULL },
	{ "latitude", "latitude", OD_NUM, NULL, NULL },
	{ "longitude", "longitude", OD_NUM, NULL, NULL },
	{ "established_on", "established_on", OD_TEXT, NULL, NULL },
	{ "contact", "contact", OD_TEXT, NULL, NULL },
	{ "projects", "projects", OD_INT, NULL, NULL },
	{ "projects_is_sample", "projects_sample", OD_BOOL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ "version", "version", OD_INT, NULL, NULL },
	{ "updated_at", "updated_at", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

/* A target as the API and /targets.csv give it (the CSV's columns in this order). */
const struct od_field od_target_fields[] = {
	{ "id", "@id", OD_INT, NULL, NULL },
	{ "period.label", "period_label", OD_TEXT, NULL, NULL },
	{ "period.start", "period_start", OD_TEXT, NULL, NULL },
	{ "period.end", "period_end", OD_TEXT, NULL, NULL },
	{ "zone.slug", "zone_slug", OD_TEXT, NULL, NULL },
	{ "zone.name", "zone_name", OD_NAME, "zone_name_en", NULL },
	{ "metric", "@metric", OD_CODE, "target.", NULL },
	{ "unit", "@unit", OD_TEXT, NULL, NULL },
	{ "target", "target_value", OD_NUM, NULL, NULL },
	{ "actual", "actual", OD_NUM, NULL, NULL },
	{ "actual_is_sample", "actual_is_sample", OD_BOOL, NULL, NULL },
	{ "source", "source", OD_TEXT, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

json_t *
od_number(const char *s)
{
	const char *dot;
	char *end;

	if (s == NULL || *s == '\0')
		return json_null();
	dot = strchr(s, '.');
	if (dot == NULL || strspn(dot + 1, "0") == strlen(dot + 1))
		return json_integer(strtoll(s, &end, 10));
	return json_real(strtod(s, &end));
}

static json_t *
od_labels(const char *vi, const char *en)
{
	return json_pack("{s:s?, s:s?}", "vi", vi, "en", en);
}

static json_t *
od_code(const char *code, const char *prefix)
{
	char key[128];

	if (code == NULL)
		return json_null();
	snprintf(key, sizeof(key), "%s%s", prefix, code);
	return json_pack("{s:s, s:o}", "code", code, "label",
	    od_labels(i18n_get(LANG_VI, key), i18n_get(LANG_EN, key)));
}

static json_t *
od_value(const struct od_field *f, const struct db_row *r)
{
	const char *v = db_col(r, f->col);

	switch (f->kind) {
	case OD_TEXT:
		return v ? json_string(v) : json_null();
	case OD_INT:
		return v ? json_integer(strtoll(v, NULL, 10)) : json_null();
	case OD_NUM:
		return od_number(v);
	case OD_BOOL:
		return v ? json_boolean(strcmp(v, "0") != 0) : json_null();
	case OD_CODE:
		return od_code(v, f->aux);
	case OD_LABELLED:
		if (v == NULL)
			return json_null();
		return json_pack("{s:s, s:o}", "code", v, "label",
		    od_labels(db_col(r, f->aux), db_col(r, f->aux2)));
	case OD_NAME:
		if (v == NULL)
			return json_null();
		return od_labels(v, db_col(r, f->aux));
	case OD_MONEY:
		if (v == NULL)
			return json_null();
		return json_pack("{s:o, s:s?}", "amount", od_number(v), "currency",
		    f->aux2 ? f->aux2 : db_col(r, f->aux));
	case OD_URL: {
		char *url = od_url(v);
		json_t *j = url ? json_string(url) : json_null();

		free(url);
		return j;
	}
	}
	return json_null();
}

json_t *
od_row_json(const struct od_field *fields, const struct db_row *r)
{
	json_t *obj = json_object();

	for (const struct od_field *f = fields; f->name != NULL; f++) {
		const char *dot = strchr(f->name, '.');
		json_t *v = od_value(f, r);

		if (v == NULL)
			v = json_null();
		if (dot == NULL) {
			json_object_set_new(obj, f->name, v);
		} else {
			char outer[64];
			json_t *sub;

			snprintf(outer, sizeof(outer), "%.*s", (int)(dot - f->name), f->name);
			if ((sub = json_object_get(obj, outer)) == NULL) {
				sub = json_object();
				json_object_set_new(obj, outer, sub);
			}
			json_object_set_new(sub, dot + 1, v);
		}
	}
	return obj;
}

/* The CSV name of a field, dots become underscores, with a suffix. */
static void
od_csv_name(struct csv_writer *w, const char *name, const char *suffix)
{
	char col[128];

	snprintf(col, sizeof(col), "%s%s", name, suffix);
	for (char *c = col; *c != '\0'; c++)
		if (*c == '.')
			*c = '_';
	csv_text(w, col);
}

void
od_csv_header(struct buf *b, const struct od_field *fields)
{
	struct csv_writer w;

	csv_writer_init(&w, b);
	for (const struct od_field *f = fields; f->name != NULL; f++) {
		switch (f->kind) {
		case OD_CODE:
		case OD_LABELLED:
			od_csv_name(&w, f->name, "");
			od_csv_name(&w, f->name, "_label_vi");
			od_csv_name(&w, f->name, "_label_en");
			break;
		case OD_NAME:
			od_csv_name(&w, f->name, "_vi");
			od_csv_name(&w, f->name, "_en");
			break;
		case OD_MONEY:
			od_csv_name(&w, f->name, "");
			od_csv_name(&w, f->name, "_currency");
			break;
		default:
			od_csv_name(&w, f->name, "");
		}
	}
	csv_end_row(&w);
}

void
od_csv_row(struct buf *b, const struct od_field *fields, const struct db_row *r)
{
	struct csv_writer w;

	csv_writer_init(&w, b);
	for (const struct od_field *f = fields; f->name != NULL; f++) {
		const char *v = db_col(r, f->col);
		char key[128];

		switch (f->kind) {
		case OD_INT:
		case OD_NUM:
			csv_number(&w, v);
			break;
		case OD_BOOL:
			csv_text(&w, v == NULL ? NULL : strcmp(v, "0") ? "true" : "false");
			break;
		case OD_CODE:
			snprintf(key, sizeof(key), "%s%s", f->aux, v ? v : "");
			csv_text(&w, v);
			csv_text(&w, v ? i18n_get(LANG_VI, key) : NULL);
			csv_text(&w, v ? i18n_get(LANG_EN, key) : NULL);
			break;
		case OD_LABELLED:
			csv_text(&w, v);
			csv_text(&w, db_col(r, f->aux));
			csv_text(&w, db_col(r, f->aux2));
			break;
		case OD_NAME:
			csv_text(&w, v);
			csv_text(&w, db_col(r, f->aux));
			break;
		case OD_MONEY:
			csv_number(&w, v);
			csv_text(&w, v == NULL ? NULL : f->aux2 ? f->aux2 : db_col(r, f->aux));
			break;
		case OD_TEXT:
			csv_text(&w, v);
			break;
		case OD_URL: {
			char *url = od_url(v);

			csv_text(&w, url);
			free(url);
			break;
		}
		}
	}
	csv_end_row(&w);
}

/* The configured origin (public_origin), set once before the workers fork. */
static char od_public_origin[256];

int
od_origin_set(const char *origin)
{
	const char *host = http_origin_authority(origin);
	size_t n = host ? strlen(host) : 0;

	/* a name or address and an optional port: no user, path, query or trailing slash */
	if (n == 0 || strlen(origin) >= sizeof(od_public_origin) ||
	    strspn(host, "abcdefghijklmnopqrstuvwxyz0123456789.-:[]") != n ||
	    host[0] == ':' || host[0] == '.' || host[0] == '-' || host[n - 1] == ':')
		return -1;
	memcpy(od_public_origin, origin, strlen(origin) + 1);
	return 0;
}

void
od_origin(struct buf *b)
{
	buf_puts(b, od_public_origin);
}

char *
od_url(const char *v)
{
	struct buf b;

	if (v == NULL || v[0] != '/')
		return v ? xstrdup(v) : NULL;
	buf_init(&b);
	od_origin(&b);
	buf_puts(&b, v);
	return b.data;
}

void
od_cors(struct request *req)
{
	http_add_header(req, "Access-Control-Allow-Origin", "*");
	http_add_header(req, "Access-Control-Expose-Headers", "ETag, Last-Modified, Link");
}

int
od_json_send(struct request *req, json_t *doc)
{
	char *s = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(15));
	int rc;

	json_decref(doc);
	if (s == NULL)
		return -1;
	rc = http_send(req, s, strlen(s), "application/json");
	free(s);
	return rc;
}

int
od_json_error(struct request *req, int status, const char *field, const char *reason_key)
{
	char key[32];
	const char *k = reason_key;
	json_t *e;

	if (k == NULL) {
		snprintf(key, sizeof(key), "error.%d", status);
		k = key;
	}
	e = json_pack("{s:i, s:s, s:o}", "status", status, "reason", k, "message",
	    od_labels(i18n_get(LANG_VI, k), i18n_get(LANG_EN, k)));
	if (field != NULL)
		json_object_set_new(e, "field", json_string(field));
	req->resp.status = status;
	req->cache_control = "no-store";
	if (status == 503)
		http_add_header(req, "Retry-After", "5");
	od_json_send(req, json_pack("{s:o}", "error", e));
	return PAGE_DONE;
}

/* True when the If-None-Match list holds etag, compared weakly (W/ ignored). */
static bool
od_etag_matches(const char *list, const char *etag)
{
	const char *want = strncmp(etag, "W/", 2) == 0 ? etag + 2 : etag;
	size_t n = strlen(want);

	while (list != NULL && *list != '\0') {
		list += strspn(list, " ,");
		if (*list == '*')
			return true;
		if (strncmp(list, "W/", 2) == 0)
			list += 2;
		if (strncmp(list, want, n) == 0 && (list[n] == '\0' || list[n] == ',' ||
		    list[n] == ' '))
			return true;
		list = strchr(list, ',');
	}
	return false;
}

bool
od_stream_begin(struct request *req, const char *content_type, const char *filename)
{
	const struct public_site *site = public_site(req);
	const char *gen = site ? site->generation : NULL;
	const char *uri = http_env(req, "REQUEST_URI");
	const char *inm = http_env(req, "HTTP_IF_NONE_MATCH");
	const char *today = (const char *)xmlGetProp(req->page, BAD_CAST "today");
	unsigned char hash[8];
	char hex[17], etag[128];
	struct buf key;

	/* the data changes with a publication (generation) and, for the "overdue" flags,
	 * with the date; the request (language, path and query) says which view */
	buf_init(&key);
	buf_printf(&key, "%s %s", lang_code(req->lang), uri ? uri : req->full_path);
	crypto_generichash(hash, sizeof(hash), (const unsigned char *)key.data, key.len, NULL, 0);
	hex_encode(hex, hash, sizeof(hash));
	buf_free(&key);
	snprintf(etag, sizeof(etag), "W/\"%s-%s-%s\"", gen ? gen : "0", today ? today : "", hex);
	xmlFree((xmlChar *)today);
	http_add_header(req, "ETag", etag);
	if (req->last_modified[0] != '\0')
		http_add_header(req, "Last-Modified", req->last_modified);
	http_add_header(req, "Cache-Control", req->cache_control ? req->cache_control : "no-cache");
	if (inm != NULL && od_etag_matches(inm, etag)) {
		req->resp.status = 304;
		http_start(req);
		return true;
	}
	http_add_header(req, "Content-Type", content_type);
	if (filename != NULL) {
		char cd[160];

		snprintf(cd, sizeof(cd), "attachment; filename=\"%s\"", filename);
		http_add_header(req, "Content-Disposition", cd);
	}
	if (req->method == METHOD_HEAD) {
		http_start(req);
		return true;
	}
	return false;
}

void
od_out_init(struct od_out *o, struct request *req)
{
	o->req = req;
	buf_init(&o->b);
	o->failed = false;
}

int
od_out_flush(struct od_out *o, bool force)
{
	if (o->failed)
		return -1;
	if (o->b.len == 0 || (!force && o->b.len < 16384))
		return 0;
	if (http_write(o->req, o->b.data, o->b.len) != 0)
		o->failed = true;
	buf_reset(&o->b);
	return o->failed ? -1 : 0;
}

void
od_out_json(struct od_out *o, json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY);

	json_decref(v);
	if (s != NULL)
		buf_puts(&o->b, s);
	free(s);
}

void
od_out_free(struct od_out *o)
{
	buf_free(&o->b);
}

int
od_stream_end(struct od_out *o, enum db_status rc, const char *closing)
{
	struct request *req = o->req;
	char why[300];

	if (rc != DB_OK && rc != DB_ABORTED) {
		od_out_free(o);
		if (!req->resp.started)
			return db_http_status(rc);
		snprintf(why, sizeof(why), "database error %u (%s) after the headers were sent",
		    db_last_errno(public_db(req)), db_last_error(public_db(req)));
		http_abort(req, why);
		return PAGE_DONE;
	}
	if (closing != NULL)
		buf_puts(&o->b, closing);
	od_out_flush(o, true);
	od_out_free(o);
	return PAGE_DONE;
}

const struct param_value *
od_param(const struct request *req, const struct param_decl *decls, const char *name)
{
	static const struct param_value none;

	if (req->params == NULL)
		return &none;
	for (unsigned int k = 0; decls[k].name != NULL; k++)
		if (strcmp(decls[k].name, name) == 0)
			return &req->params[k];
	return &none;
}

const char *
od_param_text(const struct request *req, const struct param_decl *decls, const char *name)
{
	const struct param_value *v = od_param(req, decls, name);

	return v->count > 0 ? v->text[0] : NULL;
}

unsigned int
od_projects_sql(long long sort)
{
	static const enum public_sql sql[] = { SQL_OD_PROJECTS_NAME, SQL_OD_PROJECTS_NAME_DESC,
	    SQL_OD_PROJECTS_CAPITAL, SQL_OD_PROJECTS_CAPITAL_DESC, SQL_OD_PROJECTS_DATE,
	    SQL_OD_PROJECTS_DATE_DESC };

	return sort >= 0 && sort < 6 ? sql[sort] : sql[0];
}

/* Open data's responses: JSON documents and errors, CORS, and streamed downloads with weak
 * ETags (304 on a match) that abort cleanly when the database fails mid-way. */
#include "opendata.h"

#include <sodium.h>

#include <stdio.h>

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
	snprintf(etag, sizeof(etag), "W/\"%s-%s-%s\"", gen ? gen : "0", req->today, hex);
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

/* GET /api/v1/targets, /api/v1/indices[/<code>], /api/v1/changes and
 * /api/v1/announcements — the API's targets, governance indices, change history and the
 * boards' announcements (the rest of the API is in api_v1.c). */
#include "api_v1.h"

/* ---- targets and indices -------------------------------------------------------- */

int
api_targets(struct request *req)
{
	json_t *items = json_array();
	enum db_status rc;
	size_t i;
	json_t *t;

	api_begin(req);
	rc = collect(req, SQL_TARGETS_ALL, NULL, 0, od_target_fields, items);
	/* a province-wide target has "zone": null */
	json_array_foreach(items, i, t)
		if (json_is_null(json_object_get(json_object_get(t, "zone"), "slug")))
			json_object_set_new(t, "zone", json_null());
	return api_send_list(req, rc, items);
}

static const struct od_field index_fields[] = {
	{ "code", "@code", OD_TEXT, NULL, NULL },
	{ "abbrev", "abbrev", OD_TEXT, NULL, NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "publisher", "publisher", OD_NAME, "publisher_en", NULL },
	{ "scale_max", "scale_max", OD_NUM, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field edition_fields[] = {
	{ "index", "@code", OD_TEXT, NULL, NULL },
	{ "year", "@year", OD_INT, NULL, NULL },
	{ "provinces_ranked", "provinces_ranked", OD_INT, NULL, NULL },
	{ "rank", "rank_no", OD_INT, NULL, NULL },
	{ "score", "score", OD_NUM, NULL, NULL },
	{ "published_on", "published_on", OD_TEXT, NULL, NULL },
	{ "source", "source", OD_TEXT, NULL, NULL },
	{ "source_en", "source_en", OD_TEXT, NULL, NULL },
	{ "source_url", "source_url", OD_TEXT, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field subscore_fields[] = {
	{ "code", "@code", OD_TEXT, NULL, NULL },
	{ "year", "@year", OD_INT, NULL, NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "score", "score", OD_NUM, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field ranking_fields[] = {
	{ "province", "@province", OD_TEXT, NULL, NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "rank", "rank_no", OD_INT, NULL, NULL },
	{ "score", "score", OD_NUM, NULL, NULL },
	{ "is_home", "home", OD_BOOL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

/* Moves each edition under its index's "editions" (by the code both carry). */
static void
group_editions(json_t *indices, json_t *editions)
{
	size_t i, k;
	json_t *x, *e;

	json_array_foreach(indices, i, x) {
		json_t *list = json_array();

		json_array_foreach(editions, k, e)
			if (json_equal(json_object_get(e, "index"), json_object_get(x, "code")))
				json_array_append(list, e);
		json_object_set_new(x, "editions", list);
	}
}

int
api_indices(struct request *req)
{
	struct db_param all[2] = { DB_NULL, DB_NULL };
	json_t *items = json_array(), *editions = json_array();
	enum db_status rc;

	api_begin(req);
	rc = collect(req, SQL_INDICES, NULL, 0, index_fields, items);
	if (rc == DB_OK)
		rc = collect(req, SQL_INDEX_SERIES, all, 2, edition_fields, editions);
	group_editions(items, editions);
	json_decref(editions);
	return api_send_list(req, rc, items);
}

int
api_gov_index(struct request *req)
{
	const struct param_value *year = param(req, "year");
	struct db_param code = DB_TEXT(req->path_args[0]), y;
	json_t *found = json_array(), *editions = json_array(), *subs = json_array();
	json_t *table = json_array(), *index;
	enum db_status rc;

	api_begin(req);
	y = year->count ? DB_INT(year->i[0]) : DB_NULL;
	rc = collect(req, SQL_INDEX, &code, 1, index_fields, found);
	if (rc == DB_OK && json_array_size(found) == 0) {
		od_json_error(req, 404, NULL, NULL);
		goto done;
	}
	if (rc == DB_OK) {
		struct db_param s[2] = { code, code };

		rc = collect(req, SQL_INDEX_SERIES, s, 2, edition_fields, editions);
	}
	if (rc == DB_OK)
		rc = collect(req, SQL_INDEX_SUBSCORES, &code, 1, subscore_fields, subs);
	if (rc == DB_OK) {
		struct db_param t[3] = { code, y, code };

		rc = collect(req, SQL_INDEX_EDITION_TABLE, t, 3, ranking_fields, table);
	}
	if (rc != DB_OK) {
		api_db_error(req, rc);
		goto done;
	}
	if (y.type != DBP_NULL && json_array_size(table) == 0) {
		od_json_error(req, 404, "year", NULL);
		goto done;
	}
	index = json_incref(json_array_get(found, 0));
	json_object_set(index, "editions", editions);
	json_object_set(index, "subindices", subs);
	json_object_set_new(index, "ranking", json_pack("{s:o, s:O}", "year",
	    y.type != DBP_NULL ? json_integer(y.i) : json_object_get(json_array_get(editions,
	    json_array_size(editions) - 1), "year"), "provinces", table));
	if (json_is_null(json_object_get(json_object_get(index, "ranking"), "year")))
		json_object_set_new(json_object_get(index, "ranking"), "year", json_null());
	od_json_send(req, index);
done:
	json_decref(found);
	json_decref(editions);
	json_decref(subs);
	json_decref(table);
	return PAGE_DONE;
}

/* ---- changes -------------------------------------------------------------------- */

static const struct od_field change_fields[] = {
	{ "id", "id", OD_INT, NULL, NULL },
	{ "published_at", "published_at", OD_TEXT, NULL, NULL },
	{ "record.type", "entity", OD_TEXT, NULL, NULL },
	{ "record.id", "entity_id", OD_INT, NULL, NULL },
	{ "record.ref", "ref", OD_TEXT, NULL, NULL },
	{ "record.name", "name", OD_NAME, "name_en", NULL },
	{ "summary", "summary", OD_TEXT, NULL, NULL },
	{ "summary_key", "summary_key", OD_TEXT, NULL, NULL },
	{ "summary_arg", "summary_arg", OD_TEXT, NULL, NULL },
	{ "summary_text", "summary_key", OD_KEYS, "summary_arg", "summary" },
	{ "note", "note", OD_TEXT, NULL, NULL },
	{ "note_en", "note_en", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field field_fields[] = {
	{ "change", "change_id", OD_INT, NULL, NULL },
	{ "field", "field", OD_TEXT, NULL, NULL },
	{ "old", "old_value", OD_TEXT, NULL, NULL },
	{ "new", "new_value", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

/* Fills each change's "fields" and "record.url" (origin + the record's page). */
static enum db_status
api_changes_fill(struct request *req, json_t *changes)
{
	struct buf ids, origin;
	json_t *fields = json_array(), *c, *f;
	enum db_status rc = DB_OK;
	size_t i, k;

	buf_init(&ids);
	buf_init(&origin);
	od_origin(&origin);
	buf_putc(&ids, '[');
	json_array_foreach(changes, i, c) {
		json_t *rec = json_object_get(c, "record");
		char url[600];

		buf_printf(&ids, "%s%lld", i ? "," : "",
		    (long long)json_integer_value(json_object_get(c, "id")));
		snprintf(url, sizeof(url), "%s/%s/%s", origin.data,
		    strcmp(json_string_value(json_object_get(rec, "type")), "zone") == 0 ?
		    "zones" : "projects", json_string_value(json_object_get(rec, "ref")) ?
		    json_string_value(json_object_get(rec, "ref")) : "");
		json_object_set_new(rec, "url", json_string(url));
		json_object_set_new(c, "fields", json_array());
	}
	buf_putc(&ids, ']');
	if (json_array_size(changes) > 0) {
		struct db_param p = DB_TEXT(ids.data);

		rc = collect(req, SQL_OD_CHANGE_FIELDS, &p, 1, field_fields, fields);
	}
	json_array_foreach(fields, k, f) {
		json_int_t id = json_integer_value(json_object_get(f, "change"));

		json_array_foreach(changes, i, c)
			if (json_integer_value(json_object_get(c, "id")) == id) {
				json_object_del(f, "change");
				json_array_append(json_object_get(c, "fields"), f);
				break;
			}
	}
	json_decref(fields);
	buf_free(&ids);
	buf_free(&origin);
	return rc;
}

const struct param_decl api_changes_params[] = {
	CHANGES_BEFORE_PARAM,
	API_LIMIT_PARAM,
	{ .name = NULL },
};

int
api_changes(struct request *req)
{
	const struct param_value *before = param(req, "before");
	struct db_param b, p[3];
	json_t *items = json_array(), *doc;
	long long limit;
	enum db_status rc;
	struct keyset_page page = { 0 };
	struct buf next;

	api_begin(req);
	limit = param_int(req, "limit", API_LIMIT_DEFAULT);
	b = before->count ? DB_INT(before->i[0]) : DB_NULL;
	p[0] = p[1] = b;
	p[2] = DB_INT(limit + 1);
	page.limit = (unsigned long)limit;
	rc = collect_page(req, SQL_OD_CHANGES, p, 3, change_fields, items, &page, "id");
	doc = json_pack("{s:I}", "limit", (json_int_t)limit);
	buf_init(&next);
	if (rc == DB_OK && page.more && page.last != NULL) {
		od_origin(&next);
		buf_printf(&next, "/api/v1/changes?limit=%lld&before=%lld", limit, page.last_id);
		json_object_set_new(doc, "next", json_string(next.data));
	} else {
		json_object_set_new(doc, "next", json_null());
	}
	buf_free(&next);
	keyset_free(&page);
	if (rc == DB_OK)
		rc = api_changes_fill(req, items);
	if (rc != DB_OK) {
		json_decref(items);
		json_decref(doc);
		return api_db_error(req, rc);
	}
	json_object_set_new(doc, "count", json_integer((json_int_t)json_array_size(items)));
	json_object_set_new(doc, "items", items);
	od_json_send(req, doc);
	return PAGE_DONE;
}

/* ---- announcements ------------------------------------------------------------- */

/* every announcement of the filter (?board=), no pages */
int
api_announcements(struct request *req)
{
	struct db_param board = public_opt_text(req, "board");
	struct db_param p[4] = { board, board, DB_INT(1LL << 31), DB_INT(0) };
	json_t *items = json_array();
	enum db_status rc;

	api_begin(req);
	rc = collect(req, SQL_ANNOUNCEMENTS, p, 4, od_announcement_fields, items);
	return api_send_list(req, rc, items);
}

/* GET /api/v1/… — the JSON API over published data: zones, projects (the registry's filters,
 * search, sort and keyset pages), a project's status history, targets, governance indices
 * and the change history. Described by /api/v1/openapi.json (htdocs/api/v1/openapi.json).
 * The routes declare their parameters like the pages and answer errors in JSON (ERRORS_JSON:
 * a bad value is a 400 with the field and the reason, through api_error). */
#include "api_v1.h"
#include "registry.h"

const struct param_decl api_projects_params[] = {
	REGISTRY_PARAMS
	API_LIMIT_PARAM,
	{ .name = NULL },
};

/* Collects rows as JSON objects into an array; url_prefix + the column url_col becomes
 * "url" when given. */
struct collect {
	const struct od_field	*fields;
	json_t			*items;
	const char		*url_prefix;
	const char		*url_col;
	unsigned long		 n;
	struct keyset_page	*page;	/* a keyset page, or NULL */
	const char		*key_col;	/* the sort key's column; the id is "id" */
};

static int
collect_row(void *ctx, const struct db_row *r)
{
	struct collect *c = ctx;
	json_t *o;

	if (c->page != NULL && !keyset_row(c->page, db_col(r, c->key_col), db_col(r, "id")))
		return 0;	/* the row past the page */
	o = od_row_json(c->fields, r);
	c->n++;
	if (c->url_prefix != NULL) {
		char url[600];

		snprintf(url, sizeof(url), "%s%s", c->url_prefix, db_col(r, c->url_col));
		json_object_set_new(o, "url", json_string(url));
	}
	json_array_append_new(c->items, o);
	return 0;
}

enum db_status
collect(struct request *req, unsigned int stmt, const struct db_param *p, unsigned int n,
    const struct od_field *fields, json_t *items)
{
	return collect_page(req, stmt, p, n, fields, items, NULL, NULL);
}

enum db_status
collect_page(struct request *req, unsigned int stmt, const struct db_param *p, unsigned int n,
    const struct od_field *fields, json_t *items, struct keyset_page *page, const char *key_col)
{
	struct collect c = { fields, items, NULL, NULL, 0, page, key_col };

	return db_query(public_db(req), stmt, p, n, collect_row, &c);
}

/* Answers a database failure in JSON. */
int
api_db_error(struct request *req, enum db_status rc)
{
	return od_json_error(req, db_http_status(rc), NULL, NULL);
}

int
api_send_list(struct request *req, enum db_status rc, json_t *items)
{
	if (rc != DB_OK) {
		json_decref(items);
		return api_db_error(req, rc);
	}
	od_json_send(req, json_pack("{s:I, s:o}", "count", (json_int_t)json_array_size(items),
	    "items", items));
	return PAGE_DONE;
}

void
api_begin(struct request *req)
{
	od_cors(req);
}

void
api_error(struct request *req, int status, const struct param_error *perr)
{
	api_begin(req);
	od_json_error(req, status, perr != NULL ? perr->field : NULL,
	    perr != NULL ? perr->reason_key : NULL);
}

int
api_index(struct request *req)
{
	const struct public_site *site = public_site(req);
	struct buf o;
	json_t *doc;

	api_begin(req);
	buf_init(&o);
	od_origin(&o);
	doc = json_pack("{s:s, s:s, s:{s:s+, s:s+, s:s+, s:s+, s:s+, s:s+, s:s+, s:s+, s:s+, s:s+}}",
	    "api", "minhbach", "version", "1",
	    "links",
	    "openapi", o.data, "/api/v1/openapi.json",
	    "zones", o.data, "/api/v1/zones",
	    "zones_geojson", o.data, "/zones.geojson",
	    "projects", o.data, "/api/v1/projects",
	    "targets", o.data, "/api/v1/targets",
	    "indices", o.data, "/api/v1/indices",
	    "changes", o.data, "/api/v1/changes",
	    "announcements", o.data, "/api/v1/announcements",
	    "documentation", o.data, "/api",
	    "downloads", o.data, "/data");
	json_object_set_new(doc, "licence", json_pack("{s:s?, s:s?}",
	    "name", site ? site->licence_name : NULL, "url", site ? site->licence_url : NULL));
	buf_free(&o);
	od_json_send(req, doc);
	return PAGE_DONE;
}

int
api_not_found(struct request *req)
{
	api_begin(req);
	return od_json_error(req, 404, NULL, NULL);
}

/* ---- zones ---------------------------------------------------------------------- */

static const struct od_field history_fields[] = {
	{ "as_of", "as_of", OD_TEXT, NULL, NULL },
	{ "leasable_ha", "leasable_ha", OD_NUM, NULL, NULL },
	{ "leased_ha", "leased_ha", OD_NUM, NULL, NULL },
	{ "occupancy_pct", "occupancy_pct", OD_NUM, NULL, NULL },
	{ "source", "source", OD_TEXT, NULL, NULL },
	{ "source_en", "source_en", OD_TEXT, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field child_fields[] = {
	{ "slug", "@slug", OD_TEXT, NULL, NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

int
api_zones(struct request *req)
{
	struct db_param p[ZONES_BINDS + 2];
	struct collect c = { od_zone_fields, json_array(), NULL, "slug", 0, NULL, NULL };
	enum db_status rc;
	struct buf prefix;

	api_begin(req);
	zones_bind(req, p);
	p[8] = p[9] = DB_NULL;
	buf_init(&prefix);
	od_origin(&prefix);
	buf_puts(&prefix, "/zones/");
	c.url_prefix = prefix.data;
	rc = db_query(public_db(req), SQL_OD_ZONES, p, 10, collect_row, &c);
	buf_free(&prefix);
	if (rc != DB_OK) {
		json_decref(c.items);
		return api_db_error(req, rc);
	}
	od_json_send(req, json_pack("{s:I, s:o}", "count", (json_int_t)c.n, "items", c.items));
	return PAGE_DONE;
}

int
api_zone(struct request *req)
{
	struct db_param p[10] = { DB_NULL, DB_NULL, DB_NULL, DB_NULL, DB_NULL, DB_NULL, DB_NULL,
	    DB_NULL, DB_TEXT(req->path_args[0]), DB_TEXT(req->path_args[0]) };
	struct db_param slug = DB_TEXT(req->path_args[0]);
	struct collect c = { od_zone_fields, json_array(), NULL, "slug", 0, NULL, NULL };
	json_t *zone, *children = json_array(), *history = json_array();
	enum db_status rc;
	struct buf prefix;

	api_begin(req);
	buf_init(&prefix);
	od_origin(&prefix);
	buf_puts(&prefix, "/zones/");
	c.url_prefix = prefix.data;
	rc = db_query(public_db(req), SQL_OD_ZONES, p, 10, collect_row, &c);
	buf_free(&prefix);
	if (rc == DB_OK)
		rc = collect(req, SQL_ZONE_CHILDREN, &slug, 1, child_fields, children);
	if (rc == DB_OK)
		rc = collect(req, SQL_ZONE_HISTORY, &slug, 1, history_fields, history);
	if (rc != DB_OK || c.n == 0) {
		json_decref(c.items);
		json_decref(children);
		json_decref(history);
		return rc != DB_OK ? api_db_error(req, rc) : od_json_error(req, 404, NULL, NULL);
	}
	zone = json_incref(json_array_get(c.items, 0));
	json_decref(c.items);
	json_object_set_new(zone, "children", children);
	json_object_set_new(zone, "occupancy_history", history);
	od_json_send(req, zone);
	return PAGE_DONE;
}

/* ---- projects ------------------------------------------------------------------- */

int
api_projects(struct request *req)
{
	struct db *db = public_db(req);
	struct registry_binds b = REGISTRY_BINDS(db);
	struct keyset_page page = { 0 };
	struct collect c = { od_project_fields, NULL, NULL, "id", 0, &page, "page_key" };
	const struct param_value *values;
	const char *after;
	char *key = NULL, *tot[REGISTRY_TOTALS];
	long long limit, id = 0;
	enum registry_order order;
	enum db_status rc;
	struct buf prefix, next;
	json_t *doc;

	api_begin(req);
	limit = param_int(req, "limit", API_LIMIT_DEFAULT);
	values = req->params;
	after = registry_text(values, RP_AFTER);
	if (after != NULL && registry_cursor_split(after, &key, &id) != 0)
		return http_bad_param(req, "after", "error.param.cursor");
	rc = registry_count_fetch(&b, values, 0, tot, &(bool){false});
	if (rc != DB_OK) {
		registry_binds_free(&b);
		free(key);
		return api_db_error(req, rc);
	}
	registry_reset(&b);
	order = registry_order(values, req->lang);
	registry_bind_rows(&b, values, order);
	registry_cursor_bind(&b, key, id, limit + 1);
	buf_init(&prefix);
	od_origin(&prefix);
	buf_init(&next);
	buf_puts(&next, prefix.data);
	buf_puts(&prefix, "/projects/");
	c.url_prefix = prefix.data;
	c.items = json_array();
	page.limit = (unsigned long)limit;
	rc = db_query(db, REGISTRY_STMT(&b, registry_sql(REGISTRY_DATA, order)), b.p, b.n,
	    collect_row, &c);
	registry_binds_free(&b);
	free(key);
	buf_free(&prefix);
	if (rc != DB_OK) {
		db_values_free(tot, REGISTRY_TOTALS);
		json_decref(c.items);
		keyset_free(&page);
		buf_free(&next);
		return api_db_error(req, rc);
	}
	doc = json_pack("{s:o, s:{s:o, s:s}, s:b, s:I}", "total", od_number(tot[0]),
	    "registered_usd", "amount", od_number(tot[1]), "currency", "USD",
	    "total_is_sample", tot[3] != NULL && strcmp(tot[3], "0") != 0, "limit", (json_int_t)limit);
	db_values_free(tot, REGISTRY_TOTALS);
	if (page.more) {
		struct buf q, link;

		/* one row more than asked: there is a next page, after the last one given */
		buf_init(&q);
		registry_query(values, true, &q);
		buf_printf(&next, "/api/v1/projects?%s%slimit=%lld&after=", q.data ? q.data : "",
		    q.len ? "&" : "", limit);
		url_encode(&next, page.last ? page.last : "");
		buf_free(&q);
		json_object_set_new(doc, "next", json_string(next.data));
		buf_init(&link);
		buf_printf(&link, "<%s>; rel=\"next\"", next.data);
		http_add_header(req, "Link", link.data);
		buf_free(&link);
	} else {
		json_object_set_new(doc, "next", json_null());
	}
	buf_free(&next);
	keyset_free(&page);
	json_object_set_new(doc, "count", json_integer((json_int_t)json_array_size(c.items)));
	json_object_set_new(doc, "items", c.items);
	od_json_send(req, doc);
	return PAGE_DONE;
}

static const struct od_field document_fields[] = {
	{ "id", "@id", OD_INT, NULL, NULL },
	{ "type", "@type", OD_CODE, "doctype.", NULL },
	{ "number", "number", OD_TEXT, NULL, NULL },
	{ "issued_on", "issued_on", OD_TEXT, NULL, NULL },
	{ "issuer", "issuer", OD_TEXT, NULL, NULL },
	{ "title", "title", OD_TEXT, NULL, NULL },
	{ "title_en", "title_en", OD_TEXT, NULL, NULL },
	{ "url", "link", OD_URL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field event_fields[] = {
	{ "id", "id", OD_INT, NULL, NULL },
	{ "status", "status", OD_CODE, "status.", NULL },
	{ "effective_on", "effective_on", OD_TEXT, NULL, NULL },
	{ "reason", "reason", OD_TEXT, NULL, NULL },
	{ "reason_en", "reason_en", OD_TEXT, NULL, NULL },
	{ "remedy", "remedy", OD_TEXT, NULL, NULL },
	{ "remedy_en", "remedy_en", OD_TEXT, NULL, NULL },
	{ "remedy_due", "remedy_due", OD_TEXT, NULL, NULL },
	{ "revocation", "revocation", OD_CODE, "revocation.", NULL },
	{ "land_ha_before", "land_ha_before", OD_NUM, NULL, NULL },
	{ "land_ha_after", "land_ha_after", OD_NUM, NULL, NULL },
	{ "legal_basis.id", "doc_id", OD_INT, NULL, NULL },
	{ "legal_basis.type", "doc_type", OD_CODE, "doctype.", NULL },
	{ "legal_basis.number", "doc_number", OD_TEXT, NULL, NULL },
	{ "legal_basis.issued_on", "doc_issued_on", OD_TEXT, NULL, NULL },
	{ "legal_basis.issuer", "doc_issuer", OD_TEXT, NULL, NULL },
	{ "legal_basis.title", "doc_title", OD_TEXT, NULL, NULL },
	{ "legal_basis.title_en", "doc_title_en", OD_TEXT, NULL, NULL },
	{ "legal_basis.url", "doc_url", OD_URL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field finding_fields[] = {
	{ "id", "@id", OD_INT, NULL, NULL },
	{ "area", "@area", OD_CODE, "area.", NULL },
	{ "outcome", "@outcome", OD_CODE, "outcome.", NULL },
	{ "reviewed_on", "reviewed_on", OD_TEXT, NULL, NULL },
	{ "summary", "summary", OD_TEXT, NULL, NULL },
	{ "summary_en", "summary_en", OD_TEXT, NULL, NULL },
	{ "action", "action", OD_TEXT, NULL, NULL },
	{ "action_en", "action_en", OD_TEXT, NULL, NULL },
	{ "document_number", "doc_number", OD_TEXT, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

static const struct od_field disbursement_fields[] = {
	{ "disbursed_on", "disbursed_on", OD_TEXT, NULL, NULL },
	{ "amount", "amount", OD_MONEY, "currency", NULL },
	{ "amount_usd", "amount_usd", OD_MONEY, NULL, "USD" },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

/* An event without a legal document has "legal_basis": null. */
static void
events_tidy(json_t *events)
{
	size_t i;
	json_t *e;

	json_array_foreach(events, i, e) {
		json_t *basis = json_object_get(e, "legal_basis");

		if (basis != NULL && json_is_null(json_object_get(basis, "id")))
			json_object_set_new(e, "legal_basis", json_null());
	}
}

/* The project with id (path argument 0) as the first item of a new array, or an error
 * already answered (NULL). */
static json_t *
api_project_row(struct request *req, struct db_param *id)
{
	struct collect c = { od_project_fields, json_array(), NULL, "id", 0, NULL, NULL };
	enum db_status rc;
	struct buf prefix;
	json_t *project;

	*id = DB_INT(public_path_id(req, 0));
	if (id->i == 0) {
		json_decref(c.items);
		od_json_error(req, 404, NULL, NULL);
		return NULL;
	}
	buf_init(&prefix);
	od_origin(&prefix);
	buf_puts(&prefix, "/projects/");
	c.url_prefix = prefix.data;
	rc = db_query(public_db(req), SQL_OD_PROJECT, id, 1, collect_row, &c);
	buf_free(&prefix);
	if (rc != DB_OK || c.n == 0) {
		json_decref(c.items);
		if (rc != DB_OK)
			api_db_error(req, rc);
		else
			od_json_error(req, 404, NULL, NULL);
		return NULL;
	}
	project = json_incref(json_array_get(c.items, 0));
	json_decref(c.items);
	return project;
}

int
api_project(struct request *req)
{
	struct db_param id;
	json_t *project, *docs = json_array(), *events = json_array(), *findings = json_array();
	json_t *disb = json_array(), *d;
	enum db_status rc;
	size_t i;

	api_begin(req);
	if ((project = api_project_row(req, &id)) == NULL) {
		json_decref(docs);
		json_decref(events);
		json_decref(findings);
		json_decref(disb);
		return PAGE_DONE;
	}
	rc = collect(req, SQL_PROJECT_DOCUMENTS, &id, 1, document_fields, docs);
	if (rc == DB_OK)
		rc = collect(req, SQL_OD_PROJECT_EVENTS, &id, 1, event_fields, events);
	if (rc == DB_OK)
		rc = collect(req, SQL_OD_PROJECT_FINDINGS, &id, 1, finding_fields, findings);
	if (rc == DB_OK)
		rc = collect(req, SQL_PROJECT_DISBURSEMENTS, &id, 1, disbursement_fields, disb);
	events_tidy(events);
	/* a disbursement is in the project's currency */
	json_array_foreach(disb, i, d)
		json_object_set(json_object_get(d, "amount"), "currency",
		    json_object_get(json_object_get(project, "registered_capital"), "currency"));
	json_object_set_new(project, "documents", docs);
	json_object_set_new(project, "status_history", events);
	json_object_set_new(project, "findings", findings);
	json_object_set_new(project, "disbursements", disb);
	if (rc != DB_OK) {
		json_decref(project);
		return api_db_error(req, rc);
	}
	od_json_send(req, project);
	return PAGE_DONE;
}

int
api_project_history(struct request *req)
{
	struct db_param id;
	json_t *project, *events = json_array();
	enum db_status rc;

	api_begin(req);
	if ((project = api_project_row(req, &id)) == NULL) {
		json_decref(events);
		return PAGE_DONE;
	}
	rc = collect(req, SQL_OD_PROJECT_EVENTS, &id, 1, event_fields, events);
	events_tidy(events);
	if (rc != DB_OK) {
		json_decref(project);
		json_decref(events);
		return api_db_error(req, rc);
	}
	od_json_send(req, json_pack("{s:I, s:O, s:O, s:O, s:o}", "project", (json_int_t)id.i,
	    "name", json_object_get(project, "name"), "status", json_object_get(project, "status"),
	    "url", json_object_get(project, "url"), "items", events));
	json_decref(project);
	return PAGE_DONE;
}


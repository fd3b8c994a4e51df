/* GET /data/oc4ids.json — every published project as an Open Contracting for Infrastructure
 * Data Standard (OC4IDS 0.9) project package. Streamed a chunk of projects at a time: each
 * chunk's projects, then its documents, status events and disbursements (by id range), so
 * the memory used does not grow with the number of projects. The mapping from our records
 * to OC4IDS fields and codes is documented in docs/open-data.md. */
#include "opendata.h"

#include <stdio.h>

#define OC_CHUNK	200

struct oc_chunk {
	json_t		*projects;	/* the chunk's OC4IDS projects, in id order */
	long long	*ids;
	char		**statuses;	/* our status of each, for the mapping */
	char		**starts;	/* actual_start, actual_operation */
	char		**operations;
	unsigned int	 n;
	const char	*prefix;	/* "minhbach-<province>-" */
	const char	*origin;
	const char	*today;		/* YYYY-MM-DD, for the milestones' "overdue" */
};

static char *
iso_datetime(const char *date)
{
	char *s;

	if (date == NULL)
		return NULL;
	s = xmalloc(strlen(date) + 16);
	if (strlen(date) == 10)
		sprintf(s, "%sT00:00:00Z", date);
	else
		strcpy(s, date);
	return s;
}

/* Sets key to an ISO date-time from a date column, when it is not NULL. */
static void
set_date(json_t *o, const char *key, const char *date)
{
	char *s = iso_datetime(date);

	if (s != NULL)
		json_object_set_new(o, key, json_string(s));
	free(s);
}

static json_t *
oc_value(const char *amount, const char *currency)
{
	return json_pack("{s:o, s:s}", "amount", od_number(amount), "currency", currency);
}

/* Our status → projectStatus (closed codelist). See docs/open-data.md. */
static const char *
oc_status(const char *status, const char *actual_start, const char *actual_operation)
{
	if (strcmp(status, "approved") == 0)
		return "preparation";
	if (strcmp(status, "construction") == 0)
		return "implementation";
	if (strcmp(status, "operating") == 0)
		return "maintenance";
	if (strcmp(status, "expired") == 0 || strcmp(status, "revoked") == 0)
		return "cancelled";
	/* delayed, suspended: the stage the project had reached (a partly revoked project
	 * keeps its status, 014_lifecycle.sql) */
	if (actual_operation != NULL)
		return "maintenance";
	return actual_start != NULL ? "implementation" : "preparation";
}

/* Our legal document types → documentType (open codelist: ours where none fits). */
static const char *
oc_document_type(const char *t)
{
	if (strcmp(t, "environment_approval") == 0)
		return "environmentalImpact";
	if (strcmp(t, "revocation_decision") == 0)
		return "cancellationDetails";
	if (strcmp(t, "inspection_conclusion") == 0)
		return "physicalProgressReport";
	return t;
}

/* A planned milestone (start of construction, start of operation) with its status. */
static json_t *
oc_milestone(const char *id, const char *title, const char *due, const char *met,
    const char *today)
{
	json_t *m = json_pack("{s:s, s:s, s:s}", "id", id, "title", title, "type", "delivery");

	set_date(m, "dueDate", due);
	set_date(m, "dateMet", met);
	json_object_set_new(m, "status", json_string(met ? "met" : due && strcmp(due, today) < 0 ?
	    "notMet" : "scheduled"));
	return m;
}

/* Removes every empty array inside v, at any depth: OC4IDS gives each of its arrays
 * minItems 1, so a project without documents has no "documents" at all. */
static void
oc_prune(json_t *v)
{
	const char *key;
	json_t *m;
	void *tmp;
	size_t i;

	if (json_is_array(v))
		json_array_foreach(v, i, m)
			oc_prune(m);
	if (!json_is_object(v))
		return;
	json_object_foreach_safe(v, tmp, key, m) {
		oc_prune(m);
		if (json_is_array(m) && json_array_size(m) == 0)
			json_object_del(v, key);
	}
}

static int
oc_project_row(void *ctx, const struct db_row *r)
{
	struct oc_chunk *c = ctx;
	const char *today = c->today;
	char id[128], url[600], board_id[120], investor_id[64];
	json_t *p, *loc, *parties, *milestones;
	const char *lat = db_col(r, "latitude"), *lon = db_col(r, "longitude");

	snprintf(id, sizeof(id), "%s%s", c->prefix, db_col(r, "id"));
	snprintf(url, sizeof(url), "%s/projects/%s", c->origin, db_col(r, "id"));
	snprintf(board_id, sizeof(board_id), "board-%s", db_col(r, "board_slug"));
	snprintf(investor_id, sizeof(investor_id), "investor-%s", db_col(r, "investor_id"));
	p = json_pack("{s:s, s:s, s:s, s:s, s:s, s:[s]}", "id", id,
	    "updated", db_col(r, "updated_at"), "language", "vi", "title", db_col(r, "name"),
	    "type", "construction", "sector", db_col(r, "sector"));
	if (db_col(r, "name_en") != NULL)
		json_object_set_new(p, "description", json_string(db_col(r, "name_en")));
	json_object_set_new(p, "identifiers", json_pack("[{s:s, s:s}]", "id", db_col(r, "id"),
	    "scheme", url));
	json_object_set_new(p, "publicAuthority", json_pack("{s:s, s:s}", "id", board_id, "name",
	    db_col(r, "board_name")));
	json_object_set_new(p, "budget", json_pack("{s:o}", "amount",
	    oc_value(db_col(r, "registered_capital"), db_col(r, "currency"))));
	json_object_set_new(p, "period", json_object());
	set_date(json_object_get(p, "period"), "startDate", db_col(r, "approved_on"));
	set_date(json_object_get(p, "period"), "endDate", db_col(r, "permit_expires_on"));
	if (db_col(r, "actual_start") || db_col(r, "planned_start")) {
		json_t *ip = json_object();

		set_date(ip, "startDate", db_col(r, "actual_start") ? db_col(r, "actual_start") :
		    db_col(r, "planned_start"));
		set_date(ip, "endDate", db_col(r, "actual_operation") ?
		    db_col(r, "actual_operation") : db_col(r, "planned_operation"));
		json_object_set_new(p, "implementationPeriod", ip);
	}
	loc = json_pack("{s:s, s:s}", "id", db_col(r, "zone_slug"), "description",
	    db_col(r, "zone_name"));
	if (db_col(r, "zone_location") != NULL)
		json_object_set_new(loc, "description", json_pack("s++", db_col(r, "zone_name"),
		    ", ", db_col(r, "zone_location")));
	if (lat != NULL && lon != NULL)
		json_object_set_new(loc, "geometry", json_pack("{s:s, s:[o, o]}", "type", "Point",
		    "coordinates", od_number(lon), od_number(lat)));
	json_object_set_new(p, "locations", json_pack("[o]", loc));
	parties = json_pack("[{s:s, s:s, s:[s], s:{s:s}}, {s:s, s:s, s:[s], s:{s:s?}}]",
	    "id", board_id, "name", db_col(r, "board_name"), "roles", "publicAuthority",
	    "address", "countryName", "Viet Nam",
	    "id", investor_id, "name", db_col(r, "investor"), "roles", "funder",
	    "address", "countryName", db_col(r, "country_name_en"));
	{
		json_t *board = json_array_get(parties, 0), *cp = json_object();

		if (db_col(r, "board_address") != NULL)
			json_object_set_new(json_object_get(board, "address"), "streetAddress",
			    json_string(db_col(r, "board_address")));
		json_object_set_new(cp, "name", json_string(db_col(r, "board_name")));
		if (db_col(r, "board_email") != NULL)
			json_object_set_new(cp, "email", json_string(db_col(r, "board_email")));
		if (db_col(r, "board_phone") != NULL)
			json_object_set_new(cp, "telephone", json_string(db_col(r, "board_phone")));
		json_object_set_new(board, "contactPoint", cp);
	}
	json_object_set_new(p, "parties", parties);
	milestones = json_array();
	snprintf(id, sizeof(id), "start-%s", db_col(r, "id"));
	json_array_append_new(milestones, oc_milestone(id, "Start of construction",
	    db_col(r, "planned_start"), db_col(r, "actual_start"), today));
	snprintf(id, sizeof(id), "operation-%s", db_col(r, "id"));
	json_array_append_new(milestones, oc_milestone(id, "Start of operation",
	    db_col(r, "planned_operation"), db_col(r, "actual_operation"), today));
	json_object_set_new(p, "milestones", milestones);
	json_object_set_new(p, "documents", json_array());
	json_object_set_new(p, "transactions", json_array());
	json_array_append_new(c->projects, p);
	c->ids[c->n] = atoll(db_col(r, "id"));
	c->statuses[c->n] = xstrdup(db_col(r, "status"));
	c->starts[c->n] = db_col(r, "actual_start") ? xstrdup(db_col(r, "actual_start")) : NULL;
	c->operations[c->n] = db_col(r, "actual_operation") ?
	    xstrdup(db_col(r, "actual_operation")) : NULL;
	c->n++;
	return 0;
}

/* The chunk's project with id, found by walking forward from *k (rows come in id order). */
static json_t *
oc_find(struct oc_chunk *c, long long id, unsigned int *k)
{
	while (*k < c->n && c->ids[*k] < id)
		(*k)++;
	return *k < c->n && c->ids[*k] == id ? json_array_get(c->projects, *k) : NULL;
}

struct oc_walk {
	struct oc_chunk	*c;
	unsigned int	 k;
};

static int
oc_document_row(void *ctx, const struct db_row *r)
{
	struct oc_walk *w = ctx;
	json_t *p = oc_find(w->c, atoll(db_col(r, "project_id")), &w->k), *d;
	char id[32];

	if (p == NULL)
		return 0;
	snprintf(id, sizeof(id), "doc-%s", db_col(r, "id"));
	d = json_pack("{s:s, s:s, s:s, s:s+++}", "id", id, "documentType",
	    oc_document_type(db_col(r, "doc_type")), "title", db_col(r, "title"),
	    "description", db_col(r, "number"), " — ", db_col(r, "issuer"), "");
	set_date(d, "datePublished", db_col(r, "issued_on"));
	if (db_col(r, "url") != NULL) {	/* its own, or its uploaded PDF's (DOC_LINK) */
		char *url = od_url(db_col(r, "url"));

		json_object_set_new(d, "url", json_string(url));
		free(url);
	}
	json_array_append_new(json_object_get(p, "documents"), d);
	return 0;
}

static int
oc_event_row(void *ctx, const struct db_row *r)
{
	struct oc_walk *w = ctx;
	json_t *p = oc_find(w->c, atoll(db_col(r, "project_id")), &w->k), *m;
	char id[32], key[64];

	if (p == NULL)
		return 0;
	snprintf(id, sizeof(id), "status-%s", db_col(r, "id"));
	/* a partial revocation keeps the status: its milestone says what it was */
	if (db_col(r, "revocation") != NULL && strcmp(db_col(r, "revocation"), "partial") == 0)
		snprintf(key, sizeof(key), "project.partly_revoked");
	else
		snprintf(key, sizeof(key), "status.%s", db_col(r, "status"));
	m = json_pack("{s:s, s:s, s:s, s:s, s:s}", "id", id, "title", i18n_get(LANG_EN, key),
	    "type", "regulatory", "code", db_col(r, "status"), "status", "met");
	set_date(m, "dateMet", db_col(r, "effective_on"));
	if (db_col(r, "reason") != NULL)
		json_object_set_new(m, "description", json_string(db_col(r, "reason")));
	json_array_append_new(json_object_get(p, "milestones"), m);
	return 0;
}

static int
oc_disbursement_row(void *ctx, const struct db_row *r)
{
	struct oc_walk *w = ctx;
	json_t *p = oc_find(w->c, atoll(db_col(r, "project_id")), &w->k), *t;
	char id[32];

	if (p == NULL)
		return 0;
	snprintf(id, sizeof(id), "disbursement-%s", db_col(r, "id"));
	t = json_pack("{s:s, s:o}", "id", id, "value", oc_value(db_col(r, "amount"),
	    json_string_value(json_object_get(json_object_get(json_object_get(p, "budget"),
	    "amount"), "currency"))));
	set_date(t, "date", db_col(r, "disbursed_on"));
	json_array_append_new(json_object_get(p, "transactions"), t);
	return 0;
}

static void
oc_chunk_clear(struct oc_chunk *c)
{
	for (unsigned int i = 0; i < c->n; i++) {
		free(c->statuses[i]);
		free(c->starts[i]);
		free(c->operations[i]);
	}
	json_array_clear(c->projects);
	c->n = 0;
}

int
page_oc4ids(struct request *req)
{
	struct db *db = public_db(req);
	const struct public_site *site = public_site(req);
	const char *province = site ? site->province_code : NULL;
	const char *publisher = site ? site->publisher : NULL;
	const char *licence = site ? site->licence_url : NULL;
	char changed[32];
	long long ids[OC_CHUNK];
	char *statuses[OC_CHUNK], *starts[OC_CHUNK], *operations[OC_CHUNK], prefix[128];
	struct oc_chunk c = { .projects = json_array(), .ids = ids, .statuses = statuses,
	    .starts = starts, .operations = operations, .prefix = prefix, .today = req->today };
	struct od_out out;
	struct buf origin;
	long long after = 0;
	enum db_status rc = DB_OK;
	unsigned long total = 0;
	int status = PAGE_DONE;
	json_t *head;
	char *s;

	od_cors(req);
	buf_init(&origin);
	od_origin(&origin);
	snprintf(prefix, sizeof(prefix), "minhbach-%s-", province ? province : "site");
	if (province == NULL || site->changed_at == NULL) {	/* the site row could not be read */
		status = db_http_status(DB_UNAVAILABLE);
		goto out;
	}
	if (od_stream_begin(req, "application/json", "oc4ids.json"))
		goto out;
	snprintf(changed, sizeof(changed), "%.10sT%s", site->changed_at,
	    strlen(site->changed_at) > 11 ? site->changed_at + 11 : "");
	head = json_pack("{s:s+, s:s+, s:s, s:{s:s}, s:s?, s:s+}",
	    "uri", origin.data, "/data/oc4ids.json", "publishedDate", changed, "Z",
	    "version", "0.9", "publisher", "name", publisher ? publisher : "",
	    "license", licence, "publicationPolicy", origin.data, "/data");
	c.origin = origin.data;
	od_out_init(&out, req);
	s = json_dumps(head, JSON_COMPACT);
	json_decref(head);
	/* the package's head, its projects array left open */
	buf_append(&out.b, s, strlen(s) - 1);
	buf_puts(&out.b, ",\"projects\":[");
	free(s);
	for (;;) {
		struct db_param p[2] = { DB_INT(after), DB_INT(OC_CHUNK) };
		struct db_param range[2];
		struct oc_walk w = { &c, 0 };
		size_t i;
		json_t *proj;

		if ((rc = db_query(db, SQL_OD_OC_PROJECTS, p, 2, oc_project_row, &c)) != DB_OK)
			break;
		if (c.n == 0)
			break;
		range[0] = DB_INT(ids[0]);
		range[1] = DB_INT(ids[c.n - 1]);
		rc = db_query(db, SQL_OD_OC_DOCUMENTS, range, 2, oc_document_row, &w);
		w.k = 0;
		if (rc == DB_OK)
			rc = db_query(db, SQL_OD_OC_EVENTS, range, 2, oc_event_row, &w);
		w.k = 0;
		if (rc == DB_OK)
			rc = db_query(db, SQL_OD_OC_DISBURSEMENTS, range, 2, oc_disbursement_row, &w);
		if (rc != DB_OK)
			break;
		json_array_foreach(c.projects, i, proj) {
			json_object_set_new(proj, "status", json_string(oc_status(statuses[i],
			    starts[i], operations[i])));
			oc_prune(proj);
			if (total++ > 0)
				buf_putc(&out.b, ',');
			buf_putc(&out.b, '\n');
			od_out_json(&out, json_incref(proj));
			if (od_out_flush(&out, false) != 0)
				break;
		}
		after = ids[c.n - 1];
		oc_chunk_clear(&c);
		if (out.failed)
			break;
	}
	oc_chunk_clear(&c);
	status = od_stream_end(&out, rc, "\n]}\n");
out:
	json_decref(c.projects);
	buf_free(&origin);
	return status;
}

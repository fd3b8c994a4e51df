/* The lists' downloads, streamed row by row from MariaDB to the client (nothing is built in
 * memory, there is no row cap): /projects.csv|json|xml with the registry's filters and sort,
 * /zones.csv|xml with the directory's filters, /changes.csv, /targets.csv, /indices.csv,
 * /finder.csv, and /data/minhbach.xml (everything, in htdocs/schema/minhbach-1.xsd's
 * format, which the staff import reads back). CSV is UTF-8 with a byte-order mark, so that
 * spreadsheet programs read Vietnamese correctly, CRLF line ends and a header row. */
#include "opendata.h"
#include "registry.h"

#include <libxml/xmlwriter.h>

#define XML_NS	"urn:minhbach:schema:1"

static const char *const csv_bom = "\xEF\xBB\xBF";

struct stream {
	struct od_out		 out;
	const struct od_field	*fields;
	xmlTextWriterPtr	 w;
	unsigned long		 rows;
};

/* Each row written at once; stops the query when the client has gone. */
static int
csv_row(void *ctx, const struct db_row *r)
{
	struct stream *s = ctx;

	od_csv_row(&s->out.b, s->fields, r);
	s->rows++;
	return od_out_flush(&s->out, false) != 0;
}

/* Answers a CSV of a statement's rows. Returns PAGE_DONE, or an HTTP status when the
 * query failed before anything was sent. */
static int
stream_csv(struct request *req, unsigned int stmt, const struct db_param *p, unsigned int n,
    const struct od_field *fields, const char *filename)
{
	struct stream s;
	enum db_status rc;

	if (od_stream_begin(req, "text/csv; charset=utf-8; header=present", filename))
		return PAGE_DONE;
	memset(&s, 0, sizeof(s));
	od_out_init(&s.out, req);
	s.fields = fields;
	buf_puts(&s.out.b, csv_bom);
	od_csv_header(&s.out.b, fields);
	rc = db_query(public_db(req), stmt, p, n, csv_row, &s);
	return od_stream_end(&s.out, rc, NULL);
}

/* ---- projects ------------------------------------------------------------------- */

/* Binds the registry's rows in the order of the page (the filters, the search's ranking)
 * and the "whole list" cursor; returns their statement. */
static unsigned int
projects_bind(struct request *req, struct registry_binds *b)
{
	enum registry_order order = registry_order(req->params, req->lang);

	registry_reset(b);
	registry_bind_rows(b, req->params, order);
	registry_cursor_bind(b, NULL, 0, 1LL << 62);
	return REGISTRY_STMT(b, registry_sql(REGISTRY_DATA, order));
}

int
page_projects_csv(struct request *req)
{
	struct registry_binds b = REGISTRY_BINDS(public_db(req));
	unsigned int stmt = projects_bind(req, &b);
	int status;

	status = stream_csv(req, stmt, b.p, b.n, od_project_fields, "projects.csv");
	registry_binds_free(&b);
	return status;
}

static int
json_row(void *ctx, const struct db_row *r)
{
	struct stream *s = ctx;
	char url[64];
	json_t *o = od_row_json(s->fields, r);

	snprintf(url, sizeof(url), "/projects/%s", db_col(r, "id"));
	json_object_set_new(o, "path", json_string(url));
	if (s->rows++ > 0)
		buf_putc(&s->out.b, ',');
	buf_putc(&s->out.b, '\n');
	od_out_json(&s->out, o);
	return od_out_flush(&s->out, false) != 0;
}

int
page_projects_json(struct request *req)
{
	struct registry_binds b = REGISTRY_BINDS(public_db(req));
	char *tot[REGISTRY_TOTALS];
	struct stream s;
	enum db_status rc;
	unsigned int stmt;

	od_cors(req);
	rc = registry_count_fetch(&b, req->params, 0, tot, &(bool){false});
	if (rc != DB_OK) {
		registry_binds_free(&b);
		return db_http_status(rc);
	}
	if (od_stream_begin(req, "application/json", "projects.json")) {
		registry_binds_free(&b);
		db_values_free(tot, REGISTRY_TOTALS);
		return PAGE_DONE;
	}
	memset(&s, 0, sizeof(s));
	od_out_init(&s.out, req);
	s.fields = od_project_fields;
	buf_printf(&s.out.b, "{\"total\":%s,\"total_is_sample\":%s,\"items\":[", tot[0] ? tot[0] : "0",
	    tot[3] != NULL && strcmp(tot[3], "0") != 0 ? "true" : "false");
	db_values_free(tot, REGISTRY_TOTALS);
	stmt = projects_bind(req, &b);
	rc = db_query(public_db(req), stmt, b.p, b.n, json_row, &s);
	registry_binds_free(&b);
	return od_stream_end(&s.out, rc, "\n]}\n");
}

/* ---- XML (htdocs/schema/minhbach-1.xsd) ----------------------------------------- */

static int
xml_write(void *ctx, const char *p, int n)
{
	struct od_out *o = ctx;

	buf_append(&o->b, p, (size_t)n);
	return od_out_flush(o, false) == 0 ? n : -1;
}

static int
xml_close(void *ctx)
{
	(void)ctx;
	return 0;
}

static void
x_attr(xmlTextWriterPtr w, const char *name, const char *v)
{
	if (v != NULL)
		xmlTextWriterWriteAttribute(w, BAD_CAST name, BAD_CAST v);
}

static void
x_bool_attr(xmlTextWriterPtr w, const char *name, const char *v)
{
	if (v != NULL)
		x_attr(w, name, strcmp(v, "0") != 0 ? "true" : "false");
}

static void
x_elem(xmlTextWriterPtr w, const char *name, const char *v)
{
	if (v != NULL)
		xmlTextWriterWriteElement(w, BAD_CAST name, BAD_CAST v);
}

/* each element on its own line, so that a diff of two exports reads well */
static void
x_start(xmlTextWriterPtr w, const char *name)
{
	xmlTextWriterWriteString(w, BAD_CAST "\n");
	xmlTextWriterStartElement(w, BAD_CAST name);
}

static int
x_end_row(struct stream *s)
{
	xmlTextWriterEndElement(s->w);
	s->rows++;
	return s->out.failed;
}

static int
xml_zone(void *ctx, const struct db_row *r)
{
	static const char *const cols[] = { "name", "name_en", "total_ha", "leasable_ha",
	    "leased_ha", "occupancy_as_of", "developer", "location", "location_en", "latitude",
	    "longitude", "established_on", "contact", "contact_en", NULL };
	/* FACTS_COLUMNS (zone.def) in mb:ZoneFacts' order */
	static const char *const facts[] = { "rent_amount", "rent_currency", "rent_unit",
	    "rent_term_end", "rent_as_of", "rent_source", "fee_amount", "fee_currency", "fee_unit",
	    "fee_as_of", "fee_source", "power_capacity", "power_unit", "water_m3_day",
	    "wastewater_m3_day", "infra_as_of", "infra_source", "seaport_km", "airport_km",
	    "border_gate_km", "expressway_km", "distances_as_of", "distances_source",
	    "sectors_admitted", "sectors_as_of", "sectors_source", "incentives", "incentives_en",
	    "incentives_basis", "incentives_as_of", "incentives_source", "developer_name",
	    "developer_phone", "developer_email", "developer_web", "developer_as_of",
	    "developer_source", NULL };
	struct stream *s = ctx;
	xmlTextWriterPtr w = s->w;

	x_start(w, "zone");
	x_attr(w, "id", db_col(r, "id"));
	x_attr(w, "slug", db_col(r, "slug"));
	x_attr(w, "kind", db_col(r, "kind"));
	x_attr(w, "status", db_col(r, "status"));
	x_attr(w, "board", db_col(r, "board"));
	x_attr(w, "parent", db_col(r, "parent"));
	x_bool_attr(w, "sample", db_col(r, "is_sample"));
	for (unsigned int i = 0; cols[i] != NULL; i++)
		x_elem(w, cols[i], db_col(r, cols[i]));
	if (db_col(r, "facts_sample") != NULL) {
		/* the facts that decide a site, when the zone has published any (mb:ZoneFacts) */
		x_start(w, "facts");
		x_bool_attr(w, "sample", db_col(r, "facts_sample"));
		for (unsigned int i = 0; facts[i] != NULL; i++)
			x_elem(w, facts[i], db_col(r, facts[i]));
		xmlTextWriterEndElement(w);
	}
	return x_end_row(s);
}

static int
xml_project(void *ctx, const struct db_row *r)
{
	struct stream *s = ctx;
	xmlTextWriterPtr w = s->w;
	static const char *const dates[] = { "approved_on", "planned_start", "actual_start",
	    "planned_operation", "actual_operation", "permit_expires_on", NULL };

	x_start(w, "project");
	x_attr(w, "id", db_col(r, "id"));
	x_attr(w, "zone", db_col(r, "zone"));
	x_attr(w, "status", db_col(r, "status"));
	x_attr(w, "sector", db_col(r, "sector"));
	x_attr(w, "authority", db_col(r, "authority"));
	x_bool_attr(w, "secondary", db_col(r, "is_secondary"));
	x_bool_attr(w, "sample", db_col(r, "is_sample"));
	x_elem(w, "name", db_col(r, "name"));
	x_elem(w, "name_en", db_col(r, "name_en"));
	xmlTextWriterStartElement(w, BAD_CAST "investor");
	x_attr(w, "id", db_col(r, "investor_id"));
	x_attr(w, "country", db_col(r, "investor_country"));
	xmlTextWriterWriteString(w, BAD_CAST db_col(r, "investor"));
	xmlTextWriterEndElement(w);
	x_elem(w, "status_since", db_col(r, "status_since"));
	xmlTextWriterStartElement(w, BAD_CAST "registered_capital");
	x_attr(w, "currency", db_col(r, "currency"));
	xmlTextWriterWriteString(w, BAD_CAST db_col(r, "registered_capital"));
	xmlTextWriterEndElement(w);
	xmlTextWriterStartElement(w, BAD_CAST "disbursed_capital");
	x_attr(w, "currency", db_col(r, "currency"));
	xmlTextWriterWriteString(w, BAD_CAST db_col(r, "disbursed_capital"));
	xmlTextWriterEndElement(w);
	x_elem(w, "registered_usd", db_col(r, "registered_usd"));
	x_elem(w, "disbursed_usd", db_col(r, "disbursed_usd"));
	x_elem(w, "land_ha", db_col(r, "land_ha"));
	for (unsigned int i = 0; dates[i] != NULL; i++)
		x_elem(w, dates[i], db_col(r, dates[i]));
	return x_end_row(s);
}

static int
xml_document(void *ctx, const struct db_row *r)
{
	struct stream *s = ctx;
	xmlTextWriterPtr w = s->w;

	x_start(w, "document");
	x_attr(w, "id", db_col(r, "id"));
	x_attr(w, "type", db_col(r, "doc_type"));
	x_attr(w, "project", db_col(r, "project_id"));
	x_attr(w, "zone", db_col(r, "zone"));
	x_bool_attr(w, "sample", db_col(r, "is_sample"));
	x_elem(w, "number", db_col(r, "number"));
	x_elem(w, "issued_on", db_col(r, "issued_on"));
	x_elem(w, "issuer", db_col(r, "issuer"));
	x_elem(w, "title", db_col(r, "title"));
	x_elem(w, "title_en", db_col(r, "title_en"));
	x_elem(w, "url", db_col(r, "url"));
	return x_end_row(s);
}

static int
xml_event(void *ctx, const struct db_row *r)
{
	struct stream *s = ctx;
	xmlTextWriterPtr w = s->w;
	static const char *const cols[] = { "reason", "reason_en", "remedy", "remedy_en", "remedy_due",
	    "land_ha_before",
	    "land_ha_after", NULL };

	x_start(w, "status_change");
	x_attr(w, "id", db_col(r, "id"));
	x_attr(w, "project", db_col(r, "project_id"));
	x_attr(w, "status", db_col(r, "status"));
	x_attr(w, "effective_on", db_col(r, "effective_on"));
	x_attr(w, "revocation", db_col(r, "revocation"));
	x_attr(w, "document", db_col(r, "document_id"));
	for (unsigned int i = 0; cols[i] != NULL; i++)
		x_elem(w, cols[i], db_col(r, cols[i]));
	return x_end_row(s);
}

/* One section: <name> with a row element for each row of the statement. */
static enum db_status
xml_section(struct request *req, struct stream *s, const char *name, unsigned int stmt,
    const struct db_param *p, unsigned int n, db_row_fn fn)
{
	enum db_status rc;

	x_start(s->w, name);
	rc = db_query(public_db(req), stmt, p, n, fn, s);
	if (rc == DB_OK) {
		xmlTextWriterWriteString(s->w, BAD_CAST "\n");
		xmlTextWriterEndElement(s->w);
	}
	return rc;
}

enum xml_parts { XML_ZONES = 1, XML_PROJECTS = 2, XML_ZONE_DOCUMENTS = 4 };

/* The export: the sections parts asks for; projects, documents and status changes are
 * those of the registry's filters in values (validated against projects_params, or NULL
 * for every project); zones those of the directory's filters bound in zp (zones_bind). */
static int
stream_xml(struct request *req, unsigned int parts, const struct param_value *values,
    const struct db_param *zp, const char *filename)
{
	struct registry_binds p = REGISTRY_BINDS(public_db(req)), q = REGISTRY_BINDS(public_db(req));
	xmlOutputBufferPtr ob;
	struct stream s;
	enum db_status rc = DB_OK;

	if (od_stream_begin(req, "application/xml; charset=utf-8", filename))
		return PAGE_DONE;
	memset(&s, 0, sizeof(s));
	od_out_init(&s.out, req);
	ob = xmlOutputBufferCreateIO(xml_write, xml_close, &s.out, NULL);
	s.w = xmlNewTextWriter(ob);
	xmlTextWriterStartDocument(s.w, "1.0", "UTF-8", NULL);
	xmlTextWriterStartElementNS(s.w, NULL, BAD_CAST "minhbach", BAD_CAST XML_NS);
	xmlTextWriterWriteAttribute(s.w, BAD_CAST "version", BAD_CAST "1");
	if (parts & XML_ZONES)
		rc = xml_section(req, &s, "zones", SQL_OD_XML_ZONES, zp, ZONES_BINDS,
		    xml_zone);
	if (rc == DB_OK && (parts & XML_PROJECTS)) {
		registry_bind(&p, values, RF_ALL);
		rc = xml_section(req, &s, "projects", REGISTRY_STMT(&p, SQL_OD_XML_PROJECTS), p.p,
		    p.n, xml_project);
		registry_add(&q, (parts & XML_ZONE_DOCUMENTS) ? DB_INT(1) : DB_NULL);
		registry_bind(&q, values, RF_ALL);
		if (rc == DB_OK)
			rc = xml_section(req, &s, "documents", REGISTRY_STMT(&q, SQL_OD_XML_DOCUMENTS),
			    q.p, q.n, xml_document);
		if (rc == DB_OK)
			rc = xml_section(req, &s, "status_changes", REGISTRY_STMT(&p, SQL_OD_XML_EVENTS),
			    p.p, p.n, xml_event);
		registry_binds_free(&p);
		registry_binds_free(&q);
	}
	if (rc == DB_OK) {	/* a failed section leaves the document open (od_stream_end) */
		xmlTextWriterWriteString(s.w, BAD_CAST "\n");
		xmlTextWriterEndElement(s.w);
		xmlTextWriterEndDocument(s.w);
	}
	xmlFreeTextWriter(s.w);		/* flushes into s.out and closes ob */
	return od_stream_end(&s.out, rc, NULL);
}

int
page_projects_xml(struct request *req)
{
	return stream_xml(req, XML_PROJECTS, req->params, NULL, "projects.xml");
}

int
page_data_xml(struct request *req)
{
	struct db_param every_zone[ZONES_BINDS];

	for (unsigned int i = 0; i < ZONES_BINDS; i++)
		every_zone[i] = DB_NULL;
	return stream_xml(req, XML_ZONES | XML_PROJECTS | XML_ZONE_DOCUMENTS, NULL, every_zone,
	    "minhbach.xml");
}

int
page_zones_xml(struct request *req)
{
	struct db_param p[ZONES_BINDS];

	zones_bind(req, p);
	return stream_xml(req, XML_ZONES, NULL, p, "zones.xml");
}

/* ---- the other lists ------------------------------------------------------------ */

int
page_zones_csv(struct request *req)
{
	struct db_param p[ZONES_BINDS + 2];

	zones_bind(req, p);
	p[8] = p[9] = DB_NULL;
	return stream_csv(req, SQL_OD_ZONES, p, 10, od_zone_fields, "zones.csv");
}

static const struct od_field finder_fields[] = {
	{ "slug", "@slug", OD_TEXT, NULL, NULL },
	{ "kind", "@kind", OD_CODE, "zone.kind.", NULL },
	{ "status", "@status", OD_CODE, "zone.status.", NULL },
	{ "name", "name", OD_NAME, "name_en", NULL },
	{ "leasable_ha", "leasable_ha", OD_NUM, NULL, NULL },
	{ "leased_ha", "leased_ha", OD_NUM, NULL, NULL },
	{ "available_ha", "available_ha", OD_NUM, NULL, NULL },
	{ "occupancy_pct", "occupancy_pct", OD_NUM, NULL, NULL },
	{ "occupancy_as_of", "occupancy_as_of", OD_TEXT, NULL, NULL },
	{ "developer", "developer", OD_TEXT, NULL, NULL },
	{ "location", "location", OD_TEXT, NULL, NULL },
	{ "contact", "contact", OD_TEXT, NULL, NULL },
	{ "board.name", "board_name", OD_NAME, "board_name_en", NULL },
	{ "board.phone", "board_phone", OD_TEXT, NULL, NULL },
	{ "board.email", "board_email", OD_TEXT, NULL, NULL },
	{ "rent.amount", "rent_amount", OD_NUM, NULL, NULL },
	{ "rent.currency", "rent_currency", OD_TEXT, NULL, NULL },
	{ "rent.unit", "rent_unit", OD_TEXT, NULL, NULL },
	{ "wastewater_m3_day", "wastewater_m3_day", OD_NUM, NULL, NULL },
	{ "sectors_admitted", "sectors_admitted", OD_TEXT, NULL, NULL },
	{ "facts_is_sample", "facts_sample", OD_BOOL, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

int
page_finder_csv(struct request *req)
{
	struct db_param p[FINDER_BINDS];

	finder_bind(req, p);
	return stream_csv(req, SQL_FINDER, p, FINDER_BINDS, finder_fields, "finder.csv");
}

static const struct od_field change_csv_fields[] = {
	{ "change_id", "id", OD_INT, NULL, NULL },
	{ "published_at", "published_at", OD_TEXT, NULL, NULL },
	{ "record_type", "entity", OD_TEXT, NULL, NULL },
	{ "record_id", "entity_id", OD_INT, NULL, NULL },
	{ "record_ref", "ref", OD_TEXT, NULL, NULL },
	{ "record_name", "name", OD_NAME, "name_en", NULL },
	{ "summary", "summary", OD_TEXT, NULL, NULL },
	{ "summary_key", "summary_key", OD_TEXT, NULL, NULL },
	{ "summary_arg", "summary_arg", OD_TEXT, NULL, NULL },
	{ "summary_text", "summary_key", OD_KEYS, "summary_arg", "summary" },
	{ "note", "note", OD_TEXT, NULL, NULL },
	{ "note_en", "note_en", OD_TEXT, NULL, NULL },
	{ "field", "field", OD_TEXT, NULL, NULL },
	{ "old_value", "old_value", OD_TEXT, NULL, NULL },
	{ "new_value", "new_value", OD_TEXT, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

int
page_changes_csv(struct request *req)
{
	return stream_csv(req, SQL_OD_CHANGES_FLAT, NULL, 0, change_csv_fields, "changes.csv");
}

int
page_announcements_csv(struct request *req)
{
	struct db_param board = public_opt_text(req, "board");
	struct db_param p[4] = { board, board, DB_INT(1LL << 31), DB_INT(0) };

	return stream_csv(req, SQL_ANNOUNCEMENTS, p, 4, od_announcement_fields,
	    "announcements.csv");
}

int
page_targets_csv(struct request *req)
{
	return stream_csv(req, SQL_TARGETS_ALL, NULL, 0, od_target_fields, "targets.csv");
}

static const struct od_field index_csv_fields[] = {
	{ "index", "index_code", OD_TEXT, NULL, NULL },
	{ "index_abbrev", "abbrev", OD_TEXT, NULL, NULL },
	{ "year", "year", OD_INT, NULL, NULL },
	{ "provinces_ranked", "provinces_ranked", OD_INT, NULL, NULL },
	{ "province", "province", OD_TEXT, NULL, NULL },
	{ "province_name", "province_name", OD_NAME, "province_name_en", NULL },
	{ "rank", "rank_no", OD_INT, NULL, NULL },
	{ "score", "score", OD_NUM, NULL, NULL },
	{ "scale_max", "scale_max", OD_NUM, NULL, NULL },
	{ "is_home", "is_home", OD_BOOL, NULL, NULL },
	{ "source", "source", OD_TEXT, NULL, NULL },
	{ "source_en", "source_en", OD_TEXT, NULL, NULL },
	{ "source_url", "source_url", OD_TEXT, NULL, NULL },
	{ "is_sample", "is_sample", OD_BOOL, NULL, NULL },
	{ NULL, NULL, 0, NULL, NULL },
};

const struct param_decl indices_csv_params[] = {
	{ .name = "index", .type = PARAM_SLUG },
	{ .name = "year", .type = PARAM_INT, .min = 2000, .max = 2100 },
	{ .name = NULL },
};

int
page_indices_csv(struct request *req)
{
	const struct param_value *year = param(req, "year");
	struct db_param idx = public_opt_text(req, "index");
	struct db_param y = year->count ? DB_INT(year->i[0]) : DB_NULL;
	struct db_param p[4] = { idx, idx, y, y };

	return stream_csv(req, SQL_OD_INDEX_SCORES, p, 4, index_csv_fields, "indices.csv");
}

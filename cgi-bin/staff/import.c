/* Bulk import of projects and status changes: reading CSV into operations, storing them as
 * one change request, and applying them when it is published. The checks are in
 * import_check.c, the XML reader in import_xml.c. */
#include "import.h"
#include "apply.h"

#include "csv.h"

void
import_error(struct import *im, unsigned int line, const char *field, const char *reason,
    const char *detail)
{
	struct import_error *e;

	for (unsigned int i = 0; i < im->nerrors; i++)
		if (im->errors[i].line == line && line != 0 && (im->errors[i].field == NULL) ==
		    (field == NULL) && (field == NULL || strcmp(im->errors[i].field, field) == 0))
			return;		/* one error a field of a line: the first one found */
	if (im->nerrors >= IMPORT_MAX_ERRORS) {
		im->errors_more = true;	/* enough to fix the file with */
		return;
	}
	im->errors = xgrow(im->errors, im->nerrors, sizeof(*im->errors));
	e = &im->errors[im->nerrors++];
	e->line = line;
	e->field = field ? xstrdup(field) : NULL;
	e->reason = reason;
	e->detail = detail ? xstrdup(detail) : NULL;
}

void
import_free(struct import *im)
{
	for (unsigned int i = 0; i < im->nops; i++) {
		struct import_op *op = &im->ops[i];

		free(op->zone);
		free(op->investor);
		free(op->country);
		free(op->name);
		record_form_free(&op->f);
	}
	for (unsigned int i = 0; i < im->nerrors; i++) {
		free(im->errors[i].field);
		free(im->errors[i].detail);
	}
	free(im->ops);
	free(im->errors);
	memset(im, 0, sizeof(*im));
}

static struct import_op *
op_add(struct import *im, enum import_op_kind kind, unsigned int line)
{
	struct import_op *op;

	im->ops = xgrow(im->ops, im->nops, sizeof(*im->ops));
	op = &im->ops[im->nops++];
	memset(op, 0, sizeof(*op));
	op->kind = kind;
	op->line = line;
	return op;
}

static char *
opt_dup(const char *s)
{
	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

static const struct record_def *
op_def(enum import_op_kind kind)
{
	return &record_defs[kind == OP_STATUS ? RECORD_STATUS : kind == OP_DOCUMENT ? RECORD_DOCUMENT :
	    RECORD_PROJECT];
}

struct import_op *
import_op_from_kv(struct import *im, const struct kv_list *kv, enum import_op_kind kind,
    unsigned int line)
{
	const struct record_def *def = op_def(kind);
	bool project = kind == OP_PROJECT_NEW || kind == OP_PROJECT_UPDATE;
	const char *id = kv_get(kv, project ? "id" : "project_id");
	char *end;
	long long pid = id && *id ? strtoll(id, &end, 10) : 0;
	struct import_op *op;

	if (im->nops >= IMPORT_MAX_OPS) {
		import_error(im, line, NULL, "import.error.rows", NULL);
		return NULL;
	}
	if (id && *id && (*end != '\0' || pid <= 0)) {
		import_error(im, line, project ? "id" : "project_id", "error.param.int", NULL);
		return NULL;
	}
	if (!project && pid == 0) {
		import_error(im, line, "project_id", "error.param.required", NULL);
		return NULL;
	}
	op = op_add(im, kind, line);
	op->project_id = pid;
	if (kind == OP_PROJECT_NEW) {
		op->zone = opt_dup(kv_get(kv, "zone"));
		op->investor = opt_dup(kv_get(kv, "investor"));
		op->country = opt_dup(kv_get(kv, "investor_country"));
		{
			if (op->zone == NULL)
				import_error(im, line, "zone", "error.param.required", NULL);
			if (op->investor == NULL)
				import_error(im, line, "investor", "error.param.required", NULL);
			if (op->country == NULL || strlen(op->country) != 2)
				import_error(im, line, "investor_country", "import.error.country", NULL);
		}
	}
	if (record_form_read(def, kv, &op->f) > 0)
		for (unsigned int i = 0; i < def->nfields; i++)
			if (op->f.errors[i] != NULL)
				import_error(im, line, def->fields[i].name, op->f.errors[i], NULL);
	op->name = opt_dup(record_value(&op->f, "name"));
	return op;
}

static const char *const project_extra[] = { "id", "zone", "investor", "investor_country", NULL };
static const char *const status_extra[] = { "project_id", NULL };

static bool
known_column(const struct record_def *def, const char *const *extra, const char *name)
{
	if (record_field(def, name) >= 0 && strcmp(name, "doc_file_id") != 0)
		return true;
	for (int k = 0; extra[k]; k++)
		if (strcmp(extra[k], name) == 0)
			return true;
	return false;
}

void
import_read_csv(struct import *im, const char *p, size_t n)
{
	struct csv_reader r;
	struct csv_record head, rec;
	const struct record_def *def;
	const char *const *extra;
	bool status = false;
	int rc;

	if (n > IMPORT_MAX_BYTES) {
		import_error(im, 0, NULL, "import.error.size", NULL);
		return;
	}
	csv_init(&r, p, n);
	if ((rc = csv_next(&r, &head)) != 1) {
		import_error(im, r.line, NULL, rc == 0 ? "import.error.empty" : "import.error.csv",
		    rc == 0 ? NULL : r.error);
		return;
	}
	for (unsigned int i = 0; i < head.count; i++)
		if (strcmp(head.fields[i], "effective_on") == 0)
			status = true;
	def = &record_defs[status ? RECORD_STATUS : RECORD_PROJECT];
	extra = status ? status_extra : project_extra;
	for (unsigned int i = 0; i < head.count; i++)
		if (!known_column(def, extra, head.fields[i]))
			import_error(im, head.line, head.fields[i], "import.error.column", NULL);
	/* every row, so that every error of the file is listed (up to IMPORT_MAX_ERRORS) */
	while (!im->errors_more && (rc = csv_next(&r, &rec)) == 1) {
		struct kv_list kv = { NULL, 0 };

		if (im->nops >= IMPORT_MAX_OPS) {
			import_error(im, rec.line, NULL, "import.error.rows", NULL);
			csv_record_free(&rec);
			break;
		}
		if (rec.count != head.count) {
			import_error(im, rec.line, NULL, "import.error.width", NULL);
			csv_record_free(&rec);
			continue;
		}
		for (unsigned int i = 0; i < rec.count; i++) {
			kv.items = xgrow(kv.items, kv.count, sizeof(*kv.items));
			kv.items[kv.count].key = xstrdup(head.fields[i]);
			kv.items[kv.count].value = xstrdup(rec.fields[i]);
			kv.count++;
		}
		{
			const char *id = kv_get(&kv, "id");

			(void)import_op_from_kv(im, &kv, status ? OP_STATUS : id && *id ?
			    OP_PROJECT_UPDATE : OP_PROJECT_NEW, rec.line);
		}
		kv_free(&kv);
		csv_record_free(&rec);
	}
	if (rc == -1)
		import_error(im, r.line, NULL, "import.error.csv", r.error);
	else if (im->nops == 0 && im->nerrors == 0)
		import_error(im, 0, NULL, "import.error.empty", NULL);
	csv_record_free(&head);
}

char *
import_payload(const struct import *im)
{
	struct buf b;

	buf_init(&b);
	for (unsigned int i = 0; i < im->nops; i++) {
		const struct import_op *op = &im->ops[i];
		char *fields = record_form_payload(&op->f);

		buf_printf(&b, "op=%s&line=%u&project_id=%lld&version=%lld&event_id=%lld&doc_id=%lld",
		    op->kind == OP_STATUS ? "status" : op->kind == OP_PROJECT_NEW ? "new" :
		    op->kind == OP_DOCUMENT ? "document" : "update",
		    op->line, op->project_id, op->version, op->event_id, op->doc_id);
		if (op->zone) {
			buf_puts(&b, "&zone=");
			url_encode(&b, op->zone);
		}
		if (op->investor) {
			buf_puts(&b, "&investor=");
			url_encode(&b, op->investor);
		}
		if (op->country) {
			buf_puts(&b, "&investor_country=");
			url_encode(&b, op->country);
		}
		if (*fields) {
			buf_putc(&b, '&');
			buf_puts(&b, fields);
		}
		buf_putc(&b, '\n');
		free(fields);
	}
	return b.data ? b.data : xstrdup("");
}

int
import_parse_payload(struct import *im, const char *payload)
{
	const char *line = payload;

	while (*line != '\0') {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		struct kv_list kv = { NULL, 0 };
		const char *bad, *kind;
		struct import_op *op;

		if (kv_parse(&kv, line, len, &bad) != 0 || (kind = kv_get(&kv, "op")) == NULL) {
			kv_free(&kv);
			return -1;
		}
		op = op_add(im, strcmp(kind, "status") == 0 ? OP_STATUS : strcmp(kind, "new") == 0 ?
		    OP_PROJECT_NEW : strcmp(kind, "document") == 0 ? OP_DOCUMENT : OP_PROJECT_UPDATE,
		    (unsigned int)atoi(kv_get(&kv, "line") ? kv_get(&kv, "line") : "0"));
		op->project_id = atoll(kv_get(&kv, "project_id") ? kv_get(&kv, "project_id") : "0");
		op->version = atoll(kv_get(&kv, "version") ? kv_get(&kv, "version") : "0");
		op->event_id = atoll(kv_get(&kv, "event_id") ? kv_get(&kv, "event_id") : "0");
		op->doc_id = atoll(kv_get(&kv, "doc_id") ? kv_get(&kv, "doc_id") : "0");
		op->zone = opt_dup(kv_get(&kv, "zone"));
		op->investor = opt_dup(kv_get(&kv, "investor"));
		op->country = opt_dup(kv_get(&kv, "investor_country"));
		if (record_form_read(op_def(op->kind), &kv, &op->f) != 0) {
			kv_free(&kv);
			return -1;
		}
		op->name = opt_dup(record_value(&op->f, "name"));
		kv_free(&kv);
		line = nl ? nl + 1 : line + len;
	}
	return 0;
}

void
import_xml(const struct import *im, xmlNodePtr parent)
{
	xmlNodePtr n = xml_elem(parent, "import");

	xml_attr_int(n, "ops", im->nops);
	if (im->errors_more)
		xml_attr(n, "more", "1");
	for (unsigned int i = 0; i < im->nops && i < 500; i++) {
		const struct import_op *op = &im->ops[i];
		xmlNodePtr o = xml_elem(n, "op");

		xml_attr(o, "kind", op->kind == OP_STATUS ? "status" : op->kind == OP_DOCUMENT ?
		    "document" : op->kind == OP_PROJECT_NEW ? "new" : "update");
		xml_attr_int(o, "line", op->line);
		if (op->project_id)
			xml_attr_int(o, "project", op->project_id);
		xml_text(o, "name", op->name);
		xml_text(o, "zone", op->zone);
		xml_text(o, "investor", op->investor);
		record_form_xml(&op->f, NULL, o);
	}
	for (unsigned int i = 0; i < im->nerrors; i++) {
		xmlNodePtr e = xml_elem(n, "error");

		xml_attr_int(e, "line", im->errors[i].line);
		xml_attr(e, "field", im->errors[i].field);
		xml_attr(e, "reason", im->errors[i].reason);
		xml_text(e, "detail", im->errors[i].detail);
	}
}

/* A new project: its investor (found or added), the project, its "approved" event and the
 * public change history. */
static enum db_status
apply_new(struct pub *pb, struct import_op *op)
{
	struct record_form *f = &op->f;
	struct db_param inv[2] = { DB_TEXT(op->investor), DB_TEXT(op->country) };
	unsigned long long investor = 0, id = 0, change;
	char *v[1];
	int found;
	enum db_status rc = db_fetch_one(pb->db, SQL_INVESTOR_FIND, inv, 2, v, 1, &found);

	if (rc == DB_OK && found)
		investor = strtoull(v[0], NULL, 10);
	db_values_free(v, 1);
	if (rc == DB_OK && !found)
		rc = db_exec(pb->db, SQL_INVESTOR_INSERT, inv, 2, NULL, &investor);
	if (rc == DB_OK) {
		struct db_param p[21];
		unsigned int k = 0;
		static const char *const cols[] = { "sector", "name", "name_en", "approved_on",
		    "authority", "currency", "registered_capital", "disbursed_capital", "registered_usd",
		    "disbursed_usd", "land_ha", "approved_on", "planned_start", "actual_start",
		    "planned_operation", "actual_operation", "permit_expires_on", NULL };

		p[k++] = op->project_id ? DB_INT(op->project_id) : DB_NULL;
		p[k++] = DB_INT((long long)investor);
		for (int c = 0; cols[c]; c++)
			p[k++] = DB_TEXT(record_value(f, cols[c]));
		p[k++] = DB_TEXT(op->zone);
		rc = db_exec(pb->db, SQL_PROJECT_INSERT, p, k, NULL, &id);
	}
	if (rc == DB_OK) {
		struct db_param e[3] = { op->event_id ? DB_INT(op->event_id) : DB_NULL,
		    DB_INT((long long)id), DB_TEXT(record_value(f, "approved_on")) };

		rc = db_exec(pb->db, SQL_EVENT_APPROVED, e, 3, NULL, NULL);
	}
	pb->entity_id = (long long)id;
	if (rc == DB_OK)
		rc = publish_log(pb, "project", "changelog.new_project", &change);
	for (unsigned int i = 0; rc == DB_OK && i < f->def->nfields; i++)
		if (f->values[i] != NULL)
			rc = publish_log_field(pb, change, f->def->fields[i].name, NULL, f->values[i]);
	return rc;
}

enum db_status
import_apply(struct request *req, struct import *im, long long request_id, const char *note,
    const char *note_en, const char **why)
{
	enum db_status rc = DB_OK;

	for (unsigned int i = 0; rc == DB_OK && i < im->nops; i++) {
		struct import_op *op = &im->ops[i];
		struct pub pb;

		memset(&pb, 0, sizeof(pb));
		pb.req = req;
		pb.db = staff_db(req);
		pb.request_id = request_id;
		pb.entity_id = op->project_id;
		pb.base_version = op->version;
		pb.note = note;
		pb.note_en = note_en;
		pb.f = op->f;	/* borrowed: freed with the import */
		pb.event_id = op->event_id;
		pb.doc_id = op->doc_id;
		if (op->kind == OP_PROJECT_NEW)
			rc = apply_new(&pb, op);
		else
			rc = publish_apply(&pb, op->kind == OP_STATUS ? RECORD_STATUS :
			    op->kind == OP_DOCUMENT ? RECORD_DOCUMENT : RECORD_PROJECT);
		if (rc != DB_OK)
			*why = pb.why ? pb.why : "publish.error.rules";
	}
	return rc;
}
